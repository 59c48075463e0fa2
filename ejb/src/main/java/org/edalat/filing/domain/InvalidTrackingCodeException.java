package org.edalat.filing.domain;

import org.edalat.platform.BusinessException;

/** The text is not a valid tracking code (کد رهگیری, S0-3, S0-5); the message says why. */
public class InvalidTrackingCodeException extends BusinessException {
    private static final long serialVersionUID = 1L;

    /** Why the tracking code was refused. */
    public enum Reason {
        /** Not sixteen digits once separators are dropped, or starting with zero. */
        MALFORMED("کد رهگیری باید ۱۶ رقم باشد و رقم نخست آن صفر نیست."),
        /** The last digit does not match the other fifteen: a typo. */
        CHECK_DIGIT("کد رهگیری معتبر نیست: رقم کنترل آن با رقم‌های دیگر نمی‌خواند؛ لطفاً آن را دوباره بررسی کنید.");

        private final String message;

        Reason(String message) {
            this.message = message;
        }
    }

    private final Reason reason;

    public InvalidTrackingCodeException(Reason reason) {
        super(reason.message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String code() {
        return "invalid-tracking-code";
    }

    @Override
    public String field() {
        return "trackingCode";
    }

    @Override
    public int httpStatus() {
        return 422;
    }
}
