package org.edalat.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final Instant START = Instant.parse("2025-03-01T08:00:00.000001Z");
    private static final Instant VERIFIED_AT = Instant.parse("2025-03-02T00:00:00Z");
    private static final int SIZE = 100;

    private AuditChainHead head;
    private List<AuditChain.Row> rows;

    @BeforeEach
    void buildChain() {
        head = AuditChainHead.genesis();
        rows = new ArrayList<>();
        for (int i = 1; i <= SIZE; i++) {
            AuditRecord record = new AuditRecord(
                    "user" + (i % 7),
                    i % 5 == 0 ? null : "BRANCH_CLERK",
                    "case.update",
                    "CaseFile",
                    Integer.toString(1000 + i),
                    i % 3 == 0 ? "S4-29" : null,
                    "change " + i);
            rows.add(head.append(record, START.plusMillis(i * 1_234L).plusNanos(789)));
        }
    }

    private ChainVerification verify(List<AuditChain.Row> chain, AuditChain.Head chainHead) {
        AuditChain.Walker walker = AuditChain.walker(Clock.fixed(VERIFIED_AT, ZoneOffset.UTC));
        for (AuditChain.Row row : chain) {
            walker.accept(row);
        }
        return walker.finish(chainHead);
    }

    private static void assertBroken(ChainVerification result, long position, String problemStart) {
        assertFalse(result.intact(), "chain must be reported broken");
        assertEquals(position, result.firstBrokenPosition());
        assertTrue(
                result.problem().startsWith(problemStart),
                "problem '" + result.problem() + "' should start with '" + problemStart + "'");
    }

    @Test
    void appendChainsPositionsAndHashes() {
        assertEquals(SIZE, head.getLastPosition());
        assertEquals(rows.get(SIZE - 1).getHash(), head.getLastHash());
        assertEquals(1, rows.get(0).getPosition());
        assertEquals(AuditHash.GENESIS_HASH, rows.get(0).getPrevHash());
        for (int i = 1; i < SIZE; i++) {
            assertEquals(i + 1, rows.get(i).getPosition());
            assertEquals(rows.get(i - 1).getHash(), rows.get(i).getPrevHash());
        }
    }

    @Test
    void validChainIsIntact() {
        ChainVerification result = verify(rows, head);
        assertTrue(result.intact(), result::problem);
        assertEquals(SIZE, result.entriesChecked());
        assertNull(result.firstBrokenPosition());
        assertNull(result.problem());
        assertEquals(VERIFIED_AT, result.verifiedAt());
    }

    @Test
    void emptyChainIsIntact() {
        ChainVerification result = verify(List.of(), AuditChainHead.genesis());
        assertTrue(result.intact());
        assertEquals(0, result.entriesChecked());
    }

    @Test
    void validChainFedInPagesIsIntact() {
        AuditChain.Walker walker = AuditChain.walker();
        for (int from = 0; from < SIZE; from += 7) {
            for (AuditChain.Row row : rows.subList(from, Math.min(SIZE, from + 7))) {
                assertTrue(walker.accept(row));
            }
        }
        assertTrue(walker.finish(head).intact());
    }

    @Test
    void changedFieldIsAHashMismatchAtItsPosition() {
        rows.set(36, Stored.of(rows.get(36)).withDetail("change 37, quietly edited"));
        ChainVerification result = verify(rows, head);
        assertBroken(result, 37, "hash mismatch at position 37: row content changed");
        assertEquals(37, result.entriesChecked());
    }

    @Test
    void changedTimeOrRoleIsAHashMismatch() {
        rows.set(
                36,
                Stored.of(rows.get(36))
                        .withOccurredAt(rows.get(36).getOccurredAt().plusSeconds(1)));
        assertBroken(verify(rows, head), 37, "hash mismatch at position 37");
        buildChain();
        rows.set(36, Stored.of(rows.get(36)).withActorRole(null));
        assertBroken(verify(rows, head), 37, "hash mismatch at position 37");
    }

    @Test
    void rehashedRowBreaksTheNextLink() {
        // A forger who also recomputes the row's own hash is caught by the next row's prev_hash.
        Stored forged = Stored.of(rows.get(36)).withDetail("forged");
        String forgedHash = AuditHash.sha256Hex(forged.prevHash(), AuditHash.canonical(forged));
        rows.set(36, forged.withHash(forgedHash));
        ChainVerification result = verify(rows, head);
        assertBroken(result, 38, "link broken at position 38: prev_hash does not match the hash of position 37");
    }

    @Test
    void deletedRowIsAGapAtItsPosition() {
        rows.remove(49);
        ChainVerification result = verify(rows, head);
        assertBroken(result, 50, "sequence broken at position 50: found position 51");
        assertEquals(50, result.entriesChecked());
    }

    @Test
    void deletedFirstRowIsAGapAtPositionOne() {
        rows.remove(0);
        assertBroken(verify(rows, head), 1, "sequence broken at position 1");
    }

    @Test
    void swappedRowsInStreamOrderAreBroken() {
        Collections.swap(rows, 19, 20);
        assertBroken(verify(rows, head), 20, "sequence broken at position 20: found position 21");
    }

    @Test
    void swappedContentsUnderKeptPositionsAreBroken() {
        // As in the table, ordered by position: rows 20 and 21 exchange everything but their position.
        AuditChain.Row r20 = rows.get(19);
        AuditChain.Row r21 = rows.get(20);
        rows.set(19, Stored.of(r21).withPosition(20));
        rows.set(20, Stored.of(r20).withPosition(21));
        assertBroken(
                verify(rows, head), 20, "link broken at position 20: prev_hash does not match the hash of position 19");
    }

    @Test
    void changedFirstPrevHashIsBrokenAgainstGenesis() {
        rows.set(0, Stored.of(rows.get(0)).withPrevHash("f".repeat(64)));
        assertBroken(verify(rows, head), 1, "link broken at position 1: prev_hash does not match the genesis hash");
    }

    @Test
    void truncatedTailIsAHeadMismatch() {
        List<AuditChain.Row> truncated = new ArrayList<>(rows.subList(0, 97));
        ChainVerification result = verify(truncated, head);
        assertBroken(result, 98, "head mismatch: head is at position 100 but the last row is at 97");
        assertEquals(97, result.entriesChecked());
    }

    @Test
    void everyRowDeletedIsAHeadMismatchAtOne() {
        assertBroken(verify(List.of(), head), 1, "head mismatch: head is at position 100 but the last row is at 0");
    }

    @Test
    void rowBeyondTheHeadIsAHeadMismatch() {
        // Row 100 was inserted without advancing the head, which still names row 99.
        AuditChain.Head at99 = new HeadView(99, rows.get(98).getHash());
        assertBroken(verify(rows, at99), 100, "head mismatch: head is at position 99 but the last row is at 100");
    }

    @Test
    void headHashDifferentFromLastRowIsAHeadMismatch() {
        AuditChain.Head wrong = new HeadView(100, "e".repeat(64));
        assertBroken(verify(rows, wrong), 100, "head mismatch at position 100");
    }

    @Test
    void missingHeadIsBroken() {
        assertBroken(verify(rows, null), 101, "chain head missing");
    }

    @Test
    void walkStopsAtTheFirstBreakAndCannotBeReused() {
        rows.set(9, Stored.of(rows.get(9)).withDetail("x"));
        rows.set(59, Stored.of(rows.get(59)).withDetail("y"));
        AuditChain.Walker walker = AuditChain.walker();
        int accepted = 0;
        for (AuditChain.Row row : rows) {
            if (walker.accept(row)) {
                accepted++;
            }
        }
        assertEquals(9, accepted);
        assertEquals(9, walker.lastPosition());
        ChainVerification result = walker.finish(head);
        assertEquals(10L, result.firstBrokenPosition());
        assertEquals(10, result.entriesChecked());
        assertThrows(IllegalStateException.class, () -> walker.finish(head));
        assertThrows(IllegalStateException.class, () -> walker.accept(rows.get(0)));
    }

    @Test
    void verificationRecordRefusesInconsistentResults() {
        assertThrows(IllegalArgumentException.class, () -> new ChainVerification(true, 1, 3L, null, VERIFIED_AT));
        assertThrows(IllegalArgumentException.class, () -> new ChainVerification(false, 1, null, "x", VERIFIED_AT));
        assertThrows(IllegalArgumentException.class, () -> new ChainVerification(false, 1, 3L, null, VERIFIED_AT));
        assertThrows(IllegalArgumentException.class, () -> ChainVerification.intact(1, null));
    }

    /** A head with chosen values. */
    private record HeadView(long getLastPosition, String getLastHash) implements AuditChain.Head {}

    /** A stored row as read from the table, possibly tampered with. */
    record Stored(
            long position,
            Instant occurredAt,
            String actor,
            String actorRole,
            String action,
            String entityType,
            String entityId,
            String ruleId,
            String detail,
            String prevHash,
            String hash)
            implements AuditChain.Row {

        static Stored of(AuditChain.Row r) {
            return new Stored(
                    r.getPosition(),
                    r.getOccurredAt(),
                    r.getActor(),
                    r.getActorRole(),
                    r.getAction(),
                    r.getEntityType(),
                    r.getEntityId(),
                    r.getRuleId(),
                    r.getDetail(),
                    r.getPrevHash(),
                    r.getHash());
        }

        Stored withPosition(long p) {
            return new Stored(
                    p, occurredAt, actor, actorRole, action, entityType, entityId, ruleId, detail, prevHash, hash);
        }

        Stored withOccurredAt(Instant t) {
            return new Stored(
                    position, t, actor, actorRole, action, entityType, entityId, ruleId, detail, prevHash, hash);
        }

        Stored withActorRole(String role) {
            return new Stored(
                    position, occurredAt, actor, role, action, entityType, entityId, ruleId, detail, prevHash, hash);
        }

        Stored withDetail(String d) {
            return new Stored(
                    position, occurredAt, actor, actorRole, action, entityType, entityId, ruleId, d, prevHash, hash);
        }

        Stored withPrevHash(String p) {
            return new Stored(
                    position, occurredAt, actor, actorRole, action, entityType, entityId, ruleId, detail, p, hash);
        }

        Stored withHash(String h) {
            return new Stored(
                    position, occurredAt, actor, actorRole, action, entityType, entityId, ruleId, detail, prevHash, h);
        }

        @Override
        public long getPosition() {
            return position;
        }

        @Override
        public Instant getOccurredAt() {
            return occurredAt;
        }

        @Override
        public String getActor() {
            return actor;
        }

        @Override
        public String getActorRole() {
            return actorRole;
        }

        @Override
        public String getAction() {
            return action;
        }

        @Override
        public String getEntityType() {
            return entityType;
        }

        @Override
        public String getEntityId() {
            return entityId;
        }

        @Override
        public String getRuleId() {
            return ruleId;
        }

        @Override
        public String getDetail() {
            return detail;
        }

        @Override
        public String getPrevHash() {
            return prevHash;
        }

        @Override
        public String getHash() {
            return hash;
        }
    }
}
