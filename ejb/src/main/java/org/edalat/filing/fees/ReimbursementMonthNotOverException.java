package org.edalat.filing.fees;

import org.edalat.platform.BusinessException;

/** A month's statements are paid after the month ends (S0-14): until then exempt services may still come. */
public class ReimbursementMonthNotOverException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public ReimbursementMonthNotOverException(JalaliMonth month) {
        super("ماه " + month
                + " هنوز به پایان نرسیده است؛ صورت‌حساب‌های بازپرداخت هر ماه پس از پایان آن پرداخت می‌شوند.");
    }

    @Override
    public String code() {
        return "reimbursement-month-not-over";
    }
}
