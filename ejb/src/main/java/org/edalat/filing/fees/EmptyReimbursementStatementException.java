package org.edalat.filing.fees;

import org.edalat.platform.BusinessException;

/** The office has no exempt service in the month (S0-14): nothing to pay. */
public class EmptyReimbursementStatementException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public EmptyReimbursementStatementException(String officeCode, JalaliMonth month) {
        super("دفتر «" + officeCode + "» در ماه " + month + " خدمت معافی ثبت نکرده است؛ صورت‌حسابی برای پرداخت نیست.");
    }

    @Override
    public String code() {
        return "reimbursement-statement-empty";
    }

    @Override
    public int httpStatus() {
        return 404;
    }
}
