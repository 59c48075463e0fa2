package org.edalat.platform.security;

import org.edalat.platform.BusinessException;

/** The new password is the current one: a changed password must differ (S4-27). */
public class PasswordUnchangedException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public PasswordUnchangedException() {
        super("گذرواژه تازه باید با گذرواژه کنونی فرق داشته باشد.");
    }

    @Override
    public String code() {
        return "password-unchanged";
    }

    @Override
    public int httpStatus() {
        return 422;
    }
}
