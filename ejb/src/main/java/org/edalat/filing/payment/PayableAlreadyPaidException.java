package org.edalat.filing.payment;

import org.edalat.platform.BusinessException;

/** The payable already has a settled payment; it is never paid twice (S0-13.1). */
public class PayableAlreadyPaidException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public PayableAlreadyPaidException() {
        super("این مورد پیش‌تر پرداخت شده است.");
    }

    @Override
    public String code() {
        return "payable-already-paid";
    }

    @Override
    public int httpStatus() {
        return 409;
    }
}
