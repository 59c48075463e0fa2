package org.edalat.accounts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** The outcome of one item of an agency contact-feed batch (S4-17): applied, or why not. */
@Embeddable
public class FeedItemOutcome implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Applied as a new contact-data version. */
    public static final String APPLIED = "APPLIED";

    /** Refused; {@link #errorCode()} and {@link #message()} say why. */
    public static final String REJECTED = "REJECTED";

    @Column(name = "item_index", nullable = false)
    private int index;

    @Column(name = "identity_key", length = 40)
    private String identityKey;

    @Column(name = "outcome", nullable = false, length = 20)
    private String outcome;

    @Column(name = "error_code", length = 60)
    private String errorCode;

    @Column(name = "message", length = 500)
    private String message;

    /** For JPA only. */
    protected FeedItemOutcome() {}

    private FeedItemOutcome(int index, String identityKey, String outcome, String errorCode, String message) {
        this.index = index;
        this.identityKey =
                identityKey == null || identityKey.length() <= 40 ? identityKey : identityKey.substring(0, 40);
        this.outcome = outcome;
        this.errorCode = errorCode;
        this.message = message == null || message.length() <= 500 ? message : message.substring(0, 500);
    }

    public static FeedItemOutcome applied(int index, String identityKey) {
        return new FeedItemOutcome(index, identityKey, APPLIED, null, null);
    }

    public static FeedItemOutcome rejected(int index, String identityKey, String errorCode, String message) {
        return new FeedItemOutcome(index, identityKey, REJECTED, errorCode, message);
    }

    public int index() {
        return index;
    }

    public String identityKey() {
        return identityKey;
    }

    public String outcome() {
        return outcome;
    }

    public boolean isApplied() {
        return APPLIED.equals(outcome);
    }

    public String errorCode() {
        return errorCode;
    }

    public String message() {
        return message;
    }
}
