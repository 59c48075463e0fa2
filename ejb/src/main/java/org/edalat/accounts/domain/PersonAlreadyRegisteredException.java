package org.edalat.accounts.domain;

import org.edalat.platform.BusinessException;

/** One national code, national id or foreign-national id has one account only (S4-9). */
public class PersonAlreadyRegisteredException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public PersonAlreadyRegisteredException(String identityKey) {
        super("برای این شناسه («" + identityKey + "») پیش‌تر حساب کاربری ثنا ساخته شده است؛ هر شخص تنها یک حساب دارد.");
    }

    @Override
    public String code() {
        return "person-already-registered";
    }

    @Override
    public int httpStatus() {
        return 409;
    }
}
