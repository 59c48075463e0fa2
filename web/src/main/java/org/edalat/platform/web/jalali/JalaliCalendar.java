package org.edalat.platform.web.jalali;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edalat.platform.text.PersianDigits;

/**
 * The one place where the application turns dates into Jalali (Persian solar Hijri) text and back.
 *
 * <p>The arithmetic is ICU4J's Persian calendar ({@code com.ibm.icu.util.PersianCalendar}, obtained through
 * {@code Calendar.getInstance} with {@code @calendar=persian} because ICU marks the class itself as internal). Each
 * call uses its own calendar in GMT, so no time-zone offset can shift the day, and the class is stateless and
 * thread-safe.
 *
 * <p>Text forms:
 *
 * <ul>
 *   <li>{@link #format(LocalDate)}: {@code ۱۴۰۵/۰۹/۰۱}
 *   <li>{@link #formatLong(LocalDate)}: {@code ۱ آذر ۱۴۰۵}
 *   <li>{@link #formatFull(LocalDate)}: {@code یکشنبه ۱ آذر ۱۴۰۵}
 *   <li>{@link #format(Instant, ZoneId)}: {@code ۱۴۰۵/۰۹/۰۱ ۱۰:۰۳}
 *   <li>{@link JalaliDate#format()}: {@code 1405/09/01} (Latin digits, for logs, files and APIs)
 * </ul>
 *
 * <p>Every {@link IllegalArgumentException} thrown here for bad user input carries a Persian message that can be
 * shown to the user as is.
 */
public final class JalaliCalendar {

    /** The zone in which the intranet shows times; values are stored in UTC. */
    public static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    /** Message for text that is not a date of the form {@code ۱۴۰۵/۰۹/۰۱}. */
    public static final String DATE_FORMAT_MESSAGE = "تاریخ باید به شکل ۱۴۰۵/۰۹/۰۱ باشد";

    /** Message for text that is not a date and time of the form {@code ۱۴۰۵/۰۹/۰۱ ۱۰:۰۳}. */
    public static final String DATE_TIME_FORMAT_MESSAGE = "تاریخ و ساعت باید به شکل ۱۴۰۵/۰۹/۰۱ ۱۰:۰۳ باشد";

    /** Smallest supported Jalali year. */
    public static final int MIN_YEAR = 1;

    /** Largest supported Jalali year. */
    public static final int MAX_YEAR = 9999;

    private static final List<String> MONTH_NAMES = List.of(
            "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند");

    /** Indexed by {@link DayOfWeek#ordinal()}: Monday first. */
    private static final List<String> WEEKDAY_NAMES =
            List.of("دوشنبه", "سه\u200Cشنبه", "چهارشنبه", "پنج\u200Cشنبه", "جمعه", "شنبه", "یکشنبه");

    private static final ULocale PERSIAN = new ULocale("fa_IR@calendar=persian");
    private static final long MILLIS_PER_DAY = 86_400_000L;
    private static final long NOON = MILLIS_PER_DAY / 2;

    /** {@code 1405/9/1} or {@code 1405-09-01}, after digits were made Latin and spaces removed. */
    private static final Pattern DATE = Pattern.compile("(\\d{4})([/-])(\\d{1,2})\\2(\\d{1,2})");

    /** {@code 14050901}: handy on a phone's numeric keypad, which may have no slash. */
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    private static final Pattern DATE_TIME = Pattern.compile("(.+?)[ T](\\d{1,2}):(\\d{2})");

    /** Directional marks and isolates that copy-and-paste from RTL text tends to bring along. */
    private static final Pattern BIDI_CONTROLS =
            Pattern.compile("[\\u200E\\u200F\\u061C\\u202A-\\u202E\\u2066-\\u2069]");

    static {
        String type = newCalendar().getType();
        if (!"persian".equals(type)) {
            throw new IllegalStateException("ICU4J gave a '" + type + "' calendar instead of 'persian'");
        }
    }

    private JalaliCalendar() {}

    /**
     * The Jalali date of a Gregorian date.
     *
     * @param gregorian a date of the ISO calendar, on or after 622-03-22 (Jalali 1/01/01)
     * @return the same day in the Jalali calendar
     * @throws IllegalArgumentException if the date is outside the years {@value #MIN_YEAR}..{@value #MAX_YEAR}
     */
    public static JalaliDate toJalali(LocalDate gregorian) {
        Objects.requireNonNull(gregorian, "gregorian");
        Calendar calendar = newCalendar();
        calendar.setTimeInMillis(Math.addExact(Math.multiplyExact(gregorian.toEpochDay(), MILLIS_PER_DAY), NOON));
        return new JalaliDate(
                calendar.get(Calendar.EXTENDED_YEAR),
                calendar.get(Calendar.MONTH) + 1,
                calendar.get(Calendar.DAY_OF_MONTH));
    }

    /**
     * The Gregorian date of a Jalali date.
     *
     * @param year Jalali year, {@value #MIN_YEAR} to {@value #MAX_YEAR}
     * @param month Jalali month, 1 ({@code فروردین}) to 12 ({@code اسفند})
     * @param day day of the month
     * @return the same day in the ISO calendar
     * @throws IllegalArgumentException with a Persian message if there is no such date, e.g. month 13, day 31 of
     *     month 7 to 12, or day 30 of اسفند in a common year
     */
    public static LocalDate toGregorian(int year, int month, int day) {
        requireValid(year, month, day);
        Calendar calendar = newCalendar();
        calendar.clear();
        calendar.set(Calendar.EXTENDED_YEAR, year);
        calendar.set(Calendar.MONTH, month - 1);
        calendar.set(Calendar.DAY_OF_MONTH, day);
        calendar.set(Calendar.HOUR_OF_DAY, 12);
        LocalDate result = LocalDate.ofEpochDay(Math.floorDiv(calendar.getTimeInMillis(), MILLIS_PER_DAY));
        // Safety net: ICU is lenient, so an impossible date would have rolled over into another one.
        if (calendar.get(Calendar.EXTENDED_YEAR) != year
                || calendar.get(Calendar.MONTH) != month - 1
                || calendar.get(Calendar.DAY_OF_MONTH) != day) {
            throw new IllegalArgumentException(
                    "تاریخ " + PersianDigits.toPersian(year + "/" + month + "/" + day) + " وجود ندارد");
        }
        return result;
    }

    /**
     * Whether a Jalali year is a leap year, i.e. اسفند has 30 days (as ICU computes it; e.g. 1403 and 1408).
     *
     * @param year Jalali year, {@value #MIN_YEAR} to {@value #MAX_YEAR}
     * @return {@code true} for a leap year
     */
    public static boolean isLeapYear(int year) {
        requireYear(year);
        Calendar calendar = newCalendar();
        calendar.clear();
        calendar.set(Calendar.EXTENDED_YEAR, year);
        calendar.set(Calendar.MONTH, 11);
        calendar.set(Calendar.DAY_OF_MONTH, 1);
        return calendar.getActualMaximum(Calendar.DAY_OF_MONTH) == 30;
    }

    /**
     * The number of days of a Jalali month: 31 for months 1 to 6, 30 for months 7 to 11, 29 or 30 for اسفند.
     *
     * @param year Jalali year, {@value #MIN_YEAR} to {@value #MAX_YEAR}
     * @param month Jalali month, 1 to 12
     * @return the length of the month in days
     */
    public static int lengthOfMonth(int year, int month) {
        requireYear(year);
        requireMonth(month);
        if (month <= 6) {
            return 31;
        }
        if (month <= 11) {
            return 30;
        }
        return isLeapYear(year) ? 30 : 29;
    }

    /**
     * The Persian name of a month.
     *
     * @param month 1 to 12
     * @return e.g. {@code فروردین} for 1, {@code اسفند} for 12
     */
    public static String monthName(int month) {
        requireMonth(month);
        return MONTH_NAMES.get(month - 1);
    }

    /**
     * The Persian name of a weekday.
     *
     * @param dayOfWeek a weekday
     * @return e.g. {@code شنبه} for Saturday, {@code سه‌شنبه} for Tuesday
     */
    public static String weekdayName(DayOfWeek dayOfWeek) {
        return WEEKDAY_NAMES.get(dayOfWeek.ordinal());
    }

    /**
     * A date as short Jalali text with Persian digits.
     *
     * @param date a date
     * @return e.g. {@code ۱۴۰۵/۰۹/۰۱}
     */
    public static String format(LocalDate date) {
        return PersianDigits.toPersian(toJalali(date).format());
    }

    /**
     * A date as long Jalali text with the month name and Persian digits.
     *
     * @param date a date
     * @return e.g. {@code ۱ آذر ۱۴۰۵}
     */
    public static String formatLong(LocalDate date) {
        JalaliDate jalali = toJalali(date);
        return PersianDigits.toPersian(jalali.day())
                + ' '
                + jalali.monthName()
                + ' '
                + PersianDigits.toPersian(jalali.year());
    }

    /**
     * A date as long Jalali text preceded by the Persian weekday name.
     *
     * @param date a date
     * @return e.g. {@code یکشنبه ۱ آذر ۱۴۰۵}
     */
    public static String formatFull(LocalDate date) {
        return weekdayName(date.getDayOfWeek()) + ' ' + formatLong(date);
    }

    /**
     * An instant as Jalali date and 24-hour time with Persian digits, as seen in a time zone.
     *
     * @param instant a point in time
     * @param zone the zone in which to show it, normally {@link #TEHRAN}
     * @return e.g. {@code ۱۴۰۵/۰۹/۰۱ ۱۰:۰۳}
     */
    public static String format(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        return format(local.toLocalDate())
                + ' '
                + PersianDigits.toPersian(pad(local.getHour(), 2) + ':' + pad(local.getMinute(), 2));
    }

    /**
     * Reads a Jalali date typed by a person.
     *
     * <p>Accepts year/month/day with {@code /} or {@code -} as separator, a four-digit year and one- or two-digit
     * month and day, in Latin, Persian or Arabic-Indic digits ({@code 1405/9/1}, {@code ۱۴۰۵/۰۹/۰۱},
     * {@code ١٤٠٥-٠٩-٠١}); also the eight digits {@code 14050901}. Spaces and directional marks are ignored.
     *
     * @param text the text
     * @return the date in the ISO calendar
     * @throws IllegalArgumentException with a Persian message: {@link #DATE_FORMAT_MESSAGE} for text of another shape,
     *     or the reason why the date does not exist (see {@link #toGregorian(int, int, int)})
     */
    public static LocalDate parse(String text) {
        String normalized = normalize(text).replace(" ", "");
        Matcher matcher = DATE.matcher(normalized);
        if (matcher.matches()) {
            return toGregorian(number(matcher.group(1)), number(matcher.group(3)), number(matcher.group(4)));
        }
        matcher = COMPACT_DATE.matcher(normalized);
        if (matcher.matches()) {
            return toGregorian(number(matcher.group(1)), number(matcher.group(2)), number(matcher.group(3)));
        }
        throw new IllegalArgumentException(DATE_FORMAT_MESSAGE);
    }

    /**
     * Reads a Jalali date and 24-hour time typed by a person, the inverse of {@link #format(Instant, ZoneId)}.
     *
     * <p>The date part is read as by {@link #parse(String)}; it is followed by a space (or {@code T}) and
     * {@code HH:mm}.
     *
     * @param text e.g. {@code ۱۴۰۵/۰۹/۰۱ ۱۰:۰۳}
     * @param zone the zone in which the text is meant, normally {@link #TEHRAN}
     * @return the instant
     * @throws IllegalArgumentException with a Persian message for text of another shape or an impossible date or
     *     time
     */
    public static Instant parseDateTime(String text, ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        Matcher matcher = DATE_TIME.matcher(normalize(text));
        if (!matcher.matches()) {
            throw new IllegalArgumentException(DATE_TIME_FORMAT_MESSAGE);
        }
        LocalDate date = parse(matcher.group(1));
        int hour = number(matcher.group(2));
        int minute = number(matcher.group(3));
        if (hour > 23 || minute > 59) {
            throw new IllegalArgumentException("ساعت باید بین ۰۰:۰۰ و ۲۳:۵۹ باشد");
        }
        return ZonedDateTime.ofLocal(LocalDateTime.of(date, LocalTime.of(hour, minute)), zone, null)
                .toInstant();
    }

    /**
     * Checks a Jalali date, with Persian messages meant for the user.
     *
     * @throws IllegalArgumentException if there is no such date
     */
    static void requireValid(int year, int month, int day) {
        requireYear(year);
        requireMonth(month);
        int length = lengthOfMonth(year, month);
        if (day >= 1 && day <= length) {
            return;
        }
        String noSuchDay = "؛ روز " + PersianDigits.toPersian(day) + " وجود ندارد";
        if (month == 12 && day == 30) {
            String persianYear = PersianDigits.toPersian(year);
            throw new IllegalArgumentException("سال " + persianYear + " کبیسه نیست و اسفند آن ۲۹ روز دارد" + noSuchDay);
        }
        throw new IllegalArgumentException(
                monthName(month) + " " + PersianDigits.toPersian(length) + " روز دارد" + noSuchDay);
    }

    /** Left-pads a non-negative number with zeros, with Latin digits whatever the default locale. */
    static String pad(int value, int width) {
        StringBuilder text = new StringBuilder(Integer.toString(value));
        while (text.length() < width) {
            text.insert(0, '0');
        }
        return text.toString();
    }

    private static void requireYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("سال باید بین " + PersianDigits.toPersian(MIN_YEAR) + " و "
                    + PersianDigits.toPersian(MAX_YEAR) + " باشد");
        }
    }

    private static void requireMonth(int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("ماه باید بین ۱ و ۱۲ باشد");
        }
    }

    private static String normalize(String text) {
        if (text == null) {
            throw new IllegalArgumentException(DATE_FORMAT_MESSAGE);
        }
        String latin = PersianDigits.toLatin(BIDI_CONTROLS.matcher(text).replaceAll(""));
        return latin.strip().replaceAll("\\s+", " ");
    }

    private static int number(String digits) {
        return Integer.parseInt(digits);
    }

    private static Calendar newCalendar() {
        return Calendar.getInstance(TimeZone.GMT_ZONE, PERSIAN);
    }
}
