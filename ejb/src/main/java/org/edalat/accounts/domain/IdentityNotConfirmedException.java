package org.edalat.accounts.domain;

import org.edalat.platform.BusinessException;

/** The civil registry did not confirm the identity (S0-48). */
public class IdentityNotConfirmedException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public IdentityNotConfirmedException() {
        super(
                "مشخصات واردشده با اطلاعات ثبت احوال نمی‌خواند؛ هویت احراز نشد. مشخصات را بررسی کنید یا با مدارک شناسایی به دفتر خدمات مراجعه کنید.");
    }

    @Override
    public String code() {
        return "identity-not-confirmed";
    }

    @Override
    public int httpStatus() {
        return 422;
    }
}
