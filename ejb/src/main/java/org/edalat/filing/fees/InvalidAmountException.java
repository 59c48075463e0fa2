package org.edalat.filing.fees;

import org.edalat.platform.BusinessException;

/** An amount of Rials is negative or too large to be kept; nothing was computed with it. */
public class InvalidAmountException extends BusinessException {
    private static final long serialVersionUID = 1L;

    private final String code;

    private InvalidAmountException(String code, String message) {
        super(message);
        this.code = code;
    }

    static InvalidAmountException negative(long value) {
        return new InvalidAmountException("amount-negative", "مبلغ نمی‌تواند منفی باشد (" + value + " ریال).");
    }

    static InvalidAmountException tooLarge() {
        return new InvalidAmountException("amount-too-large", "مبلغ بزرگ‌تر از حدی است که سامانه نگه می‌دارد.");
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public int httpStatus() {
        return 422;
    }
}
