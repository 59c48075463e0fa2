package org.edalat.platform.web.jalali;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class JalaliClockTest {

    @Test
    void todayIsTheDateInTehran() {
        // 21:00 UTC on Saturday 2026-11-21 is already Sunday 1 Azar 1405 in Tehran.
        JalaliClock jalali = new JalaliClock(Clock.fixed(Instant.parse("2026-11-21T21:00:00Z"), ZoneOffset.UTC));
        assertEquals(LocalDate.of(2026, 11, 22), jalali.getTodayDate());
        assertEquals("یکشنبه ۱ آذر ۱۴۰۵", jalali.getToday());

        JalaliClock before = new JalaliClock(Clock.fixed(Instant.parse("2026-11-21T20:29:00Z"), ZoneOffset.UTC));
        assertEquals("شنبه ۳۰ آبان ۱۴۰۵", before.getToday());
    }

    @Test
    void formattingForPages() {
        JalaliClock jalali = new JalaliClock();
        assertEquals("۱۴۰۵/۰۹/۰۱ ۱۰:۰۳", jalali.format(Instant.parse("2026-11-22T06:33:00Z")));
        assertEquals("۱۴۰۵/۰۹/۰۱", jalali.date(LocalDate.of(2026, 11, 22)));
        assertEquals("۱ آذر ۱۴۰۵", jalali.longDate(LocalDate.of(2026, 11, 22)));
        assertEquals("", jalali.format(null));
        assertEquals("", jalali.date(null));
        assertEquals("", jalali.longDate(null));
    }
}
