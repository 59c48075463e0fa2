package org.edalat.accounts.domain;

import org.edalat.platform.BusinessException;

/** An office may register or change SANA data only at the request of its owner or the owner's legal representative (S0-40.b). */
public class UnrequestedChangeException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public UnrequestedChangeException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return "unrequested-change";
    }

    @Override
    public int httpStatus() {
        return 403;
    }
}
