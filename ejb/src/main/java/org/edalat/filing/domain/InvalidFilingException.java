package org.edalat.filing.domain;

import org.edalat.platform.BusinessException;

/**
 * A field of a filing is missing or malformed (422); the Persian message says why and {@link
 * #field()} names the field for problem details and screens.
 */
public class InvalidFilingException extends BusinessException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String code;

    public InvalidFilingException(String field, String code, String message) {
        super(message);
        this.field = field;
        this.code = code;
    }

    @Override
    public String field() {
        return field;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public int httpStatus() {
        return 422;
    }
}
