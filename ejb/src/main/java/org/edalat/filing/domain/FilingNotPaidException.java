package org.edalat.filing.domain;

import org.edalat.platform.BusinessException;

/** The amount due was not settled through the payment port (S0-13.1); an unpaid filing is never sent. */
public class FilingNotPaidException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public FilingNotPaidException() {
        super(
                "هزینهٔ این درخواست هنوز پرداخت و تأیید نشده است؛ پیش از پرداخت نمی‌توان آن را فرستاد (مادهٔ ۱۳، تبصرهٔ ۱).");
    }

    @Override
    public String code() {
        return "filing-not-paid";
    }

    @Override
    public int httpStatus() {
        return 409;
    }
}
