package org.edalat.platform.web.jalali;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Jalali dates for pages, as the EL name {@code jalali}: {@code #{jalali.today}}, {@code #{jalali.format(instant)}},
 * {@code #{jalali.date(localDate)}}, {@code #{jalali.longDate(localDate)}}. Times are shown in
 * {@link JalaliCalendar#TEHRAN}. {@code null} values give the empty string, so pages need no guards.
 */
@Named("jalali")
@ApplicationScoped
public class JalaliClock {

    private final Clock clock;

    /** Uses the system clock. */
    public JalaliClock() {
        this(Clock.systemUTC());
    }

    /** Uses the given clock (for tests). */
    JalaliClock(Clock clock) {
        this.clock = clock;
    }

    /** @return today's date in Tehran, in the ISO calendar */
    public LocalDate getTodayDate() {
        return LocalDate.now(clock.withZone(JalaliCalendar.TEHRAN));
    }

    /** @return today in Tehran with weekday, e.g. {@code یکشنبه ۱ آذر ۱۴۰۵} */
    public String getToday() {
        return JalaliCalendar.formatFull(getTodayDate());
    }

    /**
     * @param instant a point in time, may be {@code null}
     * @return e.g. {@code ۱۴۰۵/۰۹/۰۱ ۱۰:۰۳} in Tehran, or the empty string
     */
    public String format(Instant instant) {
        return instant == null ? "" : JalaliCalendar.format(instant, JalaliCalendar.TEHRAN);
    }

    /**
     * @param date a date, may be {@code null}
     * @return e.g. {@code ۱۴۰۵/۰۹/۰۱}, or the empty string
     */
    public String date(LocalDate date) {
        return date == null ? "" : JalaliCalendar.format(date);
    }

    /**
     * @param date a date, may be {@code null}
     * @return e.g. {@code ۱ آذر ۱۴۰۵}, or the empty string
     */
    public String longDate(LocalDate date) {
        return date == null ? "" : JalaliCalendar.formatLong(date);
    }
}
