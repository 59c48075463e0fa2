package org.edalat.filing.fees;

import java.time.LocalDate;
import org.edalat.platform.BusinessException;

/** No fee schedule version is in force on the date, so the fee cannot be computed (S0-3). */
public class NoFeeScheduleInForceException extends BusinessException {
    private static final long serialVersionUID = 1L;

    private final LocalDate date;

    public NoFeeScheduleInForceException(LocalDate date) {
        super(
                "برای این تاریخ جدول هزینهٔ خدمات قضایی در سامانه نیست؛ هزینه محاسبه نشد. موضوع را به مدیر سامانه اطلاع دهید.");
        this.date = date;
    }

    public LocalDate date() {
        return date;
    }

    @Override
    public String code() {
        return "no-fee-schedule-in-force";
    }

    @Override
    public int httpStatus() {
        return 503;
    }
}
