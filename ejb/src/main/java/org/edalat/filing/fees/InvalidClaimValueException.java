package org.edalat.filing.fees;

import org.edalat.platform.BusinessException;

/**
 * A civil petition states no claim value (بهای خواسته) or one that is not a positive number of
 * Rials, so its fee cannot be computed (S0-3); {@link #field()} is {@value #FIELD}.
 */
public class InvalidClaimValueException extends BusinessException {
    private static final long serialVersionUID = 1L;

    /** The input field named in problem details and next to which screens show the message. */
    public static final String FIELD = "claimValue";

    private final String code;

    private InvalidClaimValueException(String code, String message) {
        super(message);
        this.code = code;
    }

    static InvalidClaimValueException missing() {
        return new InvalidClaimValueException(
                "claim-value-required",
                "«بهای خواسته» را به ریال وارد کنید؛ هزینهٔ دادخواست بر پایهٔ آن محاسبه می‌شود.");
    }

    static InvalidClaimValueException notPositive(long value) {
        return new InvalidClaimValueException(
                "claim-value-not-positive", "«بهای خواسته» باید مبلغی بیشتر از صفر ریال باشد (" + value + ").");
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String field() {
        return FIELD;
    }

    @Override
    public int httpStatus() {
        return 422;
    }
}
