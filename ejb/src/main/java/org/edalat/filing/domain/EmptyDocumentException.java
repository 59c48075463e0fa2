package org.edalat.filing.domain;

import org.edalat.platform.BusinessException;

/** A document of a filing has no content at all (S0-3, S0-4). */
public class EmptyDocumentException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public EmptyDocumentException() {
        super("پرونده‌ی فرستاده‌شده خالی است؛ لطفاً سند را دوباره بارگذاری کنید.");
    }

    @Override
    public String code() {
        return "empty-document";
    }

    @Override
    public String field() {
        return "document";
    }

    @Override
    public int httpStatus() {
        return 422;
    }
}
