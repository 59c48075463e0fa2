package org.edalat.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditHashTest {

    private static final Instant AT = Instant.parse("2025-03-01T08:15:30.123456Z");
    private static final AuditRecord BASE =
            new AuditRecord("alice", "JUDGE", "case.refer", "CaseFile", "1402-118", "S4-8", "referred to branch 12");

    private static String hash(String prev, long position, Instant at, AuditRecord r) {
        return AuditHash.sha256Hex(prev, AuditHash.canonical(position, at, r));
    }

    @Test
    void canonicalFormIsTheDocumentedLines() {
        assertEquals(
                "position=1\n"
                        + "occurred_at=2025-03-01T08:15:30.123456Z\n"
                        + "actor=alice\n"
                        + "actor_role=JUDGE\n"
                        + "action=case.refer\n"
                        + "entity_type=CaseFile\n"
                        + "entity_id=1402-118\n"
                        + "rule_id=S4-8\n"
                        + "detail=referred to branch 12",
                AuditHash.canonical(1, AT, BASE));
    }

    @Test
    void hashFollowsTheDocumentedFormula() {
        // Computed independently: printf '%s\n%s' <64 zeros> <canonical> | sha256sum
        assertEquals(
                "63f74c4141f8292c14a4b7eef16faddeb204cf8558995789fd8215cfec42b8e3",
                hash(AuditHash.GENESIS_HASH, 1, AT, BASE));
    }

    @Test
    void nullsAndEscapesFollowTheDocumentedEncoding() {
        AuditRecord r = new AuditRecord("system:demo", null, "demo.load", null, null, null, "a\\b\nc");
        Instant at = Instant.parse("2025-03-01T08:15:30Z");
        assertEquals(
                "position=1\noccurred_at=2025-03-01T08:15:30.000000Z\nactor=system:demo\nactor_role\n"
                        + "action=demo.load\nentity_type\nentity_id\nrule_id\ndetail=a\\\\b\\nc",
                AuditHash.canonical(1, at, r));
        // printf '%s\n%s' <64 zeros> <canonical above> | sha256sum
        assertEquals(
                "88a585bc0940a64e0251510bb640bbedf891e244cee6aeebf088a97229da4e12",
                hash(AuditHash.GENESIS_HASH, 1, at, r));
    }

    @Test
    void sameContentGivesSameHash() {
        AuditRecord copy = new AuditRecord(
                BASE.actor(),
                BASE.actorRole(),
                BASE.action(),
                BASE.entityType(),
                BASE.entityId(),
                BASE.ruleId(),
                BASE.detail());
        String prev = "ab".repeat(32);
        assertEquals(hash(prev, 7, AT, BASE), hash(prev, 7, Instant.parse(AT.toString()), copy));
        assertEquals(64, hash(prev, 7, AT, BASE).length());
        assertEquals(hash(prev, 7, AT, BASE), hash(prev, 7, AT, BASE).toLowerCase());
    }

    @Test
    void changingAnySingleFieldChangesTheHash() {
        String prev = AuditHash.GENESIS_HASH;
        String base = hash(prev, 5, AT, BASE);
        Map<String, String> variants = new LinkedHashMap<>();
        variants.put("prevHash", hash("1" + prev.substring(1), 5, AT, BASE));
        variants.put("position", hash(prev, 6, AT, BASE));
        variants.put("occurredAt", hash(prev, 5, AT.plusNanos(1_000), BASE));
        variants.put("actor", hash(prev, 5, AT, with(BASE, 0, "alicf")));
        variants.put("actorRole", hash(prev, 5, AT, with(BASE, 1, "BRANCH_CLERK")));
        variants.put("action", hash(prev, 5, AT, with(BASE, 2, "case.refer2")));
        variants.put("entityType", hash(prev, 5, AT, with(BASE, 3, "CaseFile2")));
        variants.put("entityId", hash(prev, 5, AT, with(BASE, 4, "1402-119")));
        variants.put("ruleId", hash(prev, 5, AT, with(BASE, 5, "S4-9")));
        variants.put("detail", hash(prev, 5, AT, with(BASE, 6, "referred to branch 13")));
        variants.forEach((field, h) -> assertNotEquals(base, h, "changing " + field + " must change the hash"));
        assertEquals(variants.size(), variants.values().stream().distinct().count());
    }

    @Test
    void nullDiffersFromEmpty() {
        // Every optional field, through the raw encoding (a stored row may hold either).
        for (int field = 1; field <= 6; field++) {
            if (field == 2) {
                continue; // action is required
            }
            String withNull = rawCanonical(field, null);
            String withEmpty = rawCanonical(field, "");
            assertNotEquals(withNull, withEmpty, "field " + field);
            assertNotEquals(
                    AuditHash.sha256Hex(AuditHash.GENESIS_HASH, withNull),
                    AuditHash.sha256Hex(AuditHash.GENESIS_HASH, withEmpty),
                    "field " + field);
        }
        // And through records, where the guards allow an empty value.
        assertNotEquals(
                hash(AuditHash.GENESIS_HASH, 1, AT, with(BASE, 6, null)),
                hash(AuditHash.GENESIS_HASH, 1, AT, with(BASE, 6, "")));
    }

    private static String rawCanonical(int index, String value) {
        String[] v = {
            BASE.actor(),
            BASE.actorRole(),
            BASE.action(),
            BASE.entityType(),
            BASE.entityId(),
            BASE.ruleId(),
            BASE.detail()
        };
        v[index] = value;
        return AuditHash.canonical(1, AT, v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
    }

    @Test
    void separatorInsideAValueCannotForgeAnotherField() {
        // Naive "name=value" lines would make both read "...entity_type=x\nentity_id=y\nentity_id=z...".
        AuditRecord a = new AuditRecord("alice", "JUDGE", "act", "x\nentity_id=y", "z", null, null);
        AuditRecord b = new AuditRecord("alice", "JUDGE", "act", "x", "y\nentity_id=z", null, null);
        assertNotEquals(AuditHash.canonical(1, AT, a), AuditHash.canonical(1, AT, b));
        assertNotEquals(hash(AuditHash.GENESIS_HASH, 1, AT, a), hash(AuditHash.GENESIS_HASH, 1, AT, b));

        // A null field forged from the previous value: "rule_id=r\ndetail" vs rule_id=r, detail=null.
        AuditRecord c = new AuditRecord("alice", null, "act", null, null, "r\ndetail", null);
        AuditRecord d = new AuditRecord("alice", null, "act", null, null, "r", null);
        assertNotEquals(AuditHash.canonical(1, AT, c), AuditHash.canonical(1, AT, d));
    }

    @Test
    void escapeCharacterInsideAValueCannotImitateAnEscapedSeparator() {
        // Escaping only LF would make the literal backslash-n and a real LF both read "a\nb".
        AuditRecord literal = with(BASE, 6, "a\\nb");
        AuditRecord newline = with(BASE, 6, "a\nb");
        assertNotEquals(AuditHash.canonical(1, AT, literal), AuditHash.canonical(1, AT, newline));
        assertNotEquals(hash(AuditHash.GENESIS_HASH, 1, AT, literal), hash(AuditHash.GENESIS_HASH, 1, AT, newline));
        // Same for CR.
        assertNotEquals(
                AuditHash.canonical(1, AT, with(BASE, 6, "a\\rb")), AuditHash.canonical(1, AT, with(BASE, 6, "a\rb")));
    }

    @Test
    void timeIsHashedAtMicrosecondPrecision() {
        Instant nanos = Instant.parse("2025-03-01T08:15:30.123456789Z");
        assertEquals(AuditHash.canonical(1, AT, BASE), AuditHash.canonical(1, nanos, BASE));
        AuditEntry entry = AuditChainHead.genesis().append(BASE, nanos);
        assertEquals(AT, entry.getOccurredAt());
        assertEquals(hash(AuditHash.GENESIS_HASH, 1, AT, BASE), entry.getHash());
    }

    @Test
    void recordGuardsRefuseBadContent() {
        assertThrows(IllegalArgumentException.class, () -> new AuditRecord(null, null, "a", null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new AuditRecord("  ", null, "a", null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new AuditRecord("x", null, "", null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new AuditRecord("x", " ", "a", null, null, null, null));
        assertThrows(
                IllegalArgumentException.class,
                () -> new AuditRecord("x".repeat(201), null, "a", null, null, null, null));
        assertThrows(
                IllegalArgumentException.class,
                () -> new AuditRecord("x", null, "a", null, null, "S".repeat(41), null));
        assertThrows(
                IllegalArgumentException.class,
                () -> new AuditRecord("x", null, "a", null, null, null, "d".repeat(2001)));
        assertThrows(
                IllegalArgumentException.class, () -> new AuditRecord("x", null, "a", null, "1\u00002", null, null));
        // Limits themselves are accepted.
        new AuditRecord(
                "x".repeat(200),
                "R".repeat(40),
                "a".repeat(100),
                "t".repeat(100),
                "i".repeat(100),
                "S".repeat(40),
                "d".repeat(2000));
    }

    /** Copy of {@code r} with field {@code index} (0 actor .. 6 detail) replaced. */
    static AuditRecord with(AuditRecord r, int index, String value) {
        String[] v = {r.actor(), r.actorRole(), r.action(), r.entityType(), r.entityId(), r.ruleId(), r.detail()};
        v[index] = value;
        return new AuditRecord(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
    }
}
