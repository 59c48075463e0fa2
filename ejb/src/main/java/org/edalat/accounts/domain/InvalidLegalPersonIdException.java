package org.edalat.accounts.domain;

import org.edalat.platform.BusinessException;

/** The text is not a valid legal-person national id (شناسه ملی); the message says why. */
public class InvalidLegalPersonIdException extends BusinessException {
    private static final long serialVersionUID = 1L;

    /** Why the legal-person national id was refused. */
    public enum Reason {
        /** Not exactly eleven digits once separators are dropped. */
        MALFORMED("شناسه ملی شخص حقوقی باید دقیقاً ۱۱ رقم باشد."),
        /** One digit repeated eleven times. */
        REPEATED_DIGITS("شناسه ملی شخص حقوقی معتبر نیست: شناسه ملی از یک رقم تکراری ساخته نمی‌شود."),
        /** The last digit does not match the other ten. */
        CHECK_DIGIT(
                "شناسه ملی شخص حقوقی معتبر نیست: رقم کنترل آن با رقم‌های دیگر نمی‌خواند؛ لطفاً آن را دوباره بررسی کنید.");

        private final String message;

        Reason(String message) {
            this.message = message;
        }
    }

    private final Reason reason;

    public InvalidLegalPersonIdException(Reason reason) {
        super(reason.message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String code() {
        return "invalid-legal-person-id";
    }

    @Override
    public int httpStatus() {
        return 422;
    }
}
