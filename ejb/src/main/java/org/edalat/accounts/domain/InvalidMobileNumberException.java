package org.edalat.accounts.domain;

import org.edalat.platform.BusinessException;

/** The text is not an Iranian mobile number. */
public class InvalidMobileNumberException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public InvalidMobileNumberException() {
        super(
                "شماره همراه باید یک شمارهٔ همراه ایرانی باشد: ۱۱ رقم که با ۰۹ آغاز می‌شود (پیش‌شمارهٔ ۹۸ نیز پذیرفته است).");
    }

    @Override
    public String code() {
        return "invalid-mobile-number";
    }

    @Override
    public int httpStatus() {
        return 422;
    }
}
