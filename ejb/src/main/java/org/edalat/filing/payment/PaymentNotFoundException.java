package org.edalat.filing.payment;

import org.edalat.platform.BusinessException;

/** No such payment, or it is not the caller's (then shown as missing, not as forbidden). */
public class PaymentNotFoundException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public PaymentNotFoundException() {
        super("پرداختی با این شناسه یافت نشد.");
    }

    @Override
    public String code() {
        return "payment-not-found";
    }

    @Override
    public int httpStatus() {
        return 404;
    }
}
