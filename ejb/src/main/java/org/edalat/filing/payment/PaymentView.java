package org.edalat.filing.payment;

import java.time.Instant;

/** What a payer or staff sees of a payment (S0-13.1); amount in Rials. */
public record PaymentView(
        long id,
        PayableType payableType,
        String payableId,
        long amount,
        PaymentState state,
        String payer,
        String redirectUrl,
        String bankReference,
        String receiptNumber,
        Instant createdAt,
        Instant settledAt,
        String failureReason) {

    static PaymentView of(Payment p) {
        return new PaymentView(
                p.id(),
                p.payableType(),
                p.payableId(),
                p.amount().value(),
                p.state(),
                p.payer(),
                p.redirectUrl(),
                p.bankReference(),
                p.receiptNumber(),
                p.createdAt(),
                p.settledAt(),
                p.failureReason());
    }

    public boolean paid() {
        return state == PaymentState.SETTLED;
    }
}
