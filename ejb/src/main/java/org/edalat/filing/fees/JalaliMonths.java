package org.edalat.filing.fees;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.edalat.platform.text.Nowruz;

/**
 * The {@link JalaliMonth} a day falls in, for the Association's monthly reimbursement statements
 * (S0-14) and the bodies' references, on the calendar arithmetic of {@link Nowruz} (the same as
 * {@code org.edalat.filing.payment.JalaliYear}): Farvardin 1 falls on a day of March; months 1 to 6
 * have 31 days, months 7 to 11 have 30, Esfand the rest.
 */
public final class JalaliMonths {
    /** Where a day is a day: times are stored in UTC, months are Tehran's. */
    public static final ZoneId TEHRAN = Nowruz.TEHRAN;

    private JalaliMonths() {}

    /** The Jalali month in Tehran at {@code instant}. */
    public static JalaliMonth inTehranAt(Instant instant) {
        return of(LocalDate.ofInstant(Objects.requireNonNull(instant, "instant"), TEHRAN));
    }

    /** The Jalali month {@code date} falls in. */
    public static JalaliMonth of(LocalDate date) {
        Objects.requireNonNull(date, "date");
        int year = Nowruz.jalaliYearOf(date);
        LocalDate nowruz = Nowruz.of(year);
        long day = ChronoUnit.DAYS.between(nowruz, date);
        int month = day < 186 ? (int) (day / 31) + 1 : (int) Math.min(12, (day - 186) / 30 + 7);
        return new JalaliMonth(year, month);
    }

    /** The first day of {@code month} (Gregorian). */
    public static LocalDate firstDay(JalaliMonth month) {
        int offset = month.month() <= 6 ? (month.month() - 1) * 31 : 186 + (month.month() - 7) * 30;
        return Nowruz.of(month.year()).plusDays(offset);
    }
}
