package org.edalat.filing.payment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.edalat.platform.text.Nowruz;

/**
 * The Jalali (solar hijri) year of a day, for receipt numbers: the calendar arithmetic of {@link
 * Nowruz} (exact for Jalali years 1 to 3177), which finds the day of March on which Farvardin 1 falls
 * in a Gregorian year.
 */
final class JalaliYear {
    static final ZoneId TEHRAN = Nowruz.TEHRAN;

    private JalaliYear() {}

    /** The Jalali year in Tehran at {@code instant}. */
    static int at(Instant instant) {
        return of(LocalDate.ofInstant(instant, TEHRAN));
    }

    /** The Jalali year {@code date} falls in. */
    static int of(LocalDate date) {
        return Nowruz.jalaliYearOf(date);
    }

    /** Farvardin 1 of Jalali year {@code jy} as a Gregorian date (in Gregorian year jy + 621). */
    static LocalDate nowruz(int jy) {
        return Nowruz.of(jy);
    }
}
