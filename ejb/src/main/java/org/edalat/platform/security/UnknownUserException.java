package org.edalat.platform.security;

import org.edalat.platform.BusinessException;

/** No account has this username. */
public class UnknownUserException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public UnknownUserException(String username) {
        super("حساب کاربری «" + username + "» یافت نشد.");
    }

    @Override
    public String code() {
        return "unknown-user";
    }

    @Override
    public int httpStatus() {
        return 404;
    }
}
