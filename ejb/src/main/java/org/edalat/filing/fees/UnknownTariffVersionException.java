package org.edalat.filing.fees;

import org.edalat.platform.BusinessException;

/** No office tariff version has the id given (S0-13). */
public class UnknownTariffVersionException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public UnknownTariffVersionException(String id) {
        super("نسخه‌ای از تعرفهٔ خدمات دفاتر با شناسهٔ «" + id + "» نیست.");
    }

    @Override
    public String code() {
        return "unknown-tariff-version";
    }

    @Override
    public int httpStatus() {
        return 404;
    }
}
