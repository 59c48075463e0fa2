package org.edalat.accounts.domain;

import org.edalat.platform.BusinessException;

/** A party who must register (S4-11) has no verified account, and the act is not an urgent one the unit registered the party for. */
public class PartyNotRegisteredException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public PartyNotRegisteredException(String identityKey, PartyRole role) {
        super(
                "«" + identityKey + "» در نقش «" + role.persian()
                        + "» باید پیش از هر اقدام قضایی در ثنا ثبت‌نام و احراز هویت شود؛ او را به دفتر خدمات بفرستید، یا در موارد فوری خودِ واحد او را ثبت‌نام کند.");
    }

    @Override
    public String code() {
        return "party-not-registered";
    }

    @Override
    public int httpStatus() {
        return 409;
    }
}
