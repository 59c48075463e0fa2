package org.edalat.filing.domain;

import org.edalat.platform.BusinessException;

/** The filer's SANA account is not verified; a filing needs a verified account (S0-2, S4-10). */
public class UnverifiedFilerException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public UnverifiedFilerException() {
        super("حساب کاربری متقاضی هنوز احراز هویت نشده است؛ نخست هویت را در سامانهٔ ثنا تأیید کنید (مادهٔ ۲).");
    }

    @Override
    public String code() {
        return "filer-not-verified";
    }

    @Override
    public int httpStatus() {
        return 409;
    }
}
