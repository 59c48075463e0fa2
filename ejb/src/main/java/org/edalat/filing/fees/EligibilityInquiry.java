package org.edalat.filing.fees;

import java.time.LocalDate;
import org.edalat.accounts.domain.NationalCode;

/**
 * The port to one body's electronic inquiry of the persons it covers (S0-14: "the Center provides
 * the electronic inquiry of the persons covered, in coordination with those bodies"). One
 * implementation per body, each answering for its {@link #basis()}: the Relief Committee, the Welfare
 * Organisation (pension-receiving clients only) and the Prisons Organisation (indigent prisoners).
 * Local adapters stand in for the bodies' services until they are connected.
 *
 * <p>An implementation never throws for an unreachable body: it answers {@link
 * Eligibility#UNAVAILABLE}, and the office then either charges the tariff or waits; it never
 * exempts without an {@link Eligibility#ELIGIBLE} answer ({@link Exemption#confirmedBy}).
 */
public interface EligibilityInquiry {
    /** The exemption this body confirms. */
    ExemptionBasis basis();

    /**
     * Whether {@code person} is covered on {@code date}: {@link Eligibility#ELIGIBLE}, {@link
     * Eligibility#NOT_ELIGIBLE}, or {@link Eligibility#UNAVAILABLE} when the body cannot be asked;
     * with the body's reference and the time of the answer.
     */
    EligibilityAnswer ask(NationalCode person, LocalDate date);
}
