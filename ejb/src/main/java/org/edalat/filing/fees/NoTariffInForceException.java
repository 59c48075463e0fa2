package org.edalat.filing.fees;

import java.time.LocalDate;
import org.edalat.platform.BusinessException;

/** No ratified office tariff is in force on the date (S0-13), so no office service can be charged. */
public class NoTariffInForceException extends BusinessException {
    private static final long serialVersionUID = 1L;

    private final LocalDate date;

    public NoTariffInForceException(LocalDate date) {
        super("برای این تاریخ تعرفهٔ مصوب خدمات دفاتر در سامانه نیست؛ دریافت وجه ممکن نیست.");
        this.date = date;
    }

    public LocalDate date() {
        return date;
    }

    @Override
    public String code() {
        return "no-tariff-in-force";
    }

    @Override
    public int httpStatus() {
        return 503;
    }
}
