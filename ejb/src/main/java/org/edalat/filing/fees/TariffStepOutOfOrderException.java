package org.edalat.filing.fees;

import org.edalat.platform.BusinessException;

/**
 * A step of the tariff approval chain (S0-13) was asked for out of order: skipped (ratifying what the
 * Center's head has not approved) or repeated (approving twice). Nothing changed.
 */
public class TariffStepOutOfOrderException extends BusinessException {
    private static final long serialVersionUID = 1L;

    private final TariffState current;
    private final TariffState attempted;

    public TariffStepOutOfOrderException(String versionId, TariffState current, TariffState attempted) {
        super("نسخهٔ تعرفهٔ «" + versionId + "» در مرحلهٔ «" + current.label() + "» است و اکنون به مرحلهٔ «"
                + attempted.label() + "» نمی‌رود؛ مراحل پیشنهاد کانون، تأیید رئیس مرکز و تصویب رئیس قوه قضائیه"
                + " به ترتیب و هر یک یک بار انجام می‌شود.");
        this.current = current;
        this.attempted = attempted;
    }

    public TariffState current() {
        return current;
    }

    public TariffState attempted() {
        return attempted;
    }

    @Override
    public String code() {
        return "tariff-step-out-of-order";
    }
}
