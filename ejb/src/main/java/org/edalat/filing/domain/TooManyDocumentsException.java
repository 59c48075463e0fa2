package org.edalat.filing.domain;

import org.edalat.platform.BusinessException;

/** A filing has at most twenty documents. */
public class TooManyDocumentsException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public TooManyDocumentsException() {
        super("یک درخواست حداکثر ۲۰ سند می‌تواند داشته باشد.");
    }

    @Override
    public String code() {
        return "too-many-documents";
    }

    @Override
    public int httpStatus() {
        return 422;
    }
}
