package org.edalat.platform.security;

import java.time.Duration;
import java.time.Instant;

/**
 * The lockout policy of sign-in (S4-27: the Center secures access to accounts): after {@link
 * #MAX_CONSECUTIVE_FAILURES} failed sign-ins in a row an account is locked for {@link
 * #LOCK_DURATION}; the lock ends by itself when that time has passed, or earlier when an
 * administrator releases it. The Elytron realm refuses a locked account (security.cli).
 */
public final class LoginPolicy {
    /** Consecutive failed sign-ins that lock an account (S4-27). */
    public static final int MAX_CONSECUTIVE_FAILURES = 5;

    /** How long a lock lasts before it ends by itself (S4-27). */
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private LoginPolicy() {}

    /** True when this many consecutive failures lock the account (S4-27). */
    public static boolean locksAfter(int consecutiveFailures) {
        return consecutiveFailures >= MAX_CONSECUTIVE_FAILURES;
    }

    /** The end of a lock that starts now (S4-27). */
    public static Instant lockEndsAt(Instant now) {
        return now.plus(LOCK_DURATION);
    }
}
