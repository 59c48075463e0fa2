package org.edalat.accounts.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A batch of contact data an agency handed over (S4-17), kept with the outcome of each item so that
 * the same batch sent again (same agency, same batch id) gets the same answer and changes nothing.
 */
@Entity
@Table(name = "contact_feed_batch")
public class ContactFeedBatch {
    /** Most items one batch may carry. */
    public static final int MAX_ITEMS = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_feed_batch_seq")
    @SequenceGenerator(name = "contact_feed_batch_seq", sequenceName = "contact_feed_batch_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 100, updatable = false)
    private String agency;

    @Column(name = "batch_id", nullable = false, length = 100, updatable = false)
    private String batchId;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "applied_count", nullable = false)
    private int appliedCount;

    @Column(name = "rejected_count", nullable = false)
    private int rejectedCount;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "contact_feed_item", joinColumns = @JoinColumn(name = "batch_pk"))
    @OrderBy("index")
    private List<FeedItemOutcome> items = new ArrayList<>();

    /** For JPA only. */
    protected ContactFeedBatch() {}

    public ContactFeedBatch(String agency, String batchId, Instant receivedAt) {
        if (batchId == null || !batchId.matches("[A-Za-z0-9._:-]{1,100}")) {
            throw new InvalidFieldException(
                    "batchId",
                    "invalid-batch-id",
                    "شناسهٔ دسته باید ۱ تا ۱۰۰ نویسه از حروف لاتین، رقم و . _ : - باشد.");
        }
        this.agency = agency;
        this.batchId = batchId;
        this.receivedAt = receivedAt;
    }

    /** Records the outcome of the next item. */
    public void record(FeedItemOutcome outcome) {
        items.add(outcome);
        if (outcome.isApplied()) {
            appliedCount++;
        } else {
            rejectedCount++;
        }
    }

    public String agency() {
        return agency;
    }

    public String batchId() {
        return batchId;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public int appliedCount() {
        return appliedCount;
    }

    public int rejectedCount() {
        return rejectedCount;
    }

    public List<FeedItemOutcome> items() {
        return Collections.unmodifiableList(items);
    }
}
