package org.edalat.platform.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Generated initial passwords (S4-27): meet the policy, are unambiguous to read out, and are random. */
class PasswordsTest {
    @RepeatedTest(200)
    void aGeneratedPasswordMeetsThePolicy_S4_27() {
        String password = Passwords.generate();
        assertEquals(Passwords.GENERATED_LENGTH, password.length());
        assertDoesNotThrow(() -> Passwords.check(password), password);
        assertTrue(password.chars().anyMatch(Character::isDigit), password);
        assertTrue(password.chars().anyMatch(Character::isLetter), password);
    }

    @Test
    void generatedPasswordsHaveNoLookAlikeCharacters_S4_27() {
        for (int i = 0; i < 2000; i++) {
            String password = Passwords.generate();
            for (char c : password.toCharArray()) {
                assertTrue("0Oo1lI".indexOf(c) < 0, "look-alike " + c + " in " + password);
                assertTrue(
                        Passwords.UNAMBIGUOUS_LETTERS.indexOf(c) >= 0 || Passwords.UNAMBIGUOUS_DIGITS.indexOf(c) >= 0,
                        password);
            }
        }
    }

    @Test
    void generatedPasswordsDiffer_S4_27() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(seen.add(Passwords.generate()), "a repeat after " + i);
        }
    }

    @Test
    void theDigitIsNotAlwaysInTheSamePlace_S4_27() {
        Set<Integer> firstDigitAt = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            String password = Passwords.generate();
            for (int p = 0; p < password.length(); p++) {
                if (Character.isDigit(password.charAt(p))) {
                    firstDigitAt.add(p);
                    break;
                }
            }
        }
        assertTrue(firstDigitAt.size() > 3, "positions " + firstDigitAt);
    }
}
