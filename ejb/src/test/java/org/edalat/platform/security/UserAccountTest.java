package org.edalat.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Account rules: secured credentials (S4-27) and at least one access level (S4-28). */
class UserAccountTest {
    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void passwordIsKeptOnlyAsABcryptHashInModularCryptForm_S4_27() {
        UserAccount account = UserAccount.open("judge.tehran", "قاضی", "Secret-2026", EnumSet.of(Role.JUDGE), NOW);
        assertTrue(account.passwordMatches("Secret-2026"));
        assertFalse(account.passwordMatches("secret-2026"));
        String hash = Passwords.hash("Secret-2026");
        assertTrue(hash.startsWith("$2a$10$"), hash); // what Elytron's modular-crypt-mapper reads
        assertFalse(hash.contains("Secret-2026"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"short1", "onlyletters", "12345678901", "                "})
    void weakPasswordsAreRefused_S4_27(String password) {
        assertThrows(WeakPasswordException.class, () -> Passwords.check(password));
    }

    @Test
    void nullPasswordIsRefused_S4_27() {
        assertThrows(WeakPasswordException.class, () -> Passwords.check(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "Admin", "with space", "علی", "a/b", ""})
    void malformedUsernamesAreRefused(String username) {
        assertThrows(InvalidUsernameException.class, () -> UserAccount.requireValidUsername(username));
    }

    @Test
    void anAccountNeedsARole_S4_28() {
        assertThrows(NoRoleException.class, () -> UserAccount.open("nobody", "x", "Secret-2026", Set.of(), NOW));
    }

    @Test
    void rolesAreCopiedAndReadOnly_S4_28() {
        EnumSet<Role> roles = EnumSet.of(Role.INSPECTOR);
        UserAccount account = UserAccount.open("inspector1", "بازرس", "Secret-2026", roles, NOW);
        roles.add(Role.ADMIN);
        assertEquals(Set.of(Role.INSPECTOR), account.getRoles());
        assertThrows(
                UnsupportedOperationException.class, () -> account.getRoles().add(Role.ADMIN));
        assertTrue(account.holds(Role.INSPECTOR));
        assertFalse(account.holds(Role.ADMIN));
    }

    @Test
    void disablingAndEnabling() {
        UserAccount account = UserAccount.open("clerk9", "کارمند", "Secret-2026", EnumSet.of(Role.OFFICE_CLERK), NOW);
        assertTrue(account.isEnabled());
        account.disable();
        assertFalse(account.isEnabled());
        account.enable();
        assertTrue(account.isEnabled());
    }
}
