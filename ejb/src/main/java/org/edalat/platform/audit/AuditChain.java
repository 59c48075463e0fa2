package org.edalat.platform.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Verification of the audit chain, independent of JPA: a {@link Walker} is fed the entries in
 * ascending position order (in pages or all at once), then the chain head, and reports the first
 * broken link as a {@link ChainVerification}.
 *
 * <p>For each entry, in this order, the walker checks:
 *
 * <ol>
 *   <li>its position is the next one (1, 2, 3, ...): otherwise the chain is broken at the expected
 *       position (a row is missing or rows are out of order);
 *   <li>its {@code prev_hash} equals the hash of the previous entry ({@link AuditHash#GENESIS_HASH}
 *       for position 1): otherwise the link is broken at this position;
 *   <li>its {@code hash} equals the recomputation {@link AuditHash#sha256Hex}{@code (prev_hash,
 *       canonical)}: otherwise the row content changed.
 * </ol>
 *
 * Finally the head's {@code last_position} and {@code last_hash} must be those of the last entry
 * (this detects rows deleted at the tail). The walk stops at the first break.
 */
public final class AuditChain {

    private AuditChain() {}

    /** A walker whose results are stamped with the system clock (UTC). */
    public static Walker walker() {
        return new Walker(Clock.systemUTC());
    }

    /** A walker whose results are stamped with {@code clock}. */
    public static Walker walker(Clock clock) {
        return new Walker(clock);
    }

    /** Read-only view of a stored audit entry, as the verifier needs it. */
    public interface Row {
        long getPosition();

        Instant getOccurredAt();

        String getActor();

        String getActorRole();

        String getAction();

        String getEntityType();

        String getEntityId();

        String getRuleId();

        String getDetail();

        String getPrevHash();

        String getHash();
    }

    /** Read-only view of the chain head: position and hash of the last entry (0 and 64 zeros if none). */
    public interface Head {
        long getLastPosition();

        String getLastHash();
    }

    /**
     * Accumulator over the entries of a chain, in ascending position order. Not thread-safe; one per
     * verification.
     */
    public static final class Walker {
        private final Clock clock;
        private long lastPosition;
        private String lastHash = AuditHash.GENESIS_HASH;
        private long checked;
        private Long brokenAt;
        private String problem;
        private boolean finished;

        private Walker(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
        }

        /**
         * Checks the next entry.
         *
         * @return true while the chain is intact so far; false once broken (further entries are
         *     ignored, so the caller may stop reading)
         */
        public boolean accept(Row row) {
            Objects.requireNonNull(row, "row");
            if (finished) {
                throw new IllegalStateException("walker already finished");
            }
            if (brokenAt != null) {
                return false;
            }
            checked++;
            long expected = lastPosition + 1;
            long position = row.getPosition();
            if (position != expected) {
                return breakAt(
                        expected,
                        "sequence broken at position " + expected + ": found position " + position
                                + " (row missing or out of order)");
            }
            if (!Objects.equals(row.getPrevHash(), lastHash)) {
                return breakAt(
                        position,
                        "link broken at position " + position + ": prev_hash does not match the "
                                + (position == 1 ? "genesis hash" : "hash of position " + (position - 1)));
            }
            String recomputed = AuditHash.sha256Hex(lastHash, AuditHash.canonical(row));
            if (!recomputed.equals(row.getHash())) {
                return breakAt(position, "hash mismatch at position " + position + ": row content changed");
            }
            lastPosition = position;
            lastHash = row.getHash();
            return true;
        }

        /** True while no broken link was found. */
        public boolean isIntactSoFar() {
            return brokenAt == null;
        }

        /** Position of the last entry accepted as intact (0 before any). */
        public long lastPosition() {
            return lastPosition;
        }

        /**
         * Ends the walk by checking the chain head against the last entry.
         *
         * @param head the chain head; null if the head row is missing (reported as broken)
         */
        public ChainVerification finish(Head head) {
            if (finished) {
                throw new IllegalStateException("walker already finished");
            }
            finished = true;
            Instant now = clock.instant();
            if (brokenAt != null) {
                return ChainVerification.broken(checked, brokenAt, problem, now);
            }
            if (head == null) {
                return ChainVerification.broken(checked, lastPosition + 1, "chain head missing", now);
            }
            long headPosition = head.getLastPosition();
            if (headPosition != lastPosition) {
                String why = headPosition > lastPosition ? "rows missing at the tail" : "rows beyond the head";
                return ChainVerification.broken(
                        checked,
                        Math.min(headPosition, lastPosition) + 1,
                        "head mismatch: head is at position " + headPosition + " but the last row is at " + lastPosition
                                + " (" + why + ")",
                        now);
            }
            if (!lastHash.equals(head.getLastHash())) {
                return ChainVerification.broken(
                        checked,
                        lastPosition,
                        "head mismatch at position " + lastPosition + ": head hash differs from the last row",
                        now);
            }
            return ChainVerification.intact(checked, now);
        }

        private boolean breakAt(long position, String why) {
            brokenAt = position;
            problem = why;
            return false;
        }
    }
}
