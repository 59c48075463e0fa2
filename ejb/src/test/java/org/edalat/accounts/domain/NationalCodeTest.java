package org.edalat.accounts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.edalat.accounts.domain.InvalidNationalCodeException.Reason;
import org.edalat.platform.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * National codes (کد ملی) key the account of everyone related to a case (S4-9). The valid examples
 * are published ones: test data of persian-tools and rust-persian-tools (0499370899, 0790419904,
 * 0084575948, 1583250689, 0684159414, 0076229645, 4400276201) and an example value common in public
 * API documentation (0063360993). Each also passes {@link #referenceIsValid(String)}, the algorithm
 * written out here on its own as the oracle.
 */
class NationalCodeTest {
    private static final List<String> PUBLISHED_VALID =
            List.of("0499370899", "0790419904", "0084575948", "0063360993", "1583250689", "0684159414", "0076229645");

    @ParameterizedTest
    @MethodSource("publishedValid")
    void validNationalCodesAreAccepted_S4_9(String code) {
        assertTrue(referenceIsValid(code), code);
        assertEquals(code, NationalCode.of(code).value());
        assertTrue(NationalCode.isValid(code));
    }

    static List<String> publishedValid() {
        return PUBLISHED_VALID;
    }

    @ParameterizedTest
    @CsvSource({
        "۰۴۹۹۳۷۰۸۹۹, 0499370899",
        "٠٧٩٠٤١٩٩٠٤, 0790419904",
        "۰۰۸۴5759۴8, 0084575948",
        "'006-336099-3', 0063360993",
        "' 0499 370 899 ', 0499370899",
        "'۰۴۹۹\u200c۳۷۰۸۹۹\u200f', 0499370899",
        "'۰۴۹۹–۳۷۰۸۹۹', 0499370899"
    })
    void persianAndArabicDigitsSpacesAndDashesAreNormalised_S4_9(String text, String expected) {
        assertEquals(expected, NationalCode.of(text).value());
        assertTrue(NationalCode.isValid(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "049937089",
                "04993708990",
                "499370899",
                "049937089O",
                "04993708a9",
                "+0499370899",
                "0499.370.899",
                "0499/370/899",
                "०४९९३७०८९९", // Devanagari digits are not Persian digits
                "۰۴۹۹۳۷۰۸۹۹۰"
            })
    void wrongLengthOrCharactersAreRefused_S4_9(String text) {
        assertRefused(text, Reason.MALFORMED);
    }

    @Test
    void nullIsRefused_S4_9() {
        assertRefused(null, Reason.MALFORMED);
    }

    @Test
    void checkDigitCatchesEverySingleDigitTypo_S4_9() {
        for (String code : PUBLISHED_VALID) {
            // every one of the 90 single-digit changes is refused: none yields another valid code
            assertEquals(List.of(), typosTheReferenceAccepts(code), code);
            for (String typo : typos(code)) {
                assertRefused(typo, Reason.CHECK_DIGIT);
            }
        }
    }

    @Test
    void aTypoSlipsThroughOnlyWhereCheckDigitOneStandsForTwoRemainders_S4_9() {
        // 4400276201 (persian-tools test data) ends in 1, the check digit of remainders 1 and 10 alike:
        // a typo that moves the remainder between them yields another valid code.
        String code = "4400276201";
        List<String> valid = List.of(
                "2400276201",
                "4300276201",
                "4430276201",
                "4405276201",
                "4400676201",
                "4400236201",
                "4400271201",
                "4400276211");
        assertTrue(NationalCode.isValid(code));
        assertEquals(valid, typosTheReferenceAccepts(code));
        for (String typo : typos(code)) {
            if (valid.contains(typo)) {
                assertEquals(typo, NationalCode.of(typo).value());
            } else {
                assertRefused(typo, Reason.CHECK_DIGIT);
            }
        }
    }

    @Test
    void publishedInvalidCodesAreRefused_S4_9() {
        for (String code : List.of("1234567890", "9990419904", "7781234567", "9869876543", "0010000000")) {
            assertFalse(referenceIsValid(code), code);
            assertRefused(code, Reason.CHECK_DIGIT);
        }
    }

    @Test
    void codesOfOneRepeatedDigitAreRefusedThoughTheyPassTheCheckDigit_S4_9() {
        for (char digit = '0'; digit <= '9'; digit++) {
            String code = String.valueOf(digit).repeat(10);
            assertTrue(referenceCheckDigitMatches(code), code); // 54 × d ≡ −d (mod 11), so d9 = d fits
            assertRefused(code, Reason.REPEATED_DIGITS);
        }
    }

    @Test
    void errorsNameTheFieldInPersianAndSayWhat_S4_9() {
        Set<String> messages = Stream.of(Reason.values())
                .map(InvalidNationalCodeException::new)
                .peek(e -> {
                    assertInstanceOf(BusinessException.class, e);
                    assertEquals("invalid-national-code", e.code());
                    assertEquals(422, e.httpStatus());
                    assertTrue(e.getMessage().startsWith("کد ملی"), e.getMessage());
                })
                .map(Exception::getMessage)
                .collect(Collectors.toSet());
        assertEquals(Reason.values().length, messages.size());
    }

    @Test
    void equalityIsByValue() {
        NationalCode code = NationalCode.of("0499370899");
        NationalCode same = NationalCode.of("۰۴۹۹-۳۷۰۸۹۹");
        assertEquals(code, same);
        assertEquals(code.hashCode(), same.hashCode());
        assertEquals("0499370899", code.toString());
        assertNotEquals(code, NationalCode.of("0790419904"));
        assertNotEquals(code, (Object) "0499370899");
    }

    private static void assertRefused(String text, Reason reason) {
        InvalidNationalCodeException e = assertThrows(InvalidNationalCodeException.class, () -> NationalCode.of(text));
        assertEquals(reason, e.reason(), text);
        assertFalse(NationalCode.isValid(text), text);
    }

    /** The 90 codes one digit away from {@code code}. */
    private static List<String> typos(String code) {
        List<String> typos = new ArrayList<>();
        for (int i = 0; i < code.length(); i++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit != code.charAt(i)) {
                    typos.add(code.substring(0, i) + digit + code.substring(i + 1));
                }
            }
        }
        return typos;
    }

    private static List<String> typosTheReferenceAccepts(String code) {
        return typos(code).stream().filter(NationalCodeTest::referenceIsValid).toList();
    }

    /** The published rule: ten digits, not one repeated digit, and the check digit. */
    static boolean referenceIsValid(String code) {
        return code.matches("[0-9]{10}") && !code.matches("(.)\\1{9}") && referenceCheckDigitMatches(code);
    }

    /** s = Σ d_i × (10 − i) over d0..d8, r = s mod 11; valid iff (r < 2 and d9 = r) or (r ≥ 2 and d9 = 11 − r). */
    private static boolean referenceCheckDigitMatches(String code) {
        int s = 0;
        for (int i = 0; i <= 8; i++) {
            s += Character.digit(code.charAt(i), 10) * (10 - i);
        }
        int r = s % 11;
        int d9 = Character.digit(code.charAt(9), 10);
        return (r < 2 && d9 == r) || (r >= 2 && d9 == 11 - r);
    }
}
