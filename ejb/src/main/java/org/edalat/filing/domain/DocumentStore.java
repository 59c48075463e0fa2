package org.edalat.filing.domain;

import java.util.Optional;

/**
 * Where the documents of filings are kept (S0-3 portal uploads, S0-4 documents digitised at an
 * office): the database or a file store behind this one interface, so that the filing services do
 * not know which.
 *
 * <p>The store is content-addressed: a document's id is the SHA-256 digest of its bytes (64
 * lower-case hexadecimal digits, as {@link DocumentInspector#sha256(byte[])} computes it). Storing
 * the same bytes twice keeps them once and answers the same id; the authenticity inquiry (S0-3 note:
 * "is this the document filed under this tracking code?") needs only the digest of the document
 * presented; and a stored document cannot be changed without changing its id.
 *
 * <p>Only inspected documents go in (see {@link DocumentInspector}); the store itself does not check
 * types or sizes. Implementations take part in the caller's transaction where they can (the
 * database one does), so that a filing rolled back leaves no document behind that nothing refers to;
 * a file store that cannot must tolerate such orphans and clean them up later. Documents are never
 * deleted through this interface: what was filed stays as filed.
 */
public interface DocumentStore {

    /**
     * Keeps {@code content} unless bytes with the same digest are kept already. The inspection has
     * computed the digest already; the store takes it from {@code inspected} rather than hashing the
     * bytes a second time (a document is hashed once on its way in).
     *
     * @param inspected what {@link DocumentInspector#inspect(byte[])} found for {@code content}
     * @param content the document's bytes, exactly those inspected; not empty
     * @return its id: the SHA-256 digest of {@code content}, lower-case hexadecimal
     */
    String put(InspectedDocument inspected, byte[] content);

    /**
     * The document kept under {@code id}, byte for byte as it was put; empty when there is none.
     * Implementations verify the digest when reading from a store outside the database and treat a
     * mismatch as an error of the store, not as a missing document.
     *
     * @param id a digest {@link #put} returned (an id of another form finds nothing)
     */
    Optional<byte[]> get(String id);

    /**
     * Whether a document with the SHA-256 digest {@code digest} is kept; the authenticity inquiry
     * then checks that it belongs to the filing asked about.
     *
     * @param digest 64 hexadecimal digits, either case
     */
    boolean exists(String digest);
}
