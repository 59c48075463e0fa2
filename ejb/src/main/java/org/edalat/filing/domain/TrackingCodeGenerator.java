package org.edalat.filing.domain;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * Draws new tracking codes (S0-3, S0-5): fifteen digits uniformly from {@link SecureRandom} (first
 * digit not zero) and the Damm check digit; see {@link TrackingCode} for the length and the collision
 * bound. Uniqueness is finally the database's unique constraint: the issuing service draws again when
 * a drawn code is already taken.
 *
 * <p>Thread-safe ({@code SecureRandom} is); one instance may serve all callers.
 */
public final class TrackingCodeGenerator {
    private static final long FIRST_BODY = 100_000_000_000_000L; // 10^14: fifteen digits, first not 0
    private static final long BODIES = 900_000_000_000_000L; // 9 × 10^14

    private final SecureRandom random;

    /** A generator on a strong random source of the platform. */
    public TrackingCodeGenerator() {
        this(new SecureRandom());
    }

    /** A generator on {@code random} (tests pass a seeded one to be reproducible). */
    public TrackingCodeGenerator(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /** A new random tracking code. */
    public TrackingCode next() {
        return TrackingCode.completing(FIRST_BODY + random.nextLong(BODIES));
    }
}
