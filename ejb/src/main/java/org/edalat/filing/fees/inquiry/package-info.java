/**
 * LOCAL ADAPTERS of the three bodies' electronic inquiries of the persons they cover (S0-14), one
 * {@link org.edalat.filing.fees.EligibilityInquiry} per {@link org.edalat.filing.fees.ExemptionBasis}:
 * {@link org.edalat.filing.fees.inquiry.LocalReliefCommitteeRegistry} (Imam Khomeini Relief
 * Committee), {@link org.edalat.filing.fees.inquiry.LocalWelfarePensionRegistry} (the Welfare
 * Organisation's pension-receiving clients) and {@link
 * org.edalat.filing.fees.inquiry.LocalPrisonsIndigenceRegistry} (indigent prisoners confirmed by the
 * Prisons Organisation). Each knows a fixed few covered persons (README.md), answers ELIGIBLE with
 * the body's reference or NOT_ELIGIBLE, and UNAVAILABLE while its {@code edalat.<body>.outage}
 * system property is {@code true}, as the bodies' services fail. {@link
 * org.edalat.filing.fees.ExemptionInquiries} picks the one for a basis.
 */
package org.edalat.filing.fees.inquiry;
