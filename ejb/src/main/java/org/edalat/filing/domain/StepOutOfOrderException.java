package org.edalat.filing.domain;

import org.edalat.platform.BusinessException;

/** A step was asked for out of the order the filing's path prescribes (S0-3, S0-4): none may be skipped. */
public class StepOutOfOrderException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public StepOutOfOrderException(FilingPath path, FilingStep asked, FilingStep expected) {
        super(
                expected == null
                        ? "این درخواست پیش‌تر ارسال شده و گامی برای آن نمانده است."
                        : "گام «" + asked.persian() + "» اکنون ممکن نیست؛ گام بعدیِ این درخواست «" + expected.persian()
                                + "» است و هیچ گامی را نمی‌توان جا انداخت ("
                                + (path == FilingPath.PORTAL ? "مادهٔ ۳" : "مادهٔ ۴")
                                + ").");
    }

    @Override
    public String code() {
        return "step-out-of-order";
    }
}
