package org.edalat.accounts.domain;

import org.edalat.platform.BusinessException;

/** The identity-verification service could not be reached (S0-48); nothing was changed. */
public class IdentityServiceUnavailableException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public IdentityServiceUnavailableException() {
        super(
                "سامانهٔ استعلام هویت اکنون در دسترس نیست؛ کمی بعد دوباره بکوشید یا با مدارک شناسایی به دفتر خدمات مراجعه کنید.");
    }

    @Override
    public String code() {
        return "identity-service-unavailable";
    }

    @Override
    public int httpStatus() {
        return 503;
    }
}
