package org.edalat.platform.web.jalali;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JalaliCalendarTest {

    private static final LocalDate AZAR_1_1405 = LocalDate.of(2026, 11, 22);

    @ParameterizedTest
    @CsvSource({
        "2025-03-21, 1404, 1, 1", // Nowruz 1404
        "2026-03-21, 1405, 1, 1", // Nowruz 1405
        "2024-03-20, 1403, 1, 1", // Nowruz 1403
        "2025-03-20, 1403, 12, 30", // last day of the leap year 1403
        "2026-03-20, 1404, 12, 29", // last day of the common year 1404
        "2026-11-22, 1405, 9, 1",
        "2026-11-21, 1405, 8, 30",
        "1979-02-11, 1357, 11, 22",
        "2000-01-01, 1378, 10, 11",
        "2032-03-20, 1411, 1, 1", // equinox 2032-03-20 01:22 UTC, before noon in Tehran
        "2013-03-20, 1391, 12, 30" // 1391 was a leap year
    })
    void anchorDates(LocalDate gregorian, int year, int month, int day) {
        assertEquals(new JalaliDate(year, month, day), JalaliCalendar.toJalali(gregorian));
        assertEquals(gregorian, JalaliCalendar.toGregorian(year, month, day));
    }

    @Test
    void everyDayOfYears1390To1410RoundTrips() {
        LocalDate expected = JalaliCalendar.toGregorian(1390, 1, 1);
        assertEquals(LocalDate.of(2011, 3, 21), expected);
        int days = 0;
        for (int year = 1390; year <= 1410; year++) {
            for (int month = 1; month <= 12; month++) {
                int length = JalaliCalendar.lengthOfMonth(year, month);
                for (int day = 1; day <= length; day++) {
                    LocalDate gregorian = JalaliCalendar.toGregorian(year, month, day);
                    assertEquals(expected, gregorian, year + "/" + month + "/" + day);
                    assertEquals(new JalaliDate(year, month, day), JalaliCalendar.toJalali(gregorian));
                    expected = expected.plusDays(1);
                    days++;
                }
            }
        }
        assertEquals(LocalDate.of(2032, 3, 20), expected); // 1411/01/01
        assertEquals(expected.toEpochDay() - LocalDate.of(2011, 3, 21).toEpochDay(), days);
    }

    @Test
    void everyGregorianDayRoundTrips() {
        for (LocalDate date = LocalDate.of(1990, 1, 1); date.getYear() < 2040; date = date.plusDays(1)) {
            JalaliDate jalali = JalaliCalendar.toJalali(date);
            assertEquals(date, jalali.toLocalDate());
            assertEquals(date, JalaliCalendar.parse(JalaliCalendar.format(date)));
        }
    }

    @Test
    void leapYears() {
        for (int year : new int[] {1391, 1395, 1399, 1403, 1408, 1412}) {
            assertTrue(JalaliCalendar.isLeapYear(year), "leap " + year);
            assertEquals(30, JalaliCalendar.lengthOfMonth(year, 12));
            assertEquals(366, daysIn(year));
        }
        for (int year : new int[] {1396, 1400, 1402, 1404, 1405, 1407, 1409}) {
            assertFalse(JalaliCalendar.isLeapYear(year), "common " + year);
            assertEquals(29, JalaliCalendar.lengthOfMonth(year, 12));
            assertEquals(365, daysIn(year));
        }
    }

    private static long daysIn(int year) {
        return JalaliCalendar.toGregorian(year + 1, 1, 1).toEpochDay()
                - JalaliCalendar.toGregorian(year, 1, 1).toEpochDay();
    }

    @Test
    void esfand30OnlyInLeapYears() {
        assertEquals(LocalDate.of(2025, 3, 20), JalaliCalendar.toGregorian(1403, 12, 30));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> JalaliCalendar.toGregorian(1404, 12, 30));
        assertEquals("سال ۱۴۰۴ کبیسه نیست و اسفند آن ۲۹ روز دارد؛ روز ۳۰ وجود ندارد", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> JalaliCalendar.parse("1404/12/30"));
        assertEquals(LocalDate.of(2025, 3, 20), JalaliCalendar.parse("1403/12/30"));
    }

    @Test
    void impossibleDatesAreRejected() {
        assertEquals(
                "ماه باید بین ۱ و ۱۲ باشد",
                assertThrows(IllegalArgumentException.class, () -> JalaliCalendar.toGregorian(1405, 13, 1))
                        .getMessage());
        assertEquals(
                "ماه باید بین ۱ و ۱۲ باشد",
                assertThrows(IllegalArgumentException.class, () -> JalaliCalendar.toGregorian(1405, 0, 1))
                        .getMessage());
        assertEquals(
                "مهر ۳۰ روز دارد؛ روز ۳۱ وجود ندارد",
                assertThrows(IllegalArgumentException.class, () -> JalaliCalendar.toGregorian(1405, 7, 31))
                        .getMessage());
        assertEquals(
                "فروردین ۳۱ روز دارد؛ روز ۰ وجود ندارد",
                assertThrows(IllegalArgumentException.class, () -> JalaliCalendar.toGregorian(1405, 1, 0))
                        .getMessage());
        assertEquals(
                "سال باید بین ۱ و ۹۹۹۹ باشد",
                assertThrows(IllegalArgumentException.class, () -> JalaliCalendar.toGregorian(0, 1, 1))
                        .getMessage());
        for (int month = 7; month <= 12; month++) {
            int m = month;
            assertThrows(IllegalArgumentException.class, () -> JalaliCalendar.toGregorian(1403, m, 31));
        }
        for (int month = 1; month <= 6; month++) {
            assertEquals(
                    31,
                    JalaliCalendar.toJalali(JalaliCalendar.toGregorian(1405, month, 31))
                            .day());
        }
        assertThrows(IllegalArgumentException.class, () -> new JalaliDate(1405, 8, 31));
    }

    @Test
    void jalaliDateFormatsWithLatinDigitsWhateverTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("fa-IR"));
            assertEquals("1405/09/01", new JalaliDate(1405, 9, 1).format());
            assertEquals(
                    "0001/01/01",
                    JalaliCalendar.toJalali(JalaliCalendar.toGregorian(1, 1, 1)).format());
            assertEquals(
                    "۱۴۰۵/۰۹/۰۱ ۰۰:۳۰",
                    JalaliCalendar.format(Instant.parse("2026-11-21T21:00:00Z"), JalaliCalendar.TEHRAN));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void monthAndWeekdayNames() {
        assertEquals("فروردین", JalaliCalendar.monthName(1));
        assertEquals("آذر", new JalaliDate(1405, 9, 1).monthName());
        assertEquals("اسفند", JalaliCalendar.monthName(12));
        assertEquals("شنبه", JalaliCalendar.weekdayName(DayOfWeek.SATURDAY));
        assertEquals("سه\u200Cشنبه", JalaliCalendar.weekdayName(DayOfWeek.TUESDAY));
        assertEquals("جمعه", JalaliCalendar.weekdayName(DayOfWeek.FRIDAY));
        assertThrows(IllegalArgumentException.class, () -> JalaliCalendar.monthName(13));
    }

    @Test
    void formats() {
        assertEquals("۱۴۰۵/۰۹/۰۱", JalaliCalendar.format(AZAR_1_1405));
        assertEquals("۱ آذر ۱۴۰۵", JalaliCalendar.formatLong(AZAR_1_1405));
        assertEquals("یکشنبه ۱ آذر ۱۴۰۵", JalaliCalendar.formatFull(AZAR_1_1405));
        assertEquals("جمعه ۱ فروردین ۱۴۰۴", JalaliCalendar.formatFull(LocalDate.of(2025, 3, 21)));
        assertEquals("1405/09/01", JalaliCalendar.toJalali(AZAR_1_1405).format());
    }

    @Test
    void instantsAreShownInTehran() {
        ZoneId tehran = JalaliCalendar.TEHRAN;
        assertEquals("Asia/Tehran", tehran.getId());
        // 21:00 UTC is already the next day in Tehran (UTC+03:30).
        assertEquals("۱۴۰۵/۰۹/۰۱ ۰۰:۳۰", JalaliCalendar.format(Instant.parse("2026-11-21T21:00:00Z"), tehran));
        assertEquals("۱۴۰۵/۰۸/۳۰ ۲۳:۵۹", JalaliCalendar.format(Instant.parse("2026-11-21T20:29:59Z"), tehran));
        assertEquals("۱۴۰۵/۰۹/۰۱ ۱۰:۰۳", JalaliCalendar.format(Instant.parse("2026-11-22T06:33:00Z"), tehran));
        // Iran kept daylight saving time (UTC+04:30) until 2022.
        assertEquals("۱۴۰۰/۰۴/۰۱ ۰۰:۰۰", JalaliCalendar.format(Instant.parse("2021-06-21T19:30:00Z"), tehran));
        assertEquals(
                "۱۴۰۵/۰۸/۳۰ ۲۱:۰۰", JalaliCalendar.format(Instant.parse("2026-11-21T21:00:00Z"), ZoneId.of("UTC")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1405/9/1",
                "1405/09/01",
                "۱۴۰۵/۰۹/۰۱",
                "۱۴۰۵/۹/۱",
                "١٤٠٥/٠٩/٠١",
                "1405-09-01",
                "۱۴۰۵-۹-۱",
                " 1405/09/01 ",
                "1405 / 09 / 01",
                "\u200E۱۴۰۵/۰۹/۰۱\u200F",
                "14050901",
                "۱۴۰۵۰۹۰۱"
            })
    void parseAcceptsCommonForms(String text) {
        assertEquals(AZAR_1_1405, JalaliCalendar.parse(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "abc",
                "1405/09",
                "1405/09/01/02",
                "05/09/01",
                "1405/090/01",
                "1405/09-01",
                "1405.09.01",
                "1405/09/01x",
                "2026-11-22T00:00",
                "1405/۰۹/ب"
            })
    void parseRejectsOtherShapes(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JalaliCalendar.parse(text));
        assertEquals("تاریخ باید به شکل ۱۴۰۵/۰۹/۰۱ باشد", e.getMessage());
    }

    @Test
    void parseRejectsNullAndImpossibleDates() {
        assertEquals(
                JalaliCalendar.DATE_FORMAT_MESSAGE,
                assertThrows(IllegalArgumentException.class, () -> JalaliCalendar.parse(null))
                        .getMessage());
        assertEquals(
                "ماه باید بین ۱ و ۱۲ باشد",
                assertThrows(IllegalArgumentException.class, () -> JalaliCalendar.parse("۱۴۰۵/۱۳/۰۱"))
                        .getMessage());
        assertEquals(
                "آذر ۳۰ روز دارد؛ روز ۳۱ وجود ندارد",
                assertThrows(IllegalArgumentException.class, () -> JalaliCalendar.parse("1405/9/31"))
                        .getMessage());
    }

    @Test
    void parseDateTimeIsTheInverseOfFormat() {
        Instant instant = Instant.parse("2026-11-21T21:00:00Z");
        assertEquals(instant, JalaliCalendar.parseDateTime("۱۴۰۵/۰۹/۰۱ ۰۰:۳۰", JalaliCalendar.TEHRAN));
        assertEquals(instant, JalaliCalendar.parseDateTime("1405/9/1 0:30", JalaliCalendar.TEHRAN));
        assertEquals(instant, JalaliCalendar.parseDateTime("1405-09-01T00:30", JalaliCalendar.TEHRAN));
        for (Instant at = Instant.parse("2021-01-01T00:00:00Z");
                at.isBefore(Instant.parse("2023-01-01T00:00:00Z"));
                at = at.plusSeconds(3_600 * 7 + 60 * 13)) {
            String text = JalaliCalendar.format(at, JalaliCalendar.TEHRAN);
            Instant back = JalaliCalendar.parseDateTime(text, JalaliCalendar.TEHRAN);
            assertEquals(text, JalaliCalendar.format(back, JalaliCalendar.TEHRAN));
        }
        assertEquals(
                JalaliCalendar.DATE_TIME_FORMAT_MESSAGE,
                assertThrows(
                                IllegalArgumentException.class,
                                () -> JalaliCalendar.parseDateTime("1405/09/01", JalaliCalendar.TEHRAN))
                        .getMessage());
        assertEquals(
                "ساعت باید بین ۰۰:۰۰ و ۲۳:۵۹ باشد",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> JalaliCalendar.parseDateTime("1405/09/01 24:00", JalaliCalendar.TEHRAN))
                        .getMessage());
    }
}
