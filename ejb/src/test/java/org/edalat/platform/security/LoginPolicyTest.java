package org.edalat.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The lockout policy (S4-27): five failures in a row lock for fifteen minutes. */
class LoginPolicyTest {
    @Test
    void fiveConsecutiveFailuresLock_S4_27() {
        assertEquals(5, LoginPolicy.MAX_CONSECUTIVE_FAILURES);
        for (int failures = 0; failures < 5; failures++) {
            assertFalse(LoginPolicy.locksAfter(failures), failures + " failures");
        }
        assertTrue(LoginPolicy.locksAfter(5));
        assertTrue(LoginPolicy.locksAfter(6));
    }

    @Test
    void aLockLastsFifteenMinutes_S4_27() {
        Instant now = Instant.parse("2026-11-22T08:00:00Z");
        assertEquals(Duration.ofMinutes(15), LoginPolicy.LOCK_DURATION);
        assertEquals(Instant.parse("2026-11-22T08:15:00Z"), LoginPolicy.lockEndsAt(now));
    }
}
