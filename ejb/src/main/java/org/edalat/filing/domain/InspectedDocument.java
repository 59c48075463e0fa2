package org.edalat.filing.domain;

import java.util.Objects;

/**
 * What {@link DocumentInspector} found out about a document of a filing (S0-3, S0-4).
 *
 * @param type the type its content shows
 * @param mediaType the media type to serve it with
 * @param size its length in bytes, at least 1
 * @param sha256 the SHA-256 digest of its content, 64 lower-case hexadecimal digits
 * @param pages the number of pages of a PDF; 1 for an image
 */
public record InspectedDocument(DocumentType type, String mediaType, long size, String sha256, int pages) {

    public InspectedDocument {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(sha256, "sha256");
        if (size < 1 || pages < 1 || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("size " + size + ", pages " + pages + ", sha256 " + sha256);
        }
    }

    /**
     * The name to keep the document under: the last part of {@code claimedName} (a browser may send
     * a whole path), without its extension, control and bidi override characters or characters file
     * systems forbid (ZWNJ stays: Persian names need it), with the extension of the real type, so
     * that a PNG uploaded as {@code scan.pdf} is kept as {@code scan.png}; {@code document} when
     * nothing is left.
     */
    public String fileName(String claimedName) {
        String name = claimedName == null ? "" : claimedName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        if (dot >= 0) {
            name = name.substring(0, dot);
        }
        name = name.replaceAll("[\\p{Cntrl}\\u202A-\\u202E\\u2066-\\u2069:*?\"<>|]", "")
                .strip();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            name = "document";
        }
        return name + '.' + type.extension();
    }
}
