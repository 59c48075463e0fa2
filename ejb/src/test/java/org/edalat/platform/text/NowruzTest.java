package org.edalat.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * Farvardin 1 of a Jalali year and the Jalali year of a day (jalaali-js arithmetic); the dates of
 * particular years are checked where they are used (PaymentTest, JalaliMonthsTest).
 */
class NowruzTest {

    @Test
    void everyYearBeginsInMarchAndLasts365Or366Days() {
        for (int year = 1300; year <= 1500; year++) {
            LocalDate nowruz = Nowruz.of(year);
            assertEquals(Month.MARCH, nowruz.getMonth(), "year " + year);
            assertTrue(nowruz.getDayOfMonth() >= 19 && nowruz.getDayOfMonth() <= 22, nowruz + " of " + year);
            long days = ChronoUnit.DAYS.between(nowruz, Nowruz.of(year + 1));
            assertTrue(days == 365 || days == 366, year + ": " + days + " days");
        }
    }

    @Test
    void aDayBelongsToTheYearWhoseNowruzIsTheLastBeforeIt() {
        for (int year = 1300; year <= 1500; year++) {
            LocalDate nowruz = Nowruz.of(year);
            assertEquals(year, Nowruz.jalaliYearOf(nowruz));
            assertEquals(year - 1, Nowruz.jalaliYearOf(nowruz.minusDays(1)));
            assertEquals(year, Nowruz.jalaliYearOf(Nowruz.of(year + 1).minusDays(1)));
        }
    }

    @Test
    void yearsOutsideTheArithmeticsRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Nowruz.of(0));
        assertThrows(IllegalArgumentException.class, () -> Nowruz.of(3178));
        assertEquals(0, Nowruz.jalaliYearOf(LocalDate.of(622, 1, 1)), "before Farvardin 1 of year 1");
    }
}
