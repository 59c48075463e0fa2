package org.edalat.filing.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.edalat.filing.domain.UnreadablePdfException.Reason;
import org.edalat.platform.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Documents of a filing uploaded on the portal (S0-3) or digitised at an office (S0-4): the type from
 * the content, limits, digest and PDF page count. Every document here is made by the test itself:
 * PDFs with PDFBox, images with {@code javax.imageio}.
 */
class DocumentInspectorTest {
    private final DocumentInspector inspector = new DocumentInspector();

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void aPdfIsRecognisedByItsContentAndItsPagesAreCounted_S0_3_S0_4(int pages) throws IOException {
        byte[] pdf = pdf(pages);
        InspectedDocument document = inspector.inspect(pdf);
        assertEquals(DocumentType.PDF, document.type());
        assertEquals("application/pdf", document.mediaType());
        assertEquals(pages, document.pages());
        assertEquals(pdf.length, document.size());
        assertEquals(DocumentInspector.sha256(pdf), document.sha256());
    }

    @Test
    void pngAndJpegScansAreRecognisedByTheirContentAsOnePage_S0_3_S0_4() throws IOException {
        byte[] png = image("png");
        byte[] jpeg = image("jpg");
        InspectedDocument p = inspector.inspect(png);
        InspectedDocument j = inspector.inspect(jpeg);
        assertEquals(DocumentType.PNG, p.type());
        assertEquals("image/png", p.mediaType());
        assertEquals(1, p.pages());
        assertEquals(png.length, p.size());
        assertEquals(DocumentType.JPEG, j.type());
        assertEquals("image/jpeg", j.mediaType());
        assertEquals(1, j.pages());
    }

    @Test
    void theDigestIsTheSha256OfTheContentInLowerCaseHex_S0_3_S0_4() throws IOException {
        // FIPS 180-2 test vector.
        assertEquals(
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                DocumentInspector.sha256("abc".getBytes(StandardCharsets.US_ASCII)));
        byte[] png = image("png");
        byte[] other = png.clone();
        other[other.length - 1] ^= 1;
        String digest = inspector.inspect(png).sha256();
        assertTrue(digest.matches("[0-9a-f]{64}"), digest);
        assertEquals(digest, inspector.inspect(png.clone()).sha256());
        assertTrue(!digest.equals(DocumentInspector.sha256(other)), "one bit changes the digest");
    }

    @Test
    void theFileNameDoesNotDecideTheTypeTheContentDoes_S0_3_S0_4() throws IOException {
        InspectedDocument pngCalledPdf = inspector.inspect(image("png"));
        assertEquals(DocumentType.PNG, pngCalledPdf.type());
        assertEquals("scan.png", pngCalledPdf.fileName("scan.pdf"));
        InspectedDocument pdfCalledJpeg = inspector.inspect(pdf(1));
        assertEquals(DocumentType.PDF, pdfCalledJpeg.type());
        assertEquals("photo.pdf", pdfCalledJpeg.fileName("photo.jpg"));
    }

    @Test
    void theNameKeptIsTheClaimedBaseNameWithTheRealExtension_S0_3_S0_4() throws IOException {
        InspectedDocument pdf = inspector.inspect(pdf(1));
        assertEquals("نامه‌ی دادگاه.pdf", pdf.fileName("C:\\fakepath\\نامه‌ی دادگاه.PDF"), "ZWNJ kept");
        assertEquals("passwd.pdf", pdf.fileName("../../etc/passwd"));
        assertEquals("invoicegpj.pdf", pdf.fileName("invoice\u202Egpj.exe"), "bidi override dropped");
        assertEquals("document.pdf", pdf.fileName(null));
        assertEquals("document.pdf", pdf.fileName("  "));
        assertEquals("document.pdf", pdf.fileName(".pdf"));
        assertEquals("report.v2.pdf", pdf.fileName("report.v2.docx"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "plain text, not a document",
                "PK\u0003\u0004 a zip, as .docx files are",
                "GIF89a an image of another kind",
                "MZ an executable",
                "<html><body>%PDF-1.7</body></html>",
                " %PDF-1.7 with something before the header",
                "%PD",
                "\u0089PN"
            })
    void anythingElseIsRefusedWhateverItIsCalled_S0_3_S0_4(String content) {
        UnsupportedDocumentTypeException e = assertThrows(
                UnsupportedDocumentTypeException.class,
                () -> inspector.inspect(content.getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("unsupported-document-type", e.code());
        assertEquals(422, e.httpStatus());
        assertEquals("document", e.field());
        assertTrue(e.getMessage().contains("PDF"), e.getMessage());
        assertInstanceOf(BusinessException.class, e);
    }

    @Test
    void anEmptyDocumentIsRefused_S0_3_S0_4() {
        EmptyDocumentException e = assertThrows(EmptyDocumentException.class, () -> inspector.inspect(new byte[0]));
        assertEquals("empty-document", e.code());
        assertEquals(422, e.httpStatus());
        assertTrue(e.getMessage().contains("خالی"), e.getMessage());
        assertThrows(EmptyDocumentException.class, () -> inspector.inspect(null));
        assertThrows(EmptyDocumentException.class, () -> inspector.read(InputStream.nullInputStream()));
    }

    @Test
    void aDocumentOverTheDefaultTenMegabytesIsRefusedWith413_S0_3_S0_4() {
        byte[] atLimit = pngHeaderFollowedByZeros(DocumentInspector.DEFAULT_MAX_BYTES);
        assertEquals(10 * 1024 * 1024, atLimit.length);
        assertEquals(DocumentType.PNG, inspector.inspect(atLimit).type());
        byte[] over = pngHeaderFollowedByZeros(DocumentInspector.DEFAULT_MAX_BYTES + 1);
        DocumentTooLargeException e = assertThrows(DocumentTooLargeException.class, () -> inspector.inspect(over));
        assertEquals("document-too-large", e.code());
        assertEquals(413, e.httpStatus());
        assertEquals(DocumentInspector.DEFAULT_MAX_BYTES, e.limit());
        assertTrue(e.getMessage().contains("۱۰ مگابایت"), e.getMessage());
    }

    @Test
    void theLimitIsConfigurable_S0_3_S0_4() throws IOException {
        byte[] pdf = pdf(1);
        DocumentInspector exact = new DocumentInspector(pdf.length);
        assertEquals(1, exact.inspect(pdf).pages());
        DocumentInspector smaller = new DocumentInspector(pdf.length - 1);
        assertEquals(pdf.length - 1, smaller.maxBytes());
        assertThrows(DocumentTooLargeException.class, () -> smaller.inspect(pdf));
        DocumentTooLargeException e =
                assertThrows(DocumentTooLargeException.class, () -> new DocumentInspector(1536 * 1024)
                        .inspect(new byte[1536 * 1024 + 1]));
        assertTrue(e.getMessage().contains("۱٫۵ مگابایت"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new DocumentInspector(0));
    }

    @Test
    void aStreamIsReadOnlyUpToOneBytePastTheLimit_S0_3_S0_4() throws IOException {
        CountingEndlessStream endless = new CountingEndlessStream();
        DocumentInspector small = new DocumentInspector(4096);
        assertThrows(DocumentTooLargeException.class, () -> small.read(endless));
        assertTrue(endless.read <= 4097, "read " + endless.read);

        byte[] pdf = pdf(3);
        DocumentInspector.Read read = inspector.read(new ByteArrayInputStream(pdf));
        assertArrayEquals(pdf, read.content());
        assertEquals(3, read.document().pages());
        assertEquals(DocumentInspector.sha256(pdf), read.document().sha256());
    }

    @Test
    void aFailingStreamIsAnInputOutputErrorNotAVerdictOnTheDocument_S0_3_S0_4() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        assertThrows(UncheckedIOException.class, () -> inspector.read(broken));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 10})
    void aTruncatedPdfIsRefusedAsDamaged_S0_3_S0_4(int keepOneIn) throws IOException {
        byte[] pdf = pdf(3);
        byte[] truncated = Arrays.copyOf(pdf, pdf.length - pdf.length / keepOneIn);
        assertRefusedAs(Reason.DAMAGED, truncated);
    }

    @Test
    void aPdfCutJustBeforeItsEndMarkerIsRefusedThoughItWouldStillParse_S0_3_S0_4() throws IOException {
        byte[] pdf = pdf(3);
        String tail = new String(pdf, pdf.length - 8, 8, StandardCharsets.ISO_8859_1);
        assertTrue(tail.contains("%%EOF"), tail);
        assertRefusedAs(Reason.DAMAGED, Arrays.copyOf(pdf, pdf.length - 8));
    }

    @Test
    void aPdfHeaderWithoutADocumentIsRefusedAsDamaged_S0_3_S0_4() {
        assertRefusedAs(Reason.DAMAGED, "%PDF-1.7\nnot really a PDF\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        assertRefusedAs(Reason.DAMAGED, "%PDF-".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void aPdfWithCorruptedObjectsIsRefusedAsDamaged_S0_3_S0_4() throws IOException {
        byte[] pdf = pdf(3);
        byte[] corrupted = pdf.clone();
        // Overwrite everything between the header line and the last 40 bytes (trailer and %%EOF stay).
        for (int i = 16; i < corrupted.length - 40; i++) {
            corrupted[i] = '#';
        }
        assertRefusedAs(Reason.DAMAGED, corrupted);
    }

    @Test
    void aPasswordProtectedPdfIsRefused_S0_3_S0_4() throws IOException {
        assertRefusedAs(Reason.ENCRYPTED, encryptedPdf("user-secret"));
    }

    @Test
    void anEncryptedPdfThatOpensWithoutAPasswordIsRefusedToo_S0_3_S0_4() throws IOException {
        assertRefusedAs(Reason.ENCRYPTED, encryptedPdf(""));
    }

    @Test
    void aPdfWithoutPagesIsRefused_S0_3_S0_4() throws IOException {
        assertRefusedAs(Reason.NO_PAGES, pdf(0));
    }

    private void assertRefusedAs(Reason reason, byte[] content) {
        UnreadablePdfException e = assertThrows(UnreadablePdfException.class, () -> inspector.inspect(content));
        assertEquals(reason, e.reason());
        assertEquals("unreadable-pdf", e.code());
        assertEquals(422, e.httpStatus());
        assertTrue(e.getMessage().contains("PDF"), e.getMessage());
    }

    /** A PDF of {@code pages} pages, each with a line of text, as PDFBox saves it. */
    static byte[] pdf(int pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                    text.beginText();
                    text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    text.newLineAtOffset(72, 720);
                    text.showText("Page " + i + " of a test filing");
                    text.endText();
                }
            }
            return save(document);
        }
    }

    private static byte[] encryptedPdf(String userPassword) throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy policy =
                    new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return save(document);
        }
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    /** A small scan-like image written by {@code javax.imageio} in {@code format} (png, jpg). */
    static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 40, 20);
        g.setColor(Color.BLACK);
        g.drawLine(2, 10, 38, 10);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, format, out), "a writer for " + format);
        return out.toByteArray();
    }

    private static byte[] pngHeaderFollowedByZeros(int size) {
        byte[] content = new byte[size];
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(magic, 0, content, 0, magic.length);
        return content;
    }

    /** Zeros for ever, counting how many were read. */
    private static final class CountingEndlessStream extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            Arrays.fill(b, off, off + len, (byte) 0);
            read += len;
            return len;
        }
    }
}
