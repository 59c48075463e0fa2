package org.edalat.filing.fees;

import java.time.LocalDate;
import org.edalat.platform.BusinessException;

/**
 * A fee schedule version already in force (its effective date is today or past) is not changed or
 * withdrawn (S0-3): fees were computed under it; a new version with a later date replaces it.
 */
public class FeeScheduleVersionInForceException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public FeeScheduleVersionInForceException(String id, LocalDate effectiveFrom) {
        super("نسخهٔ «" + id + "» جدول هزینه‌ها از " + effectiveFrom
                + " اجرا شده و تغییر نمی‌کند؛ برای تغییر، نسخهٔ تازه‌ای با تاریخ اجرای آینده ثبت کنید.");
    }

    @Override
    public String code() {
        return "fee-schedule-version-in-force";
    }
}
