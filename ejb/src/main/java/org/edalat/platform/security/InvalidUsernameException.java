package org.edalat.platform.security;

import org.edalat.platform.BusinessException;

/** The username is not 3-100 lower-case letters, digits, dots, dashes or underscores. */
public class InvalidUsernameException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public InvalidUsernameException() {
        super("نام کاربری باید ۳ تا ۱۰۰ نویسه از حروف کوچک لاتین، رقم، نقطه، خط تیره یا زیرخط باشد.");
    }

    @Override
    public String code() {
        return "invalid-username";
    }

    @Override
    public int httpStatus() {
        return 422;
    }
}
