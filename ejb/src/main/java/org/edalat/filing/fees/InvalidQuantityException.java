package org.edalat.filing.fees;

import org.edalat.platform.BusinessException;

/** The number of units (pages, persons, filings) charged for is not at least one. */
public class InvalidQuantityException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public InvalidQuantityException(int quantity) {
        super("تعداد (صفحه، نفر یا مورد) باید دست‌کم یک باشد (" + quantity + ").");
    }

    @Override
    public String code() {
        return "invalid-quantity";
    }

    @Override
    public String field() {
        return "quantity";
    }

    @Override
    public int httpStatus() {
        return 422;
    }
}
