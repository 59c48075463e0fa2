package org.edalat.filing.rest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.edalat.filing.domain.FilingKind;
import org.edalat.filing.fees.OfficeService;
import org.edalat.platform.text.PersianDigits;

/** Reads the query parameters and body fields of the fees and tariffs API, with a 422 naming the one at fault. */
final class Params {
    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    private Params() {}

    static FilingKind kind(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidFeeParameterException("kind", "نوع درخواست (kind) را تعیین کنید.");
        }
        try {
            return FilingKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidFeeParameterException(
                    "kind",
                    "نوع درخواست «" + text.strip() + "» شناخته نیست؛ یکی از " + names(FilingKind.values()) + ".");
        }
    }

    static OfficeService service(String field, String text) {
        try {
            return OfficeService.valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidFeeParameterException(
                    field, "خدمت «" + text + "» شناخته نیست؛ یکی از " + names(OfficeService.values()) + ".");
        }
    }

    /** A whole number of Rials, or null when absent; Persian digits accepted. */
    static Long amount(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(PersianDigits.toLatin(text.strip()));
        } catch (NumberFormatException notANumber) {
            throw new InvalidFeeParameterException(field, "مبلغ باید عددی صحیح به ریال باشد (" + text + ").");
        }
    }

    /** An ISO-8601 date, or today in Tehran when absent. */
    static LocalDate dateOrToday(String field, String text) {
        if (text == null || text.isBlank()) {
            return LocalDate.now(TEHRAN);
        }
        return date(field, text);
    }

    static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidFeeParameterException(field, "تاریخ را به شکل YYYY-MM-DD وارد کنید.");
        }
        try {
            return LocalDate.parse(PersianDigits.toLatin(text.strip()));
        } catch (DateTimeParseException malformed) {
            throw new InvalidFeeParameterException(field, "تاریخ را به شکل YYYY-MM-DD وارد کنید (" + text + ").");
        }
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining("، "));
    }
}
