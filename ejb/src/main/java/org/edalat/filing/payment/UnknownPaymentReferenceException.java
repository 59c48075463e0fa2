package org.edalat.filing.payment;

import org.edalat.platform.BusinessException;

/** A bank callback with a token no payment has (S0-13.1): refused, nothing changes. */
public class UnknownPaymentReferenceException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public UnknownPaymentReferenceException() {
        super("بانک چنین مرجع پرداختی را نمی‌شناسد؛ هیچ تغییری داده نشد.");
    }

    @Override
    public String code() {
        return "payment-reference-unknown";
    }

    @Override
    public int httpStatus() {
        return 404;
    }

    @Override
    public String field() {
        return "token";
    }
}
