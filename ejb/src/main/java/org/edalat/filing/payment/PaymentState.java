package org.edalat.filing.payment;

/** Where a payment stands (S0-13.1). Only {@link #SETTLED} means paid. */
public enum PaymentState {
    /** Ordered at the bank, payer not yet sent there. */
    CREATED,
    /** Payer sent to the bank's page or terminal. */
    REDIRECTED,
    /** The bank called back; not yet confirmed by the bank's verify (e.g. it timed out). */
    CALLED_BACK,
    /** The bank confirmed the payment; settlement pending. */
    VERIFIED,
    /** Settled with the bank: paid, with a receipt number. */
    SETTLED,
    /** The bank declined the payment. The payable stays unpaid. */
    DECLINED,
    /** The bank's answer did not match the payment (e.g. another amount). The payable stays unpaid. */
    FAILED,
    /** Abandoned before the bank called back. The payable stays unpaid. */
    EXPIRED;

    /** Whether no transition leaves this state. */
    public boolean isFinal() {
        return this == SETTLED || this == DECLINED || this == FAILED || this == EXPIRED;
    }

    /** Whether the bank may still confirm or decline it (re-verify). */
    public boolean isPendingVerification() {
        return this == CALLED_BACK || this == VERIFIED;
    }
}
