package org.edalat.filing.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.edalat.filing.domain.UnreadablePdfException.Reason;

/**
 * Checks a document before it joins a filing, whether uploaded on the portal (S0-3) or digitised at
 * an office (S0-4): the type comes from the content's first bytes (PDF, PNG, JPEG; the claimed file
 * name says nothing: a PNG named {@code .pdf} is a PNG); an empty document or one over the limit is
 * refused; a PDF must parse, must not be encrypted and must have a page; the SHA-256 digest names the
 * content for the document store and for the authenticity inquiry (S0-3 note).
 *
 * <p>A PDF must also end (within its last 1024 bytes) with {@code %%EOF}, as the PDF standard asks:
 * a cut-off upload otherwise often still parses, because the parser rebuilds what it can, and would
 * be filed without its last pages.
 *
 * <p>The file name a user gives plays no part in the checks; {@link
 * InspectedDocument#fileName(String)} turns it into the name to keep, with the real type's extension.
 *
 * <p>Stateless and thread-safe. Nothing a user sends makes it throw anything but the business
 * exceptions named on {@link #inspect(byte[])}.
 */
public final class DocumentInspector {
    /** Limit per document unless configured otherwise: 10 MiB. */
    public static final int DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

    private static final byte[] EOF_MARKER = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final int EOF_WINDOW = 1024;

    private final int maxBytes;

    /** An inspector with the default limit of {@value #DEFAULT_MAX_BYTES} bytes per document. */
    public DocumentInspector() {
        this(DEFAULT_MAX_BYTES);
    }

    /** An inspector refusing documents over {@code maxBytes} bytes. */
    public DocumentInspector(int maxBytes) {
        if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxBytes " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** The largest document accepted, in bytes. */
    public int maxBytes() {
        return maxBytes;
    }

    /**
     * Inspects {@code content}.
     *
     * @throws EmptyDocumentException when it is null or empty
     * @throws DocumentTooLargeException when it is over the limit
     * @throws UnsupportedDocumentTypeException when it is not a PDF, PNG or JPEG
     * @throws UnreadablePdfException when it starts like a PDF but is damaged, encrypted or has no page
     */
    public InspectedDocument inspect(byte[] content) {
        if (content == null || content.length == 0) {
            throw new EmptyDocumentException();
        }
        if (content.length > maxBytes) {
            throw new DocumentTooLargeException(maxBytes);
        }
        DocumentType type = DocumentType.sniff(content);
        if (type == null) {
            throw new UnsupportedDocumentTypeException();
        }
        int pages = type == DocumentType.PDF ? pdfPages(content) : 1;
        return new InspectedDocument(type, type.mediaType(), content.length, sha256(content), pages);
    }

    /**
     * Reads {@code in} up to one byte past the limit (a larger stream is refused without reading the
     * rest) and inspects what it read; the caller closes the stream.
     *
     * @return what {@link #inspect(byte[])} finds, with the bytes read
     * @throws UncheckedIOException when the stream fails (not a fault of the content)
     */
    public Read read(InputStream in) {
        byte[] content;
        try {
            content = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("reading a document", e);
        }
        return new Read(inspect(content), content);
    }

    /** A document read from a stream and what it is. */
    public record Read(InspectedDocument document, byte[] content) {}

    /** SHA-256 of {@code content} as 64 lower-case hexadecimal digits. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static int pdfPages(byte[] content) {
        if (!endsWithEofMarker(content)) {
            throw new UnreadablePdfException(Reason.DAMAGED);
        }
        try (PDDocument pdf = Loader.loadPDF(content)) {
            if (pdf.isEncrypted()) {
                throw new UnreadablePdfException(Reason.ENCRYPTED);
            }
            int pages = pdf.getNumberOfPages();
            if (pages < 1) {
                throw new UnreadablePdfException(Reason.NO_PAGES);
            }
            return pages;
        } catch (InvalidPasswordException e) {
            throw new UnreadablePdfException(Reason.ENCRYPTED);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadablePdfException refused) {
                throw refused;
            }
            // PDFBox reports damage as IOException or, deep in a broken page tree, as runtime errors.
            throw new UnreadablePdfException(Reason.DAMAGED);
        }
    }

    private static boolean endsWithEofMarker(byte[] content) {
        int from = Math.max(0, content.length - EOF_WINDOW);
        outer:
        for (int i = content.length - EOF_MARKER.length; i >= from; i--) {
            for (int j = 0; j < EOF_MARKER.length; j++) {
                if (content[i + j] != EOF_MARKER[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
