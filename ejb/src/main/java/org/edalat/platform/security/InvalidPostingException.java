package org.edalat.platform.security;

import org.edalat.platform.BusinessException;

/** A posting names a user, unit or office that does not exist, or neither or both places (422). */
public class InvalidPostingException extends BusinessException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidPostingException(String field, String message) {
        super(message);
        this.field = field;
    }

    @Override
    public String code() {
        return "invalid-posting";
    }

    @Override
    public String field() {
        return field;
    }

    @Override
    public int httpStatus() {
        return 422;
    }
}
