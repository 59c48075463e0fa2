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

    static InvalidTariffException idTooLong() {
        return new InvalidTariffException("id", "شناسهٔ نسخهٔ تعرفه حداکثر ۴۰ نویسه است.");
    }

    static InvalidTariffException decreeNumberRequired() {
        return new InvalidTariffException("decreeNumber", "شمارهٔ ابلاغیهٔ تصویب رئیس قوه قضائیه را وارد کنید.");
    }

    static InvalidTariffException decreeNumberTooLong() {
        return new InvalidTariffException("decreeNumber", "شمارهٔ ابلاغیه حداکثر ۱۰۰ نویسه است.");
    }

    static InvalidTariffException decreeDateRequired() {
        return new InvalidTariffException("decreeDate", "تاریخ ابلاغیهٔ تصویب را وارد کنید.");
    }

    static InvalidTariffException decreeDateInTheFuture() {
        return new InvalidTariffException("decreeDate", "تاریخ ابلاغیهٔ تصویب نمی‌تواند پس از امروز باشد.");
    }

    static InvalidTariffException inForceFromRequired() {
        return new InvalidTariffException("inForceFrom", "تاریخ اجرای تعرفه را وارد کنید.");
    }

    static InvalidTariffException referenceTooLong() {
        return new InvalidTariffException("reference", "شمارهٔ نامهٔ کانون حداکثر ۱۰۰ نویسه است.");
    }

    static InvalidTariffException reasonTooLong() {
        return new InvalidTariffException("reason", "دلیل رد حداکثر ۵۰۰ نویسه است.");
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
