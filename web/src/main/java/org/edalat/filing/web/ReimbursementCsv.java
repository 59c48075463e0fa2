package org.edalat.filing.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.edalat.filing.fees.ReimbursementStatement;
import org.edalat.platform.web.jalali.JalaliCalendar;

/**
 * An office's reimbursement statement of a month (S0-14) as CSV for a spreadsheet: UTF-8 with a byte
 * order mark (so Excel reads the Persian), RFC 4180 (comma, CRLF, quotes doubled), a Persian header
 * row, one row per exempt service, then the total. Amounts are whole Rials without separators;
 * times are Jalali in Tehran with Latin digits ({@code 1404/07/09 10:30}). A cell that a spreadsheet
 * would take for a formula ({@code = + - @}) is prefixed with an apostrophe.
 */
public final class ReimbursementCsv {
    /** The media type of the export. */
    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    static final String BOM = "\uFEFF";
    static final List<String> HEADER = List.of(
            "ردیف",
            "کد دفتر",
            "ماه",
            "خدمت",
            "تعداد",
            "تعرفه (ریال)",
            "مبنای معافیت",
            "نهاد تأییدکننده",
            "شماره پاسخ استعلام",
            "زمان پاسخ",
            "نسخه تعرفه",
            "منبع",
            "ثبت‌کننده",
            "زمان ثبت");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private ReimbursementCsv() {}

    /** The file name of a statement's export: {@code reimbursement-<office>-<year>-<month>.csv}. */
    public static String fileName(ReimbursementStatement statement) {
        return "reimbursement-" + statement.officeCode().replaceAll("[^A-Za-z0-9-]", "_") + "-"
                + statement.month().year() + "-"
                + String.format("%02d", statement.month().month()) + ".csv";
    }

    /** The CSV bytes (UTF-8, BOM first). */
    public static byte[] bytes(ReimbursementStatement statement) {
        return text(statement).getBytes(StandardCharsets.UTF_8);
    }

    /** The CSV text, BOM first. */
    public static String text(ReimbursementStatement statement) {
        StringBuilder csv = new StringBuilder(BOM);
        row(csv, HEADER);
        int n = 0;
        for (ReimbursementStatement.Line line : statement.lines()) {
            n++;
            row(
                    csv,
                    List.of(
                            String.valueOf(n),
                            statement.officeCode(),
                            statement.month().toString(),
                            line.service().label(),
                            String.valueOf(line.quantity()),
                            String.valueOf(line.amount().value()),
                            line.basis().label(),
                            line.basis().confirmingBody(),
                            line.bodyReference(),
                            time(line.answeredAt()),
                            line.tariffVersionId(),
                            line.filingId() != null
                                    ? "پرونده " + line.filingId()
                                    : "هزینه دفتر " + line.officeChargeId(),
                            line.recordedBy(),
                            time(line.recordedAt())));
        }
        // the total under the tariff column
        row(
                csv,
                List.of(
                        "جمع",
                        statement.officeCode(),
                        statement.month().toString(),
                        "",
                        "",
                        String.valueOf(statement.total().value())));
        return csv.toString();
    }

    static String time(Instant at) {
        if (at == null) {
            return "";
        }
        ZonedDateTime tehran = at.atZone(JalaliCalendar.TEHRAN);
        return JalaliCalendar.toJalali(tehran.toLocalDate()).format() + " " + TIME.format(tehran);
    }

    private static void row(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(ReimbursementCsv::cell).collect(Collectors.joining(",")))
                .append("\r\n");
    }

    /** One cell: defused if it looks like a formula, quoted if it holds a comma, quote or line break. */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
