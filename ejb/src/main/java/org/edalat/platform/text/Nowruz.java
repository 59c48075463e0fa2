package org.edalat.platform.text;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Nowruz (Farvardin 1) of a Jalali (solar hijri) year, and the Jalali year a day falls in: the one
 * implementation behind receipt numbers ({@code filing.payment.JalaliYear}) and the Association's
 * monthly statements ({@code filing.fees.JalaliMonths}). The ejb module has no ICU4J, so this is the
 * published arithmetic of the Iranian calendar (the 33-year cycles with the break years of
 * Borkowski's algorithm, as in jalaali-js), exact for Jalali years 1 to 3177: it finds the day of
 * March on which Farvardin 1 falls in a Gregorian year.
 */
public final class Nowruz {
    /** Where a day is a day: times are stored in UTC, Jalali dates are Tehran's. */
    public static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    private static final int[] BREAKS = {
        -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178
    };

    private Nowruz() {}

    /** The Jalali year {@code date} falls in (0 for a day before Farvardin 1 of year 1). */
    public static int jalaliYearOf(LocalDate date) {
        int jy = date.getYear() - 621;
        return date.isBefore(of(jy)) ? jy - 1 : jy;
    }

    /**
     * Farvardin 1 of Jalali year {@code jy} as a Gregorian date (in Gregorian year jy + 621).
     *
     * @throws IllegalArgumentException outside Jalali years 1 to 3177
     */
    public static LocalDate of(int jy) {
        if (jy < 1 || jy >= BREAKS[BREAKS.length - 1]) {
            throw new IllegalArgumentException("Jalali year out of range: " + jy);
        }
        int gy = jy + 621;
        int leapJ = -14;
        int jp = BREAKS[0];
        int jump = 0;
        for (int i = 1; i < BREAKS.length; i++) {
            int jm = BREAKS[i];
            jump = jm - jp;
            if (jy < jm) {
                break;
            }
            leapJ += Math.floorDiv(jump, 33) * 8 + Math.floorDiv(Math.floorMod(jump, 33), 4);
            jp = jm;
        }
        int n = jy - jp;
        leapJ += Math.floorDiv(n, 33) * 8 + Math.floorDiv(Math.floorMod(n, 33) + 3, 4);
        if (Math.floorMod(jump, 33) == 4 && jump - n == 4) {
            leapJ += 1;
        }
        int leapG = Math.floorDiv(gy, 4) - Math.floorDiv((Math.floorDiv(gy, 100) + 1) * 3, 4) - 150;
        int march = 20 + leapJ - leapG;
        return LocalDate.of(gy, 3, 1).plusDays(march - 1L);
    }
}
