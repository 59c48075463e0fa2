package org.edalat.accounts.domain;

import org.edalat.platform.BusinessException;

/** The registration is already final (S4-10). */
public class AlreadyVerifiedException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public AlreadyVerifiedException() {
        super("هویت این شخص پیش‌تر احراز شده و ثبت‌نام او قطعی است.");
    }

    @Override
    public String code() {
        return "already-verified";
    }

    @Override
    public int httpStatus() {
        return 409;
    }
}
