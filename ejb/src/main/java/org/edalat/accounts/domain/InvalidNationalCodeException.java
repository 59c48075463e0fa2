package org.edalat.accounts.domain;

import org.edalat.platform.BusinessException;

/** The text is not a valid national code (کد ملی); the message says why. */
public class InvalidNationalCodeException extends BusinessException {
    private static final long serialVersionUID = 1L;

    /** Why the national code was refused. */
    public enum Reason {
        /** Not exactly ten digits once separators are dropped. */
        MALFORMED("کد ملی باید دقیقاً ۱۰ رقم باشد."),
        /** One digit repeated ten times: passes the check digit but is never issued. */
        REPEATED_DIGITS("کد ملی معتبر نیست: کد ملی از یک رقم تکراری ساخته نمی‌شود."),
        /** The last digit does not match the other nine. */
        CHECK_DIGIT("کد ملی معتبر نیست: رقم کنترل آن با رقم‌های دیگر نمی‌خواند؛ لطفاً آن را دوباره بررسی کنید.");

        private final String message;

        Reason(String message) {
            this.message = message;
        }
    }

    private final Reason reason;

    public InvalidNationalCodeException(Reason reason) {
        super(reason.message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String code() {
        return "invalid-national-code";
    }

    @Override
    public int httpStatus() {
        return 422;
    }
}
