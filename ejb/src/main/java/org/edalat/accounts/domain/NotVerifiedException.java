package org.edalat.accounts.domain;

import org.edalat.platform.BusinessException;

/** The action needs a person whose registration is final (S4-10). */
public class NotVerifiedException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public NotVerifiedException(String identityKey) {
        super("هویت «" + identityKey + "» هنوز احراز نشده است؛ این کار تنها برای ثبت‌نام قطعی شده ممکن است.");
    }

    @Override
    public String code() {
        return "not-verified";
    }

    @Override
    public int httpStatus() {
        return 409;
    }
}
