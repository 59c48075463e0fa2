package org.edalat.filing.fees;

import org.edalat.platform.BusinessException;

/** A reimbursement payment needs the Association's reference (transfer or letter number), at most 100 characters. */
public class InvalidReimbursementReferenceException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public InvalidReimbursementReferenceException() {
        super("شمارهٔ پیگیری پرداخت (شمارهٔ حواله یا نامهٔ کانون) را وارد کنید؛ حداکثر ۱۰۰ نویسه.");
    }

    @Override
    public String code() {
        return "invalid-reimbursement-reference";
    }

    @Override
    public String field() {
        return "reference";
    }

    @Override
    public int httpStatus() {
        return 422;
    }
}
