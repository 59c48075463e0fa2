package org.edalat.platform.web.jalali;

import java.time.LocalDate;

/**
 * A valid date of the Jalali (Persian solar Hijri) calendar, the calendar of Iran.
 *
 * <p>{@code month} is 1-based ({@code 1} = فروردین … {@code 12} = اسفند). The constructor rejects impossible dates
 * (month 13, day 31 of مهر, day 30 of اسفند in a common year, …) with an {@link IllegalArgumentException} whose
 * message is Persian and can be shown to the user. Years 1 to 9999 are supported.
 *
 * @param year Jalali year, e.g. {@code 1405}
 * @param month Jalali month, 1 to 12
 * @param day day of the month, 1 to 29, 30 or 31
 */
public record JalaliDate(int year, int month, int day) {

    /** Validates the fields; see {@link JalaliCalendar#toGregorian(int, int, int)} for the messages. */
    public JalaliDate {
        JalaliCalendar.requireValid(year, month, day);
    }

    /**
     * The Jalali date of a Gregorian date.
     *
     * @param gregorian a date of the ISO calendar
     * @return the same day in the Jalali calendar
     */
    public static JalaliDate of(LocalDate gregorian) {
        return JalaliCalendar.toJalali(gregorian);
    }

    /** @return the same day as a {@link LocalDate} (ISO calendar) */
    public LocalDate toLocalDate() {
        return JalaliCalendar.toGregorian(year, month, day);
    }

    /** @return the date as {@code 1405/09/01}: zero-padded month and day, Latin digits */
    public String format() {
        return JalaliCalendar.pad(year, 4) + '/' + JalaliCalendar.pad(month, 2) + '/' + JalaliCalendar.pad(day, 2);
    }

    /** @return the Persian name of the month, e.g. {@code آذر} */
    public String monthName() {
        return JalaliCalendar.monthName(month);
    }
}
