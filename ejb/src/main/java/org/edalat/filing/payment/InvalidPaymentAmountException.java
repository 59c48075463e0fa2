package org.edalat.filing.payment;

import org.edalat.platform.BusinessException;

/** A payment of nothing (zero Rials) is refused (S0-13.1); names the field {@code amount}. */
public class InvalidPaymentAmountException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public InvalidPaymentAmountException() {
        super("مبلغ پرداخت باید بیشتر از صفر باشد.");
    }

    @Override
    public String code() {
        return "invalid-payment-amount";
    }

    @Override
    public int httpStatus() {
        return 422;
    }

    @Override
    public String field() {
        return "amount";
    }
}
