package org.edalat.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ThreadLocalRandom;
import org.edalat.accounts.domain.NationalCode;
import org.junit.jupiter.api.Test;

class NationalCodesTest {
    @Test
    void completedCodesAreTheOnesTheDomainCompletesAndAccepts() {
        for (int i = 0; i < 2_000; i++) {
            long nine = ThreadLocalRandom.current().nextLong(1_000_000L, 999_999_999L);
            String code = NationalCodes.complete(nine);
            String digits = String.format("%09d", nine);
            assertEquals(NationalCode.completing(digits).value(), code);
            assertTrue(NationalCode.isValid(code), code);
        }
    }

    @Test
    void aWrongLastDigitIsNotValid() {
        String code = NationalCodes.complete(13542419 / 10);
        char wrong = code.charAt(9) == '9' ? '0' : (char) (code.charAt(9) + 1);
        assertFalse(NationalCode.isValid(code.substring(0, 9) + wrong));
    }

    @Test
    void knownCodeOfTheDemoData() {
        assertEquals("0013542419", NationalCodes.complete(1354241));
    }
}
