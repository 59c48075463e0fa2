package org.edalat.accounts.domain;

import org.edalat.platform.BusinessException;

/** Only the account of a registered prison may register detainees for it (S4-19.1). */
public class NotAPrisonAccountException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public NotAPrisonAccountException() {
        super("این حساب به نام زندان یا بازداشتگاهی در ثنا ثبت نشده است.");
    }

    @Override
    public String code() {
        return "not-a-prison-account";
    }

    @Override
    public int httpStatus() {
        return 403;
    }
}
