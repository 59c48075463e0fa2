package org.edalat.filing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A document of a filing (S0-3 uploaded, S0-4 digitised at an office): what the inspection found
 * (type by content, size, SHA-256, pages) and the name it is kept under; its bytes are in the {@link
 * DocumentStore} under the digest. At an office the clerk confirms it against the presented paper
 * (S0-4), which records who and when.
 */
@Entity
@Table(name = "filing_document")
public class FilingDocument {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "filing_document_seq")
    @SequenceGenerator(name = "filing_document_seq", sequenceName = "filing_document_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "filing_id", nullable = false, updatable = false)
    private Filing filing;

    @Column(name = "seq", nullable = false, updatable = false)
    private int seq;

    @Column(name = "digest", length = 64, nullable = false, updatable = false)
    private String digest;

    @Column(name = "file_name", length = 200, nullable = false, updatable = false)
    private String fileName;

    @Column(name = "media_type", length = 50, nullable = false, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(name = "pages", nullable = false, updatable = false)
    private int pages;

    @Column(name = "matched_by", length = 100)
    private String matchedBy;

    @Column(name = "matched_at")
    private Instant matchedAt;

    /** For JPA only. */
    protected FilingDocument() {}

    FilingDocument(Filing filing, int seq, InspectedDocument inspected, String claimedName) {
        this.filing = filing;
        this.seq = seq;
        this.digest = inspected.sha256();
        String name = inspected.fileName(claimedName);
        this.fileName = name.length() > 200 ? name.substring(name.length() - 200) : name;
        this.mediaType = inspected.mediaType();
        this.size = inspected.size();
        this.pages = inspected.pages();
    }

    void matched(String by, Instant at) {
        this.matchedBy = by;
        this.matchedAt = at;
    }

    public Long id() {
        return id;
    }

    /** Its number within the filing, from 1. */
    public int seq() {
        return seq;
    }

    /** The SHA-256 digest of its content: its id in the document store. */
    public String digest() {
        return digest;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public long size() {
        return size;
    }

    public int pages() {
        return pages;
    }

    public boolean isMatched() {
        return matchedAt != null;
    }

    public String matchedBy() {
        return matchedBy;
    }

    public Instant matchedAt() {
        return matchedAt;
    }
}
