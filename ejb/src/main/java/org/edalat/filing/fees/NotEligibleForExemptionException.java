package org.edalat.filing.fees;

import org.edalat.platform.BusinessException;

/** The body answered that the person is not covered (S0-14): no exemption, the tariff applies. */
public class NotEligibleForExemptionException extends BusinessException {
    private static final long serialVersionUID = 1L;

    private final ExemptionBasis basis;

    public NotEligibleForExemptionException(ExemptionBasis basis) {
        super("طبق پاسخ استعلام از «" + basis.confirmingBody() + "»، متقاضی «" + basis.label()
                + "» نیست و از پرداخت تعرفهٔ دفتر معاف نمی‌شود.");
        this.basis = basis;
    }

    public ExemptionBasis basis() {
        return basis;
    }

    @Override
    public String code() {
        return "not-eligible-for-exemption";
    }
}
