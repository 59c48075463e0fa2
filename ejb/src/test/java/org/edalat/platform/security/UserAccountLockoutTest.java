package org.edalat.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The credential state an account carries (S4-27): the count of failed sign-ins, the lock with its
 * timed and administrative release, and the forced change of a generated password.
 */
class UserAccountLockoutTest {
    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

    private static UserAccount account() {
        return UserAccount.open("lock.me", "قفل", "Secret-2026", EnumSet.of(Role.CITIZEN), NOW);
    }

    private static void fail(UserAccount account, int times, Instant at) {
        for (int i = 0; i < times; i++) {
            assertEquals(LoginOutcome.FAILURE, account.recordFailedLogin(at.plusSeconds(i)));
        }
    }

    @Test
    void aNewAccountIsNotLocked_S4_27() {
        UserAccount account = account();
        assertEquals(0, account.getFailedAttempts());
        assertFalse(account.isLockedAt(NOW));
        assertEquals(Optional.empty(), account.lockedUntil());
        assertFalse(account.isPasswordChangeRequired());
    }

    @Test
    void fourFailuresDoNotLockTheFifthDoesForFifteenMinutes_S4_27() {
        UserAccount account = account();
        fail(account, 4, NOW);
        assertEquals(4, account.getFailedAttempts());
        assertFalse(account.isLockedAt(NOW.plusSeconds(4)));

        Instant fifth = NOW.plusSeconds(10);
        assertEquals(LoginOutcome.FAILURE, account.recordFailedLogin(fifth));

        assertEquals(5, account.getFailedAttempts());
        assertEquals(Optional.of(fifth.plus(Duration.ofMinutes(15))), account.lockedUntil());
        assertTrue(account.isLockedAt(fifth));
        assertTrue(account.isLockedAt(fifth.plus(Duration.ofMinutes(15)).minusMillis(1)));
    }

    @Test
    void attemptsWhileLockedAreLockedAndDoNotExtendTheLock_S4_27() {
        UserAccount account = account();
        fail(account, 5, NOW);
        Optional<Instant> until = account.lockedUntil();

        assertEquals(LoginOutcome.LOCKED, account.recordFailedLogin(NOW.plus(Duration.ofMinutes(10))));

        assertEquals(until, account.lockedUntil());
        assertEquals(5, account.getFailedAttempts());
    }

    @Test
    void theLockEndsByItselfAndTheCountStartsAgain_S4_27() {
        UserAccount account = account();
        fail(account, 5, NOW);
        Instant end = account.lockedUntil().orElseThrow();
        assertFalse(account.isLockedAt(end), "the lock holds strictly before its end, as in the realm");

        Instant later = end.plusSeconds(1);
        assertEquals(LoginOutcome.FAILURE, account.recordFailedLogin(later));

        assertEquals(1, account.getFailedAttempts());
        assertFalse(account.isLockedAt(later));
        assertEquals(Optional.empty(), account.lockedUntil());
    }

    @Test
    void aSuccessResetsTheCount_S4_27() {
        UserAccount account = account();
        fail(account, 4, NOW);
        account.recordSuccessfulLogin();
        assertEquals(0, account.getFailedAttempts());

        fail(account, 4, NOW.plusSeconds(60));
        assertFalse(account.isLockedAt(NOW.plusSeconds(70)), "only consecutive failures count");
    }

    @Test
    void anAdministratorReleasesTheLock_S4_27() {
        UserAccount account = account();
        fail(account, 5, NOW);
        assertTrue(account.isLockedAt(NOW.plusSeconds(30)));

        account.releaseLock();

        assertFalse(account.isLockedAt(NOW.plusSeconds(30)));
        assertEquals(0, account.getFailedAttempts());
        assertEquals(Optional.empty(), account.lockedUntil());
    }

    @Test
    void aGeneratedInitialPasswordMustBeChangedAndChangingItClearsTheFlag_S4_27() {
        String initial = Passwords.generate();
        UserAccount account =
                UserAccount.openWithInitialPassword("new.holder", "تازه", EnumSet.of(Role.CITIZEN), initial, NOW);
        assertTrue(account.isPasswordChangeRequired());
        assertTrue(account.passwordMatches(initial));
        assertTrue(account.isEnabled());

        account.changePassword("Own-Choice-1405");

        assertFalse(account.isPasswordChangeRequired());
        assertTrue(account.passwordMatches("Own-Choice-1405"));
        assertFalse(account.passwordMatches(initial));
    }

    @Test
    void anAccountOpenedWithAPasswordNeedNotChangeIt_S4_27() {
        UserAccount account = account();
        assertFalse(account.isPasswordChangeRequired());
        account.requirePasswordChange();
        assertTrue(account.isPasswordChangeRequired());
    }

    @Test
    void loginEventsKeepOnlyWhatFitsTheColumns_S4_27() {
        assertEquals(null, LoginEvent.clip("  ", 10));
        assertEquals(null, LoginEvent.clip(null, 10));
        assertEquals("abc", LoginEvent.clip(" abc ", 10));
        assertEquals(
                300,
                LoginEvent.clip("x".repeat(1000), LoginEvent.USER_AGENT_MAX).length());
        LoginEvent event = LoginEvent.of(account(), NOW, LoginOutcome.SUCCESS, "10.0.0.1", "Firefox");
        assertEquals("lock.me", event.getUsername());
        assertEquals(LoginOutcome.SUCCESS, event.getOutcome());
    }
}
