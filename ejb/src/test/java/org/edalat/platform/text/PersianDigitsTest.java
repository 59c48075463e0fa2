package org.edalat.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PersianDigitsTest {

    @Test
    void latinDigitsBecomePersian() {
        assertEquals("۰۱۲۳۴۵۶۷۸۹", PersianDigits.toPersian("0123456789"));
        assertEquals("۱۴۰۵/۰۹/۰۱ ۱۰:۰۳", PersianDigits.toPersian("1405/09/01 10:03"));
    }

    @Test
    void otherCharactersAreKept() {
        assertEquals("پرونده ۱۲-ب", PersianDigits.toPersian("پرونده 12-ب"));
        assertEquals("", PersianDigits.toPersian(""));
        assertEquals("٣ ۳", PersianDigits.toPersian("٣ ۳"));
    }

    @Test
    void numbers() {
        assertEquals("۱۴۰۵", PersianDigits.toPersian(1405));
        assertEquals("۰", PersianDigits.toPersian(0));
        assertEquals("-۴۲", PersianDigits.toPersian(-42));
    }

    @Test
    void persianAndArabicIndicDigitsBecomeLatin() {
        assertEquals("0123456789", PersianDigits.toLatin("۰۱۲۳۴۵۶۷۸۹"));
        assertEquals("0123456789", PersianDigits.toLatin("٠١٢٣٤٥٦٧٨٩"));
        assertEquals("1405/09/01", PersianDigits.toLatin("۱۴۰۵/٠٩/01"));
        assertEquals("شماره 7", PersianDigits.toLatin("شماره ۷"));
    }

    @Test
    void roundTrip() {
        String text = "کد 9876543210 در تاریخ 1405/09/01";
        assertEquals(text, PersianDigits.toLatin(PersianDigits.toPersian(text)));
    }

    @Test
    void nullStaysNull() {
        assertNull(PersianDigits.toPersian(null));
        assertNull(PersianDigits.toLatin(null));
    }
}
