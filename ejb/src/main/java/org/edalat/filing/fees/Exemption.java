package org.edalat.filing.fees;

import java.util.Objects;

/**
 * A client's exemption from the office tariff (S0-14), made only from an {@link Eligibility#ELIGIBLE}
 * answer of the body concerned, which it keeps.
 */
public record Exemption(EligibilityAnswer answer) {
    public Exemption {
        Objects.requireNonNull(answer, "answer");
        if (answer.outcome() != Eligibility.ELIGIBLE) {
            throw new IllegalArgumentException("an exemption needs an ELIGIBLE answer");
        }
    }

    /**
     * The exemption the answer confirms; refused when the body says the person is not covered
     * ({@link NotEligibleForExemptionException}) or could not be asked ({@link
     * EligibilityInquiryUnavailableException}).
     */
    public static Exemption confirmedBy(EligibilityAnswer answer) {
        return switch (Objects.requireNonNull(answer, "answer").outcome()) {
            case ELIGIBLE -> new Exemption(answer);
            case NOT_ELIGIBLE -> throw new NotEligibleForExemptionException(answer.basis());
            case UNAVAILABLE -> throw new EligibilityInquiryUnavailableException(answer.basis());
        };
    }

    public ExemptionBasis basis() {
        return answer.basis();
    }
}
