package org.edalat.platform.security;

import org.edalat.platform.BusinessException;

/** Another account already has this username. */
public class UsernameTakenException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public UsernameTakenException(String username) {
        super("نام کاربری «" + username + "» پیش‌تر ثبت شده است.");
    }

    @Override
    public String code() {
        return "username-taken";
    }
}
