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
import java.util.Objects;
import org.edalat.filing.fees.Rials;

/**
 * One payment through the Center's payment methods (S0-13.1): CREATED → REDIRECTED → CALLED_BACK →
 * VERIFIED → SETTLED, or DECLINED / FAILED / EXPIRED. It pays for a payable named generically (type
 * and id). Each transition is a method that refuses a step the state does not allow ({@link
 * PaymentStepOutOfOrderException}); only {@link #settle} makes it paid, and only with a receipt
 * number. At most one settled payment per payable: {@code settled_payable} is set on settling and
 * unique in the database.
 */
@Entity
@Table(name = "payment")
public class Payment {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_seq")
    @SequenceGenerator(name = "payment_seq", sequenceName = "payment_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "payable_type", nullable = false, updatable = false)
    private PayableType payableType;

    @Column(name = "payable_id", nullable = false, updatable = false)
    private String payableId;

    @Column(name = "amount", nullable = false, updatable = false)
    private long amount;

    @Column(name = "payer", nullable = false, updatable = false)
    private String payer;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private PaymentState state;

    @Column(name = "gateway_token")
    private String gatewayToken;

    @Column(name = "redirect_url")
    private String redirectUrl;

    @Column(name = "bank_reference")
    private String bankReference;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "redirected_at")
    private Instant redirectedAt;

    @Column(name = "called_back_at")
    private Instant calledBackAt;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "settled_at")
    private Instant settledAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "failure_reason")
    private String failureReason;

    @Column(name = "verify_attempts", nullable = false)
    private int verifyAttempts;

    @Column(name = "settled_payable")
    private String settledPayable;

    @Column(name = "receipt_year")
    private Integer receiptYear;

    @Column(name = "receipt_seq")
    private Integer receiptSeq;

    @Column(name = "receipt_number")
    private String receiptNumber;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Payment() {}

    private Payment(PayableType payableType, String payableId, Rials amount, String payer, Instant now) {
        this.payableType = Objects.requireNonNull(payableType, "payableType");
        this.payableId = requireText(payableId, "payableId", 64);
        if (amount == null || amount.isZero()) {
            throw new InvalidPaymentAmountException();
        }
        this.amount = amount.value();
        this.payer = requireText(payer, "payer", 100);
        this.createdAt = Objects.requireNonNull(now, "now");
        this.state = PaymentState.CREATED;
    }

    /** A new payment of {@code amount} (above zero) for the payable, by {@code payer}. */
    public static Payment create(PayableType payableType, String payableId, Rials amount, String payer, Instant now) {
        return new Payment(payableType, payableId, amount, payer, now);
    }

    /** The bank took the order: its token and where the payer is sent. CREATED only. */
    public void orderedAtBank(String token, String redirectUrl) {
        require(PaymentState.CREATED, "order");
        if (gatewayToken != null) {
            throw new PaymentStepOutOfOrderException(state, "order");
        }
        this.gatewayToken = requireText(token, "token", 64);
        this.redirectUrl = requireText(redirectUrl, "redirectUrl", 500);
    }

    /** The payer was sent to the bank (CREATED with a bank order → REDIRECTED). */
    public void redirect(Instant now) {
        require(PaymentState.CREATED, "redirect");
        if (gatewayToken == null) {
            throw new PaymentStepOutOfOrderException(state, "redirect");
        }
        this.state = PaymentState.REDIRECTED;
        this.redirectedAt = now;
    }

    /**
     * The bank called back with its reference (REDIRECTED → CALLED_BACK; also from CREATED, when the
     * payer paid at a terminal without a redirect recorded here).
     */
    public void calledBack(String reference, Instant now) {
        if (state != PaymentState.CREATED && state != PaymentState.REDIRECTED) {
            throw new PaymentStepOutOfOrderException(state, "callback");
        }
        if (gatewayToken == null) {
            throw new PaymentStepOutOfOrderException(state, "callback");
        }
        this.bankReference = reference == null || reference.isBlank() ? null : requireText(reference, "reference", 64);
        this.state = PaymentState.CALLED_BACK;
        this.calledBackAt = now;
    }

    /** One more attempt to verify with the bank (counted whether it answered or not). */
    public void verificationAttempted() {
        if (state != PaymentState.CALLED_BACK) {
            throw new PaymentStepOutOfOrderException(state, "verify");
        }
        verifyAttempts++;
    }

    /** The bank confirmed this payment with this amount (CALLED_BACK → VERIFIED). */
    public void verified(String reference, Instant now) {
        require(PaymentState.CALLED_BACK, "verify");
        if (reference != null && !reference.isBlank()) {
            if (bankReference != null && !bankReference.equals(reference)) {
                throw new PaymentStepOutOfOrderException(state, "verify");
            }
            this.bankReference = requireText(reference, "reference", 64);
        }
        if (bankReference == null) {
            throw new PaymentStepOutOfOrderException(state, "verify");
        }
        this.state = PaymentState.VERIFIED;
        this.verifiedAt = now;
    }

    /** Settled with the bank: paid, with its receipt number (VERIFIED → SETTLED). */
    public void settle(ReceiptNumber receipt, Instant now) {
        require(PaymentState.VERIFIED, "settle");
        Objects.requireNonNull(receipt, "receipt");
        this.state = PaymentState.SETTLED;
        this.settledAt = now;
        this.closedAt = now;
        this.receiptYear = receipt.year();
        this.receiptSeq = receipt.sequence();
        this.receiptNumber = receipt.toString();
        this.settledPayable = payableType.name() + ":" + payableId;
    }

    /** The bank declined (before verification) → DECLINED; the payable stays unpaid. */
    public void decline(String reason, Instant now) {
        if (state != PaymentState.CREATED && state != PaymentState.REDIRECTED && state != PaymentState.CALLED_BACK) {
            throw new PaymentStepOutOfOrderException(state, "decline");
        }
        close(PaymentState.DECLINED, reason, now);
    }

    /** The bank's answer contradicts this payment (e.g. another amount) → FAILED; unpaid. */
    public void fail(String reason, Instant now) {
        if (state != PaymentState.CALLED_BACK && state != PaymentState.VERIFIED) {
            throw new PaymentStepOutOfOrderException(state, "fail");
        }
        close(PaymentState.FAILED, reason, now);
    }

    /** Abandoned before the bank called back → EXPIRED; unpaid. */
    public void expire(Instant now) {
        if (state != PaymentState.CREATED && state != PaymentState.REDIRECTED) {
            throw new PaymentStepOutOfOrderException(state, "expire");
        }
        close(PaymentState.EXPIRED, "abandoned", now);
    }

    private void close(PaymentState end, String reason, Instant now) {
        this.state = end;
        this.failureReason = reason == null ? null : reason.substring(0, Math.min(200, reason.length()));
        this.closedAt = now;
    }

    private void require(PaymentState expected, String step) {
        if (state != expected) {
            throw new PaymentStepOutOfOrderException(state, step);
        }
    }

    private static String requireText(String value, String name, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException(name + " must be 1.." + max + " characters");
        }
        return value;
    }

    public boolean isPaid() {
        return state == PaymentState.SETTLED;
    }

    public Long id() {
        return id;
    }

    public PayableType payableType() {
        return payableType;
    }

    public String payableId() {
        return payableId;
    }

    public Rials amount() {
        return Rials.of(amount);
    }

    public String payer() {
        return payer;
    }

    public PaymentState state() {
        return state;
    }

    public String gatewayToken() {
        return gatewayToken;
    }

    public String redirectUrl() {
        return redirectUrl;
    }

    public String bankReference() {
        return bankReference;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant calledBackAt() {
        return calledBackAt;
    }

    public Instant verifiedAt() {
        return verifiedAt;
    }

    public Instant settledAt() {
        return settledAt;
    }

    public String failureReason() {
        return failureReason;
    }

    public int verifyAttempts() {
        return verifyAttempts;
    }

    /** The receipt number, once settled; null before. */
    public String receiptNumber() {
        return receiptNumber;
    }
}
