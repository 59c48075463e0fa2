package org.edalat.accounts.domain;

import org.edalat.platform.BusinessException;

/** No person is registered under this identity. */
public class UnknownPersonException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public UnknownPersonException(String identityKey) {
        super("شخصی با شناسه «" + identityKey + "» در ثنا ثبت نشده است.");
    }

    @Override
    public String code() {
        return "unknown-person";
    }

    @Override
    public int httpStatus() {
        return 404;
    }
}
