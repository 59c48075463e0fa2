package org.edalat.platform;

import jakarta.ejb.ApplicationException;

/**
 * Base of every business error: one subclass per error, thrown by services, rolled back with the
 * transaction, shown in Persian on screens and as RFC 9457 problem details in APIs.
 *
 * <p>The {@link #code()} is stable (used as the problem {@code type} suffix and as the resource
 * bundle key {@code error.<code>}); the message is the Persian text for people.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected BusinessException(String message) {
        super(message);
    }

    /** Stable machine-readable code, e.g. {@code username-taken}. */
    public abstract String code();

    /**
     * The input field the error is about ({@code nationalCode}, {@code mobile}, ...), named in the
     * API's problem details and next to the field on screens; null when it is not about one field.
     */
    public String field() {
        return null;
    }

    /** HTTP status an API reports for this error (409 conflict unless a subclass says otherwise). */
    public int httpStatus() {
        return 409;
    }
}
