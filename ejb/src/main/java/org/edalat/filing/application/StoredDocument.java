package org.edalat.filing.application;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The bytes of a document in the database store, under their SHA-256 digest (never changed). */
@Entity
@Table(name = "stored_document")
class StoredDocument {
    @Id
    @Column(name = "digest", length = 64)
    private String digest;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, updatable = false, length = 1_000_000_000)
    private byte[] content;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(name = "stored_at", nullable = false, updatable = false)
    private Instant storedAt;

    /** For JPA only. */
    protected StoredDocument() {}

    StoredDocument(String digest, byte[] content, Instant at) {
        this.digest = digest;
        this.content = content.clone();
        this.size = content.length;
        this.storedAt = at;
    }

    byte[] content() {
        return content.clone();
    }
}
