package org.edalat.filing.fees;

import java.time.LocalDate;
import org.edalat.platform.BusinessException;

/** A tariff cannot be in force from a day before its ratification (S0-13); nothing changed. */
public class RetroactiveTariffException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public RetroactiveTariffException(LocalDate inForceFrom, LocalDate ratifiedOn) {
        super("تاریخ اجرای تعرفه (" + inForceFrom + ") نمی‌تواند پیش از روز تصویب آن (" + ratifiedOn + ") باشد.");
    }

    @Override
    public String code() {
        return "retroactive-tariff";
    }

    @Override
    public String field() {
        return "inForceFrom";
    }

    @Override
    public int httpStatus() {
        return 422;
    }
}
