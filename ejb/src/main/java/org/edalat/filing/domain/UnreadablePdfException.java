package org.edalat.filing.domain;

import org.edalat.platform.BusinessException;

/** A document starts like a PDF but cannot be used as one (S0-3, S0-4); the message says why. */
public class UnreadablePdfException extends BusinessException {
    private static final long serialVersionUID = 1L;

    /** Why the PDF was refused. */
    public enum Reason {
        /** Damaged or cut short (an interrupted upload or scan): it does not parse or lacks its end. */
        DAMAGED("این پرونده‌ی PDF آسیب‌دیده یا ناقص است و خوانده نمی‌شود؛ لطفاً آن را دوباره بسازید و بارگذاری کنید."),
        /** Protected by a password or encrypted: the judiciary keeps documents readable by all parties. */
        ENCRYPTED("این پرونده‌ی PDF رمزگذاری یا با گذرواژه محافظت شده است؛ لطفاً نسخه‌ی بدون رمز آن را بارگذاری کنید."),
        /** Parses but has no page. */
        NO_PAGES("این پرونده‌ی PDF هیچ صفحه‌ای ندارد.");

        private final String message;

        Reason(String message) {
            this.message = message;
        }
    }

    private final Reason reason;

    public UnreadablePdfException(Reason reason) {
        super(reason.message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String code() {
        return "unreadable-pdf";
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
