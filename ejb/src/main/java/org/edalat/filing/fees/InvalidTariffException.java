package org.edalat.filing.fees;

import org.edalat.platform.BusinessException;

/** A proposed tariff version (S0-13) is incomplete; nothing was recorded. */
public class InvalidTariffException extends BusinessException {
    private static final long serialVersionUID = 1L;

    private final String field;

    private InvalidTariffException(String field, String message) {
        super(message);
        this.field = field;
    }

    static InvalidTariffException idRequired() {
        return new InvalidTariffException("id", "شناسهٔ نسخهٔ تعرفه را وارد کنید.");
    }

    static InvalidTariffException noItems() {
        return new InvalidTariffException("items", "پیشنهاد تعرفه دست‌کم مبلغ یک خدمت را تعیین می‌کند.");
    }

    static InvalidTariffException incompleteItem() {
        return new InvalidTariffException("items", "برای هر ردیف تعرفه، خدمت و مبلغ آن را وارد کنید.");
    }

    @Override
    public String code() {
        return "invalid-tariff";
    }

    @Override
    public String field() {
        return field;
    }

    @Override
    public int httpStatus() {
        return 422;
    }
}
