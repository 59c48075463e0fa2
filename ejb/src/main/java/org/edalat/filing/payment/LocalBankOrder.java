package org.edalat.filing.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An order as the LOCAL stand-in bank ({@link LocalBankGateway}) keeps it, in its own table. */
@Entity
@Table(name = "local_bank_order")
public class LocalBankOrder {
    /** The bank's view of an order. */
    public enum Status {
        OPEN,
        PAID,
        DECLINED,
        SETTLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "local_bank_order_seq")
    @SequenceGenerator(name = "local_bank_order_seq", sequenceName = "local_bank_order_seq", allocationSize = 50)
    private Long id;

    @Column(name = "token", nullable = false, updatable = false)
    private String token;

    @Column(name = "merchant_order", nullable = false, updatable = false)
    private String merchantOrder;

    @Column(name = "amount", nullable = false, updatable = false)
    private long amount;

    @Column(name = "callback_url", nullable = false, updatable = false)
    private String callbackUrl;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    @Column(name = "card_mask")
    private String cardMask;

    @Column(name = "reference")
    private String reference;

    @Column(name = "decline_reason")
    private String declineReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "verify_count", nullable = false)
    private int verifyCount;

    @Column(name = "settled_at")
    private Instant settledAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected LocalBankOrder() {}

    LocalBankOrder(String token, String merchantOrder, long amount, String callbackUrl, Instant now) {
        this.token = token;
        this.merchantOrder = merchantOrder;
        this.amount = amount;
        this.callbackUrl = callbackUrl;
        this.status = Status.OPEN;
        this.createdAt = now;
    }

    void paid(String cardMask, String reference, Instant now) {
        this.status = Status.PAID;
        this.cardMask = cardMask;
        this.reference = reference;
        this.paidAt = now;
    }

    void declined(String cardMask, String reason, Instant now) {
        this.status = Status.DECLINED;
        this.cardMask = cardMask;
        this.declineReason = reason;
        this.paidAt = now;
    }

    void verifiedOnce() {
        verifyCount++;
    }

    void settled(Instant now) {
        this.status = Status.SETTLED;
        this.settledAt = now;
    }

    public String token() {
        return token;
    }

    public long amount() {
        return amount;
    }

    public String callbackUrl() {
        return callbackUrl;
    }

    public Status status() {
        return status;
    }

    public String reference() {
        return reference;
    }

    public String declineReason() {
        return declineReason;
    }

    public int verifyCount() {
        return verifyCount;
    }
}
