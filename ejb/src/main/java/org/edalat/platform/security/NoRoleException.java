package org.edalat.platform.security;

import org.edalat.platform.BusinessException;

/** An account must hold at least one role. */
public class NoRoleException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public NoRoleException() {
        super("دست‌کم یک نقش برای حساب کاربری لازم است.");
    }

    @Override
    public String code() {
        return "no-role";
    }

    @Override
    public int httpStatus() {
        return 422;
    }
}
