package org.edalat.filing.domain;

import org.edalat.platform.BusinessException;

/** A document may be added only in the step the path allows (portal: while drafted; office: while digitising). */
public class DocumentsLockedException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public DocumentsLockedException() {
        super(
                "در این گام نمی‌توان سندی افزود: در درگاه پیش از محاسبهٔ هزینه و در دفتر در گام رقمی‌سازی، سند افزوده می‌شود.");
    }

    @Override
    public String code() {
        return "documents-locked";
    }

    @Override
    public int httpStatus() {
        return 409;
    }
}
