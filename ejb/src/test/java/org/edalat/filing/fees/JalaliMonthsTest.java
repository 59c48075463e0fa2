package org.edalat.filing.fees;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The Jalali month of a day in Tehran: the period of a reimbursement statement (S0-14). */
class JalaliMonthsTest {
    @Test
    void monthsBeginOnTheirFirstDays_S0_14() {
        assertEquals(new JalaliMonth(1404, 1), JalaliMonths.of(LocalDate.of(2025, 3, 21)));
        assertEquals(new JalaliMonth(1403, 12), JalaliMonths.of(LocalDate.of(2025, 3, 20)));
        assertEquals(new JalaliMonth(1404, 6), JalaliMonths.of(LocalDate.of(2025, 9, 22)), "31 Shahrivar");
        assertEquals(new JalaliMonth(1404, 7), JalaliMonths.of(LocalDate.of(2025, 9, 23)), "1 Mehr");
        assertEquals(new JalaliMonth(1404, 8), JalaliMonths.of(LocalDate.of(2025, 10, 23)), "1 Aban");
        assertEquals(new JalaliMonth(1404, 11), JalaliMonths.of(LocalDate.of(2026, 2, 19)), "30 Bahman");
        assertEquals(new JalaliMonth(1404, 12), JalaliMonths.of(LocalDate.of(2026, 2, 20)), "1 Esfand");
        // 1403 is a leap year: Esfand has 30 days, the last 2025-03-20
        assertEquals(new JalaliMonth(1403, 12), JalaliMonths.of(LocalDate.of(2025, 3, 20)));
        assertEquals(LocalDate.of(2025, 9, 23), JalaliMonths.firstDay(new JalaliMonth(1404, 7)));
        assertEquals(LocalDate.of(2026, 2, 20), JalaliMonths.firstDay(new JalaliMonth(1404, 12)));
        assertEquals(LocalDate.of(2025, 3, 21), JalaliMonths.firstDay(new JalaliMonth(1404, 1)));
    }

    @Test
    void everyDayOfAYearFallsInTheMonthWhoseFirstDayPrecedesIt_S0_14() {
        for (int year = 1400; year <= 1410; year++) {
            for (int m = 1; m <= 12; m++) {
                JalaliMonth month = new JalaliMonth(year, m);
                LocalDate first = JalaliMonths.firstDay(month);
                assertEquals(month, JalaliMonths.of(first));
                assertEquals(month, JalaliMonths.of(first.plusDays(28)));
                JalaliMonth previous = m == 1 ? new JalaliMonth(year - 1, 12) : new JalaliMonth(year, m - 1);
                assertEquals(previous, JalaliMonths.of(first.minusDays(1)));
            }
        }
    }

    @Test
    void theMonthIsTehransNotUtcs_S0_14() {
        // 2025-09-22T21:00Z is 00:30 on 1 Mehr 1404 in Tehran (UTC+3:30)
        assertEquals(new JalaliMonth(1404, 7), JalaliMonths.inTehranAt(Instant.parse("2025-09-22T21:00:00Z")));
        assertEquals(new JalaliMonth(1404, 6), JalaliMonths.inTehranAt(Instant.parse("2025-09-22T20:29:00Z")));
    }
}
