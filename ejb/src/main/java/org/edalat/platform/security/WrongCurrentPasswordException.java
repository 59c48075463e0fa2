package org.edalat.platform.security;

import org.edalat.platform.BusinessException;

/** The current password given to change the own password is not the account's (S4-27). */
public class WrongCurrentPasswordException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public WrongCurrentPasswordException() {
        super("گذرواژه کنونی درست نیست.");
    }

    @Override
    public String code() {
        return "wrong-current-password";
    }

    @Override
    public int httpStatus() {
        return 422;
    }
}
