package org.edalat.accounts.domain;

import org.edalat.platform.BusinessException;

/** A judicial unit registers a party itself only in urgent cases or where the district has no office (S4-11, S4-11.1). */
public class UnitRegistrationNotAllowedException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public UnitRegistrationNotAllowedException(String city) {
        super(
                "واحد قضایی تنها در موارد فوری یا در حوزه‌ای که دفتر خدمات الکترونیک قضایی ندارد شخص را خود ثبت‌نام می‌کند؛ در حوزهٔ «"
                        + city + "» دفتر فعال هست، شخص را به دفتر بفرستید.");
    }

    @Override
    public String code() {
        return "unit-registration-not-allowed";
    }

    @Override
    public int httpStatus() {
        return 409;
    }
}
