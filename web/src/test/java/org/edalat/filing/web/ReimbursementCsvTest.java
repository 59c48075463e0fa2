package org.edalat.filing.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.edalat.filing.fees.ExemptionBasis;
import org.edalat.filing.fees.JalaliMonth;
import org.edalat.filing.fees.OfficeService;
import org.edalat.filing.fees.ReimbursementStatement;
import org.edalat.filing.fees.Rials;
import org.junit.jupiter.api.Test;

/** The CSV export of an office's monthly reimbursement statement (S0-14). */
class ReimbursementCsvTest {
    /** 1404/07/09 10:30 in Tehran. */
    private static final Instant AT = Instant.parse("2025-10-01T07:00:00Z");

    private static ReimbursementStatement.Line line(
            long id,
            OfficeService service,
            int quantity,
            long amount,
            ExemptionBasis basis,
            String reference,
            Long filing,
            Long charge) {
        return new ReimbursementStatement.Line(
                id,
                service,
                quantity,
                Rials.of(amount),
                basis,
                reference,
                AT,
                "T-1404",
                filing,
                charge,
                "it-clerk",
                AT);
    }

    private static ReimbursementStatement statement() {
        return new ReimbursementStatement(
                "OF-23-0101",
                new JalaliMonth(1404, 7),
                List.of(
                        line(
                                1,
                                OfficeService.FILING_PETITION,
                                1,
                                3_000_000,
                                ExemptionBasis.RELIEF_COMMITTEE,
                                "RC-1404-10231",
                                41L,
                                null),
                        line(
                                2,
                                OfficeService.DOCUMENT_DIGITISATION,
                                7,
                                350_000,
                                ExemptionBasis.INDIGENT_PRISONER,
                                "=HYPERLINK(\"x\",\"y\")",
                                null,
                                9L)),
                null);
    }

    @Test
    void theStatementIsUtf8WithABomAHeaderOneRowPerServiceAndTheTotal_S0_14() {
        byte[] bytes = ReimbursementCsv.bytes(statement());
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        String[] rows = text.split("\r\n", -1);
        assertEquals(5, rows.length, text); // header, two lines, total, and the empty rest after the last CRLF
        assertEquals("", rows[4]);
        assertEquals(String.join(",", ReimbursementCsv.HEADER), rows[0]);
        assertEquals(
                "1,OF-23-0101,1404/07,ثبت دادخواست,1,3000000,تحت پوشش کمیته امداد امام خمینی (ره),"
                        + "کمیته امداد امام خمینی (ره),RC-1404-10231,1404/07/09 10:30,T-1404,پرونده 41,it-clerk,"
                        + "1404/07/09 10:30",
                rows[1]);
        assertTrue(rows[2].startsWith("2,OF-23-0101,1404/07,تبدیل اسناد به سند الکترونیکی,7,350000,"), rows[2]);
        assertTrue(rows[2].contains(",هزینه دفتر 9,"), rows[2]);
        assertEquals("جمع,OF-23-0101,1404/07,,,3350000", rows[3]);
        assertEquals("reimbursement-OF-23-0101-1404-07.csv", ReimbursementCsv.fileName(statement()));
    }

    @Test
    void cellsAreQuotedAndFormulasDefused() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"", ReimbursementCsv.cell("=HYPERLINK(\"x\",\"y\")"));
        assertEquals("'+98", ReimbursementCsv.cell("+98"));
        assertEquals("\"a\r\nb\"", ReimbursementCsv.cell("a\r\nb"));
        assertEquals("RC-1404-1", ReimbursementCsv.cell("RC-1404-1"));
        assertEquals("", ReimbursementCsv.cell(null));
    }
}
