package org.edalat.platform.audit;

import java.time.Instant;

/**
 * Outcome of walking the audit chain.
 *
 * @param intact true when every entry links to its predecessor, every hash matches its content and
 *     the chain head matches the last entry
 * @param entriesChecked entries read before the walk ended: all of them when intact, up to and
 *     including the first broken one otherwise
 * @param firstBrokenPosition chain position of the first broken link; null when intact
 * @param problem short English description of the first broken link, e.g. {@code hash mismatch at
 *     position 17: row content changed}; null when intact
 * @param verifiedAt when the verification finished (UTC)
 */
public record ChainVerification(
        boolean intact, long entriesChecked, Long firstBrokenPosition, String problem, Instant verifiedAt) {

    /** Checks that an intact result names no break and a broken one names both position and problem. */
    public ChainVerification {
        if (entriesChecked < 0) {
            throw new IllegalArgumentException("entriesChecked must not be negative");
        }
        if (verifiedAt == null) {
            throw new IllegalArgumentException("verifiedAt is required");
        }
        if (intact && (firstBrokenPosition != null || problem != null)) {
            throw new IllegalArgumentException("an intact chain has no broken position nor problem");
        }
        if (!intact && (firstBrokenPosition == null || problem == null || problem.isBlank())) {
            throw new IllegalArgumentException("a broken chain names its first broken position and problem");
        }
    }

    /** The chain is intact. */
    public static ChainVerification intact(long entriesChecked, Instant verifiedAt) {
        return new ChainVerification(true, entriesChecked, null, null, verifiedAt);
    }

    /** The chain is broken at {@code position}. */
    public static ChainVerification broken(long entriesChecked, long position, String problem, Instant verifiedAt) {
        return new ChainVerification(false, entriesChecked, position, problem, verifiedAt);
    }
}
