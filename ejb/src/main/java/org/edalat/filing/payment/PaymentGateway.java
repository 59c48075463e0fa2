package org.edalat.filing.payment;

import org.edalat.filing.fees.Rials;

/**
 * PORT of the bank's e-payment API (the Center's payment method, S0-13.1), in the usual shape of an
 * Iranian payment gateway: order a payment for an amount (the bank answers with a token and where
 * to send the payer: its page or a terminal reference); the bank calls back with the token and its
 * reference; the merchant verifies the callback with the bank (a callback alone proves nothing); and
 * settles. Verification may time out: the answer {@link BankVerdict.Outcome#TIMED_OUT} means "ask
 * again later", never "paid". The bank may call back more than once for one payment.
 */
public interface PaymentGateway {

    /** Orders a payment of {@code amount} under our order id; the bank's token and the payer's URL. */
    BankOrder order(String merchantOrder, Rials amount, String callbackUrl);

    /** Asks the bank whether the payment of {@code token} with this reference was made, and for how much. */
    BankVerdict verify(String token, String reference);

    /** Settles a verified payment (the bank moves the money); repeating it changes nothing. */
    void settle(String token);

    /** The bank's answer to an order. */
    record BankOrder(String token, String redirectUrl) {}

    /** The bank's answer to a verification. */
    record BankVerdict(Outcome outcome, String reference, Rials amount, String reason) {
        public enum Outcome {
            /** Paid: reference and amount as the bank holds them. */
            PAID,
            /** The payer's bank declined (reason says why). */
            DECLINED,
            /** The bank has no payment for this token (never paid, or abandoned). */
            NOT_PAID,
            /** The reference does not belong to this token: a forged or mixed-up callback. */
            REFERENCE_MISMATCH,
            /** The bank did not answer in time; nothing is known. */
            TIMED_OUT
        }

        static BankVerdict of(Outcome outcome) {
            return new BankVerdict(outcome, null, null, null);
        }
    }
}
