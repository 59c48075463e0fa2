package org.edalat.filing.fees;

import org.edalat.platform.BusinessException;

/** No fee schedule version has the id given. */
public class UnknownFeeScheduleVersionException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public UnknownFeeScheduleVersionException(String id) {
        super("نسخه‌ای از جدول هزینه‌ها با شناسهٔ «" + id + "» نیست.");
    }

    @Override
    public String code() {
        return "unknown-fee-schedule-version";
    }

    @Override
    public int httpStatus() {
        return 404;
    }
}
