package org.edalat.filing.payment;

import org.edalat.platform.BusinessException;

/** Only a settled payment has a receipt (S0-13.1). */
public class ReceiptNotIssuedException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public ReceiptNotIssuedException() {
        super("این پرداخت هنوز تسویه نشده و رسید ندارد.");
    }

    @Override
    public String code() {
        return "receipt-not-issued";
    }

    @Override
    public int httpStatus() {
        return 409;
    }
}
