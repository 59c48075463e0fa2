package org.edalat.filing.payment;

import org.edalat.platform.BusinessException;

/** A callback the bank does not confirm (forged or premature, S0-13.1): refused, nothing changes. */
public class CallbackNotConfirmedException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public CallbackNotConfirmedException() {
        super("بانک این بازگشت از درگاه را تأیید نکرد؛ هیچ تغییری داده نشد.");
    }

    @Override
    public String code() {
        return "payment-callback-not-confirmed";
    }

    @Override
    public int httpStatus() {
        return 422;
    }

    @Override
    public String field() {
        return "reference";
    }
}
