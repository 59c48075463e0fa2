package org.edalat.accounts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.edalat.platform.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Mobile numbers (شماره همراه) are where notice alerts go when one is known (S4-14). */
class MobileNumberTest {

    @ParameterizedTest
    @CsvSource({
        "09121234567, 09121234567",
        "9121234567, 09121234567",
        "989121234567, 09121234567",
        "00989121234567, 09121234567",
        "+989121234567, 09121234567",
        "'+98 912 123 4567', 09121234567",
        "'0912-123-4567', 09121234567",
        "' 0912 123 45 67 ', 09121234567",
        "۰۹۱۲۱۲۳۴۵۶۷, 09121234567",
        "٠٩١٢١٢٣٤٥٦٧, 09121234567",
        "'+۹۸ ۹۱۲ ۱۲۳ ۴۵۶۷', 09121234567",
        "'۰۰۹۸-۹۱۲-۱۲۳-۴۵۶۷', 09121234567",
        "09901234567, 09901234567",
        "9812345678, 09812345678", // ten digits starting 98: a number of the 098x range, not a prefix
        "09891234567, 09891234567"
    })
    void mobileNumbersAreNormalisedToTheNationalForm_S4_14(String text, String expected) {
        assertEquals(expected, MobileNumber.of(text).value());
        assertTrue(MobileNumber.isValid(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "0912123456", // ten digits after 0
                "091212345678", // twelve
                "912123456", // nine
                "08121234567", // not a mobile range
                "02188776655", // a Tehran landline
                "+9809121234567", // trunk 0 after the country code
                "+19121234567", // another country
                "+98812123456",
                "0912123456a",
                "0912.123.4567",
                "++989121234567",
                "98+9121234567",
                "0 0 9 8 9 1 2 1 2 3 4 5 6 7 8",
                "०९१२१२३४५६७" // Devanagari digits
            })
    void anythingElseIsRefused_S4_14(String text) {
        assertThrows(InvalidMobileNumberException.class, () -> MobileNumber.of(text));
        assertFalse(MobileNumber.isValid(text));
    }

    @Test
    void nullIsRefused_S4_14() {
        assertThrows(InvalidMobileNumberException.class, () -> MobileNumber.of(null));
        assertFalse(MobileNumber.isValid(null));
    }

    @Test
    void internationalFormForSmsGateways_S4_14() {
        assertEquals("+989121234567", MobileNumber.of("۰۹۱۲۱۲۳۴۵۶۷").international());
    }

    @Test
    void errorNamesTheFieldInPersian_S4_14() {
        BusinessException e = assertThrows(InvalidMobileNumberException.class, () -> MobileNumber.of("123"));
        assertEquals("invalid-mobile-number", e.code());
        assertEquals(422, e.httpStatus());
        assertTrue(e.getMessage().startsWith("شماره همراه"), e.getMessage());
    }

    @Test
    void equalityIsByValue() {
        MobileNumber number = MobileNumber.of("09121234567");
        MobileNumber same = MobileNumber.of("+98 912 123 4567");
        assertEquals(number, same);
        assertEquals(number.hashCode(), same.hashCode());
        assertEquals("09121234567", number.toString());
        assertNotEquals(number, MobileNumber.of("09121234568"));
        assertNotEquals(number, (Object) "09121234567");
    }
}
