package org.edalat.filing.fees;

import org.edalat.platform.BusinessException;

/** A tariff version with this id was proposed already (S0-13); nothing was recorded. */
public class TariffVersionExistsException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public TariffVersionExistsException(String id) {
        super("نسخهٔ تعرفه‌ای با شناسهٔ «" + id + "» پیش‌تر پیشنهاد شده است؛ شناسهٔ دیگری برگزینید.");
    }

    @Override
    public String code() {
        return "tariff-version-exists";
    }

    @Override
    public String field() {
        return "id";
    }
}
