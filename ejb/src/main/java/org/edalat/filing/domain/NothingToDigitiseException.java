package org.edalat.filing.domain;

import org.edalat.platform.BusinessException;

/** The office's digitisation step needs at least one document (S0-4). */
public class NothingToDigitiseException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public NothingToDigitiseException() {
        super("هنوز هیچ سندی رقمی نشده است؛ دست‌کم یک سند را بارگذاری کنید (مادهٔ ۴).");
    }

    @Override
    public String code() {
        return "nothing-digitised";
    }

    @Override
    public int httpStatus() {
        return 409;
    }
}
