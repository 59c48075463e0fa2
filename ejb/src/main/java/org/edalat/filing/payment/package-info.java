/**
 * Payment of filings and office services (S0-13.1: money is taken only through the Center's payment
 * methods, always with a receipt). {@link org.edalat.filing.payment.Payment} is the state machine of
 * one payment (created → redirected to the bank → called back → verified with the bank → settled,
 * with a numbered receipt; or declined, failed, expired); {@link
 * org.edalat.filing.payment.PaymentGateway} is the port of the bank's e-payment API, with {@link
 * org.edalat.filing.payment.LocalBankGateway} as its local adapter; {@link
 * org.edalat.filing.payment.PaymentService} runs the flow, idempotently.
 */
package org.edalat.filing.payment;
