package org.edalat.filing.fees;

import org.edalat.platform.BusinessException;

/** The Association has already recorded the payment of this statement (S0-14): a statement is paid once. */
public class ReimbursementStatementPaidException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public ReimbursementStatementPaidException(String officeCode, JalaliMonth month) {
        super("پرداخت صورت‌حساب بازپرداخت دفتر «" + officeCode + "» برای ماه " + month
                + " پیش‌تر ثبت شده است؛ هر صورت‌حساب یک بار پرداخت می‌شود.");
    }

    @Override
    public String code() {
        return "reimbursement-statement-paid";
    }
}
