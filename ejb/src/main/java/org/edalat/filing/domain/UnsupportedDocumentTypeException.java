package org.edalat.filing.domain;

import org.edalat.platform.BusinessException;

/**
 * The content of a document is none of the accepted types (PDF, PNG, JPEG), whatever its file name
 * says (S0-3, S0-4).
 */
public class UnsupportedDocumentTypeException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public UnsupportedDocumentTypeException() {
        super("نوع این سند پذیرفته نیست: فقط پرونده‌های PDF و تصویرهای PNG و JPEG پذیرفته می‌شوند"
                + " (نوع از محتوای پرونده شناخته می‌شود، نه از نام آن).");
    }

    @Override
    public String code() {
        return "unsupported-document-type";
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
