package org.edalat.platform.security;

import org.edalat.platform.BusinessException;

/** The password does not meet the policy (S4-28). */
public class WeakPasswordException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public WeakPasswordException() {
        super("گذرواژه باید دست‌کم ۸ نویسه و شامل حرف و رقم باشد.");
    }

    @Override
    public String code() {
        return "weak-password";
    }

    @Override
    public int httpStatus() {
        return 422;
    }
}
