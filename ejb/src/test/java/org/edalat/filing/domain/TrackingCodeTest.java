package org.edalat.filing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.edalat.filing.domain.InvalidTrackingCodeException.Reason;
import org.edalat.platform.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tracking codes of filings (S0-3) and of reports of officers, experts and other bodies (S0-5):
 * sixteen digits, random, a Damm check digit. The valid fixtures 4929183755206610 and
 * 1234567890123450 were completed by a separate implementation of Damm's algorithm; the published
 * example of the algorithm (572 → 4) pins the table.
 */
class TrackingCodeTest {
    private static final String VALID = "4929183755206610";

    /**
     * A reproducible source: with a truly random one, a million codes collide with probability about
     * 5.6 × 10⁻⁴ (see {@link TrackingCode}), which would make this a test that fails now and then for
     * no fault. A generator that used fewer random bits (an int, the low digits only) still collides
     * here: 2³¹ bodies give about 230 collisions in a million.
     */
    private static SecureRandom seeded(String seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed.getBytes(StandardCharsets.UTF_8));
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aMillionGeneratedCodesAreAllDifferent_S0_3_S0_5() {
        TrackingCodeGenerator generator = new TrackingCodeGenerator(seeded("a million tracking codes"));
        Set<Long> seen = new HashSet<>(2_000_000);
        for (int i = 0; i < 1_000_000; i++) {
            TrackingCode code = generator.next();
            assertTrue(seen.add(Long.parseLong(code.value())), "collision at code " + i + ": " + code);
        }
        assertEquals(1_000_000, seen.size());
    }

    @Test
    void generatedCodesAreValidAndSpreadOverEveryDigitOfTheWholeSpace_S0_3_S0_5() {
        TrackingCodeGenerator generator = new TrackingCodeGenerator(); // the platform's SecureRandom
        List<Set<Character>> digitsAt = new ArrayList<>();
        for (int i = 0; i < TrackingCode.LENGTH; i++) {
            digitsAt.add(new HashSet<>());
        }
        for (int n = 0; n < 10_000; n++) {
            String value = generator.next().value();
            assertTrue(TrackingCode.isValid(value), value);
            assertEquals(value, TrackingCode.of(value).value());
            for (int i = 0; i < TrackingCode.LENGTH; i++) {
                digitsAt.get(i).add(value.charAt(i));
            }
        }
        // 10,000 uniform draws leave a digit out of a position with probability below 10 × 0.9^10000.
        assertEquals(9, digitsAt.get(0).size(), "the first digit is 1..9");
        assertFalse(digitsAt.get(0).contains('0'));
        for (int i = 1; i < TrackingCode.LENGTH; i++) {
            assertEquals(10, digitsAt.get(i).size(), "every digit appears at position " + i);
        }
    }

    @Test
    void everySingleDigitErrorIsCaught_S0_3_S0_5() {
        TrackingCodeGenerator generator = new TrackingCodeGenerator(seeded("single-digit errors"));
        int checked = 0;
        for (int n = 0; n < 1_000; n++) {
            char[] code = generator.next().value().toCharArray();
            for (int i = 0; i < code.length; i++) {
                char right = code[i];
                for (char wrong = '0'; wrong <= '9'; wrong++) {
                    if (wrong == right) {
                        continue;
                    }
                    code[i] = wrong;
                    String typo = new String(code);
                    assertFalse(TrackingCode.isValid(typo), typo);
                    Reason expected = i == 0 && wrong == '0' ? Reason.MALFORMED : Reason.CHECK_DIGIT;
                    assertEquals(expected, refused(typo).reason(), typo);
                    checked++;
                }
                code[i] = right;
            }
        }
        assertEquals(1_000 * 16 * 9, checked);
    }

    @Test
    void everyAdjacentTranspositionIsCaught_S0_3_S0_5() {
        TrackingCodeGenerator generator = new TrackingCodeGenerator(seeded("adjacent transpositions"));
        int checked = 0;
        for (int n = 0; n < 1_000; n++) {
            char[] code = generator.next().value().toCharArray();
            for (int i = 0; i + 1 < code.length; i++) {
                if (code[i] == code[i + 1]) {
                    continue;
                }
                swap(code, i);
                String typo = new String(code);
                assertFalse(TrackingCode.isValid(typo), typo);
                assertThrows(InvalidTrackingCodeException.class, () -> TrackingCode.of(typo));
                swap(code, i);
                checked++;
            }
        }
        assertTrue(checked > 1_000 * 15 * 8 / 10, "most adjacent pairs differ: " + checked);
    }

    /**
     * The sampled tests above for every code at once: whatever precedes a position, Damm's interim
     * digit is one of ten states; from each, two different digits, or two different digits in either
     * order, lead to different states, and the digits after a position map different states to
     * different states (each column of the table is a permutation), so the final check fails.
     */
    @Test
    void theTableCatchesSingleErrorsAndAdjacentTranspositionsFromEveryState_S0_3_S0_5() {
        for (char state = '0'; state <= '9'; state++) { // Damm's row 0 is a permutation: ten states
            for (char a = '0'; a <= '9'; a++) {
                for (char b = '0'; b <= '9'; b++) {
                    if (a == b) {
                        continue;
                    }
                    assertNotEquals(TrackingCode.checkDigit("" + state + a), TrackingCode.checkDigit("" + state + b));
                    assertNotEquals(
                            TrackingCode.checkDigit("" + state + a + b), TrackingCode.checkDigit("" + state + b + a));
                }
            }
        }
        for (char digit = '0'; digit <= '9'; digit++) {
            Set<Integer> next = new HashSet<>();
            for (char state = '0'; state <= '9'; state++) {
                next.add(TrackingCode.checkDigit("" + state + digit));
            }
            assertEquals(10, next.size(), "column " + digit + " is a permutation");
        }
    }

    @Test
    void theCheckDigitIsDammsAsPublished_S0_3_S0_5() {
        assertEquals(4, TrackingCode.checkDigit("572"));
        assertEquals(0, TrackingCode.checkDigit("5724"));
        assertEquals(0, TrackingCode.checkDigit(VALID));
        assertEquals(
                "1234567890123450", TrackingCode.completing(123456789012345L).value());
    }

    @ParameterizedTest
    @CsvSource({
        "۴۹۲۹۱۸۳۷۵۵۲۰۶۶۱۰, 4929183755206610",
        "٤٩٢٩١٨٣٧٥٥٢٠٦٦١٠, 4929183755206610",
        "۴۹۲۹-۱۸۳۷-۵۵۲۰-۶۶۱۰, 4929183755206610",
        "'4929 1837 5520 6610', 4929183755206610",
        "' ۴۹۲۹ 1837\u200c۵۵۲۰\u200f6610 ', 4929183755206610",
        "'4929–1837—5520−6610', 4929183755206610",
        "'۱۲۳۴\u00a0۵۶۷۸\u00a0۹۰۱۲\u00a0۳۴۵۰', 1234567890123450"
    })
    void persianAndArabicDigitsSpacesAndDashesAreAccepted_S0_3_S0_5(String text, String expected) {
        assertTrue(TrackingCode.isValid(text), text);
        assertEquals(expected, TrackingCode.of(text).value());
        assertEquals(TrackingCode.of(expected), TrackingCode.of(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "492918375520661", // fifteen digits
                "49291837552066100", // seventeen
                "0929183755206610", // leading zero
                "0000000000000000",
                "4929l83755206610", // letter l for 1
                "4929.1837.5520.6610",
                "4929/1837/5520/6610",
                "+4929183755206610",
                "४९२९१८३७५५२०६६१०" // Devanagari digits are not Persian digits
            })
    void malformedCodesAreRefusedWithAPersianMessage_S0_3_S0_5(String text) {
        assertFalse(TrackingCode.isValid(text));
        InvalidTrackingCodeException e = refused(text);
        assertEquals(Reason.MALFORMED, e.reason());
        assertEquals("کد رهگیری باید ۱۶ رقم باشد و رقم نخست آن صفر نیست.", e.getMessage());
    }

    @Test
    void nullIsRefused_S0_3_S0_5() {
        assertFalse(TrackingCode.isValid(null));
        assertEquals(Reason.MALFORMED, refused(null).reason());
    }

    @Test
    void aWrongCheckDigitIsRefusedAsATypoWithAPersianMessageNamingTheField_S0_3_S0_5() {
        InvalidTrackingCodeException e = refused("4929183755206611");
        assertEquals(Reason.CHECK_DIGIT, e.reason());
        assertInstanceOf(BusinessException.class, e);
        assertEquals("invalid-tracking-code", e.code());
        assertEquals(422, e.httpStatus());
        assertEquals("trackingCode", e.field());
        assertTrue(e.getMessage().startsWith("کد رهگیری معتبر نیست"), e.getMessage());
    }

    @Test
    void peopleReadFourGroupsOfFourKeptInOrderByHyphens_S0_3_S0_5() {
        TrackingCode code = TrackingCode.of(VALID);
        assertEquals("4929-1837-5520-6610", code.formatted());
        assertEquals(code, TrackingCode.of(code.formatted()));
        assertEquals(VALID, code.toString());
        assertEquals(TrackingCode.of(VALID).hashCode(), code.hashCode());
        assertNotEquals(TrackingCode.of("1234567890123450"), code);
    }

    @Test
    void onlyFifteenDigitBodiesAreCompleted_S0_3_S0_5() {
        assertThrows(InvalidTrackingCodeException.class, () -> TrackingCode.completing(99_999_999_999_999L));
        assertThrows(InvalidTrackingCodeException.class, () -> TrackingCode.completing(1_000_000_000_000_000L));
        assertTrue(TrackingCode.isValid(
                TrackingCode.completing(100_000_000_000_000L).value()));
        assertTrue(TrackingCode.isValid(
                TrackingCode.completing(999_999_999_999_999L).value()));
    }

    private static InvalidTrackingCodeException refused(String text) {
        return assertThrows(InvalidTrackingCodeException.class, () -> TrackingCode.of(text));
    }

    private static void swap(char[] code, int i) {
        char c = code[i];
        code[i] = code[i + 1];
        code[i + 1] = c;
    }
}
