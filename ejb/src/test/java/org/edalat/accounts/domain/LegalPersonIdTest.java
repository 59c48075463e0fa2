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
import org.edalat.accounts.domain.InvalidLegalPersonIdException.Reason;
import org.edalat.platform.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Legal-person national ids (شناسه ملی اشخاص حقوقی) key a legal person's account (S4-10.1).
 * 10380284790 is the example persian-tools and rust-persian-tools publish; {@link
 * #referenceIsValid(String)} writes the algorithm out on its own as the oracle.
 */
class LegalPersonIdTest {
    private static final String PUBLISHED = "10380284790";
    /** Constructed with the algorithm from the published id's first ten digits: check digit 8, not 0. */
    private static final String CONSTRUCTED = "10380284748";

    @Test
    void validLegalPersonIdsAreAccepted_S4_10_1() {
        for (String id : List.of(PUBLISHED, CONSTRUCTED)) {
            assertTrue(referenceIsValid(id), id);
            assertEquals(id, LegalPersonId.of(id).value());
            assertTrue(LegalPersonId.isValid(id));
        }
    }

    @Test
    void legalPersonIdCheckDigit_S4_10_1() {
        // the invalid examples of the same published tests
        for (String id : List.of("10380284792", "10380285692", "09748208301")) {
            assertFalse(referenceIsValid(id), id);
            assertRefused(id, Reason.CHECK_DIGIT);
        }
        for (char last = '1'; last <= '9'; last++) {
            assertRefused(PUBLISHED.substring(0, 10) + last, Reason.CHECK_DIGIT);
        }
    }

    @Test
    void checkDigitCatchesEverySingleDigitTypo_S4_10_1() {
        // with a check digit other than 0, each of the 100 single-digit changes is refused
        assertEquals(List.of(), typosTheReferenceAccepts(CONSTRUCTED));
        for (String typo : typos(CONSTRUCTED)) {
            assertRefused(typo, Reason.CHECK_DIGIT);
        }
    }

    @Test
    void aTypoSlipsThroughOnlyWhereCheckDigitZeroStandsForTwoRemainders_S4_10_1() {
        // 0 is the check digit of remainders 0 and 10 alike: a typo moving the remainder between them
        // yields another valid id
        List<String> valid = List.of(
                "40380284790",
                "12380284790",
                "10280284790",
                "10310284790",
                "10389284790",
                "10380584790",
                "10380283790",
                "10380284090",
                "10380284700");
        assertEquals(valid, typosTheReferenceAccepts(PUBLISHED));
        for (String typo : typos(PUBLISHED)) {
            if (valid.contains(typo)) {
                assertEquals(typo, LegalPersonId.of(typo).value());
            } else {
                assertRefused(typo, Reason.CHECK_DIGIT);
            }
        }
    }

    @Test
    void idsOfOneRepeatedDigitAreRefused_S4_10_1() {
        for (char digit = '0'; digit <= '9'; digit++) {
            String id = String.valueOf(digit).repeat(11);
            // only 33333333333 would pass the check digit alone
            assertEquals(digit == '3', referenceCheckDigitMatches(id), id);
            assertRefused(id, Reason.REPEATED_DIGITS);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "۱۰۳۸۰۲۸۴۷۹۰, 10380284790",
        "١٠٣٨٠٢٨٤٧٩٠, 10380284790",
        "'103-8028-4790', 10380284790",
        "' 1038 0284 790 ', 10380284790",
        "'۱۰۳۸۰۲۸۴۷\u200c۴۸', 10380284748"
    })
    void persianAndArabicDigitsSpacesAndDashesAreNormalised_S4_10_1(String text, String expected) {
        assertEquals(expected, LegalPersonId.of(text).value());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "1038028479",
                "103802847900",
                "0499370899", // a national code is not a legal-person id
                "1038028479O",
                "10380284a90",
                "+10380284790",
                "10380.284790"
            })
    void wrongLengthOrCharactersAreRefused_S4_10_1(String text) {
        assertRefused(text, Reason.MALFORMED);
    }

    @Test
    void nullIsRefused_S4_10_1() {
        assertRefused(null, Reason.MALFORMED);
    }

    @Test
    void errorsNameTheFieldInPersianAndSayWhat_S4_10_1() {
        Set<String> messages = Stream.of(Reason.values())
                .map(InvalidLegalPersonIdException::new)
                .peek(e -> {
                    assertInstanceOf(BusinessException.class, e);
                    assertEquals("invalid-legal-person-id", e.code());
                    assertEquals(422, e.httpStatus());
                    assertTrue(e.getMessage().startsWith("شناسه ملی"), e.getMessage());
                })
                .map(Exception::getMessage)
                .collect(Collectors.toSet());
        assertEquals(Reason.values().length, messages.size());
    }

    @Test
    void equalityIsByValue() {
        LegalPersonId id = LegalPersonId.of(PUBLISHED);
        LegalPersonId same = LegalPersonId.of("۱۰۳-۸۰۲۸۴۷۹۰");
        assertEquals(id, same);
        assertEquals(id.hashCode(), same.hashCode());
        assertEquals(PUBLISHED, id.toString());
        assertNotEquals(id, LegalPersonId.of(CONSTRUCTED));
        assertNotEquals(id, (Object) PUBLISHED);
    }

    private static void assertRefused(String text, Reason reason) {
        InvalidLegalPersonIdException e =
                assertThrows(InvalidLegalPersonIdException.class, () -> LegalPersonId.of(text));
        assertEquals(reason, e.reason(), text);
        assertFalse(LegalPersonId.isValid(text), text);
    }

    /** The 100 ids one digit away from {@code id}. */
    private static List<String> typos(String id) {
        List<String> typos = new ArrayList<>();
        for (int i = 0; i < id.length(); i++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit != id.charAt(i)) {
                    typos.add(id.substring(0, i) + digit + id.substring(i + 1));
                }
            }
        }
        return typos;
    }

    private static List<String> typosTheReferenceAccepts(String id) {
        return typos(id).stream().filter(LegalPersonIdTest::referenceIsValid).toList();
    }

    /** The published rule: eleven digits, not one repeated digit, and the check digit. */
    static boolean referenceIsValid(String id) {
        return id.matches("[0-9]{11}") && !id.matches("(.)\\1{10}") && referenceCheckDigitMatches(id);
    }

    /** t = d9 + 2; s = Σ (d_i + t) × c_i over d0..d9; r = s mod 11, 10 → 0; valid iff d10 = r. */
    private static boolean referenceCheckDigitMatches(String id) {
        int[] c = {29, 27, 23, 19, 17, 29, 27, 23, 19, 17};
        int t = Character.digit(id.charAt(9), 10) + 2;
        int s = 0;
        for (int i = 0; i <= 9; i++) {
            s += (Character.digit(id.charAt(i), 10) + t) * c[i];
        }
        int r = s % 11;
        if (r == 10) {
            r = 0;
        }
        return Character.digit(id.charAt(10), 10) == r;
    }
}
