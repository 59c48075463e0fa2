package org.edalat.filing.payment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The Jalali (solar hijri) year of a day, for receipt numbers. The ejb module has no ICU4J, so this
 * is the published arithmetic of the Iranian calendar (the 33-year cycles with the break years of
 * Borkowski's algorithm, as in jalaali-js), exact for Jalali years 1 to 3177: it finds the day of
 * March on which Farvardin 1 falls in a Gregorian year.
 */
final class JalaliYear {
    static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    private static final int[] BREAKS = {
        -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178
    };

    private JalaliYear() {}

    /** The Jalali year in Tehran at {@code instant}. */
    static int at(Instant instant) {
        return of(LocalDate.ofInstant(instant, TEHRAN));
    }

    /** The Jalali year {@code date} falls in. */
    static int of(LocalDate date) {
        int jy = date.getYear() - 621;
        LocalDate nowruz = nowruz(jy);
        return date.isBefore(nowruz) ? jy - 1 : jy;
    }

    /** Farvardin 1 of Jalali year {@code jy} as a Gregorian date (in Gregorian year jy + 621). */
    static LocalDate nowruz(int jy) {
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
