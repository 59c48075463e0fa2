package org.edalat.filing.payment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The receipt of a settled payment as a one-page PDF (S0-13.1). In English with Latin digits: the
 * project has Vazirmatn only as WOFF2, which PDFBox cannot embed, and no TrueType font with Arabic
 * shaping, so Persian text is not rendered; every datum of the receipt is there.
 */
final class ReceiptPdf {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Tehran"));

    private ReceiptPdf() {}

    static byte[] render(Payment payment) {
        if (!payment.isPaid()) {
            throw new ReceiptNotIssuedException();
        }
        List<String[]> rows = List.of(
                new String[] {"Receipt number", payment.receiptNumber()},
                new String[] {
                    "Amount",
                    NumberFormat.getIntegerInstance(Locale.ROOT)
                                    .format(payment.amount().value()) + " Rials"
                },
                new String[] {"Paid for", payment.payableType() + " " + payment.payableId()},
                new String[] {"Payer", payment.payer()},
                new String[] {"Bank reference", payment.bankReference()},
                new String[] {"Payment id", String.valueOf(payment.id())},
                new String[] {"Settled at (Tehran)", TIME.format(payment.settledAt())});
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Payment receipt " + payment.receiptNumber());
            info.setCreator("Edalat");
            PDPage page = new PDPage(PDRectangle.A5);
            document.addPage(page);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDType1Font plain = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            float top = page.getMediaBox().getHeight() - 50;
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                line(text, bold, 14, 40, top, "Edalat - Payment receipt");
                line(text, plain, 9, 40, top - 16, "Taken through the Center's payment method (rule S0-13.1)");
                float y = top - 50;
                for (String[] row : rows) {
                    line(text, bold, 10, 40, y, row[0] + ":");
                    line(text, plain, 10, 160, y, row[1]);
                    y -= 20;
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(PDPageContentStream text, PDType1Font font, float size, float x, float y, String s)
            throws IOException {
        text.beginText();
        text.setFont(font, size);
        text.newLineAtOffset(x, y);
        text.showText(latin(s));
        text.endText();
    }

    /** The standard fonts encode only WinAnsi: anything else (e.g. a Persian name) shows as '?'. */
    private static String latin(String s) {
        if (s == null) {
            return "-";
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> b.append(c >= 0x20 && c < 0x7f ? (char) c : '?'));
        return b.toString();
    }
}
