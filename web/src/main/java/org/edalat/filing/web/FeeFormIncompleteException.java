package org.edalat.filing.web;

import org.edalat.platform.BusinessException;
import org.edalat.platform.text.PersianDigits;

/**
 * The new fee schedule version form (S0-3) lacks a value the version needs before it can even be
 * made: a bracket row with a ceiling but no rate, or no effective date. Nothing was entered; the
 * message goes next to the field.
 */
public class FeeFormIncompleteException extends BusinessException {
    private static final long serialVersionUID = 1L;

    private final String field;

    private FeeFormIncompleteException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** Row {@code number} (from 1) of the brackets has no rate. */
    static FeeFormIncompleteException rateMissing(int number) {
        return new FeeFormIncompleteException(
                "brackets", "درصد پلهٔ " + PersianDigits.toPersian(number) + " را وارد کنید.");
    }

    static FeeFormIncompleteException effectiveDateMissing() {
        return new FeeFormIncompleteException("effectiveFrom", "تاریخ اجرای نسخه را وارد کنید.");
    }

    static FeeFormIncompleteException roundingUnitMissing() {
        return new FeeFormIncompleteException("roundingUnit", "واحد گرد کردن را وارد کنید.");
    }

    @Override
    public String code() {
        return "fee-form-incomplete";
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
