package org.edalat.filing.domain;

/**
 * The kinds of document a filing may carry (S0-3 portal uploads, S0-4 documents digitised at an
 * office), each recognised by the first bytes of its content, never by the file name.
 */
public enum DocumentType {
    /** Portable Document Format: starts with {@code %PDF-}. */
    PDF("application/pdf", "pdf"),
    /** PNG image: starts with the eight bytes {@code 89 50 4E 47 0D 0A 1A 0A}. */
    PNG("image/png", "png"),
    /** JPEG image: starts with {@code FF D8 FF}. */
    JPEG("image/jpeg", "jpg");

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private final String mediaType;
    private final String extension;

    DocumentType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The media type to serve the document with ({@code application/pdf}, {@code image/png}, ...). */
    public String mediaType() {
        return mediaType;
    }

    /** The usual file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The type {@code content} starts like, or null when it is none of these. */
    static DocumentType sniff(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return PDF;
        }
        if (startsWith(content, PNG_MAGIC)) {
            return PNG;
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return JPEG;
        }
        return null;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
