package org.edalat.platform.security;

import org.edalat.platform.BusinessException;

/** The own account was asked for without a signed-in caller (S4-27). */
public class NotSignedInException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public NotSignedInException() {
        super("برای این کار باید وارد سامانه شده باشید.");
    }

    @Override
    public String code() {
        return "not-signed-in";
    }

    @Override
    public int httpStatus() {
        return 401;
    }
}
