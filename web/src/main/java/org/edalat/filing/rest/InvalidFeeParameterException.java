package org.edalat.filing.rest;

import org.edalat.platform.BusinessException;

/** A query parameter or body field of the fees and tariffs API is missing or not of its form (422). */
public class InvalidFeeParameterException extends BusinessException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidFeeParameterException(String field, String message) {
        super(message);
        this.field = field;
    }

    @Override
    public String code() {
        return "invalid-parameter";
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
