package org.edalat.platform.security;

import org.edalat.platform.BusinessException;

/** An administrator asked to release an account that is not locked (S4-27). */
public class AccountNotLockedException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public AccountNotLockedException(String username) {
        super("حساب کاربری «" + username + "» قفل نیست.");
    }

    @Override
    public String code() {
        return "account-not-locked";
    }
}
