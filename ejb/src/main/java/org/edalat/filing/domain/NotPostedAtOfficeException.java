package org.edalat.filing.domain;

import org.edalat.platform.BusinessException;

/** An office clerk files only for the own office, and the caller has none recorded. */
public class NotPostedAtOfficeException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public NotPostedAtOfficeException() {
        super("حساب شما به هیچ دفتر خدماتی وابسته نیست؛ از مدیر سامانه بخواهید محل خدمت شما را ثبت کند.");
    }

    @Override
    public String code() {
        return "not-posted-at-office";
    }

    @Override
    public int httpStatus() {
        return 403;
    }
}
