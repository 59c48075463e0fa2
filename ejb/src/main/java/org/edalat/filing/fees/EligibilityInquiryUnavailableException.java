package org.edalat.filing.fees;

import org.edalat.platform.BusinessException;

/** The body's inquiry (S0-14) could not be reached, so the exemption is not confirmed now. */
public class EligibilityInquiryUnavailableException extends BusinessException {
    private static final long serialVersionUID = 1L;

    private final ExemptionBasis basis;

    public EligibilityInquiryUnavailableException(ExemptionBasis basis) {
        super("استعلام از «" + basis.confirmingBody() + "» اکنون ممکن نیست؛ معافیت تأیید نشد. کمی بعد دوباره بکوشید.");
        this.basis = basis;
    }

    public ExemptionBasis basis() {
        return basis;
    }

    @Override
    public String code() {
        return "eligibility-inquiry-unavailable";
    }

    @Override
    public int httpStatus() {
        return 503;
    }
}
