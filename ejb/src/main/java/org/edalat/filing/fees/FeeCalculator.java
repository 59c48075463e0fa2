package org.edalat.filing.fees;

import java.time.LocalDate;
import java.util.Objects;
import org.edalat.filing.domain.FilingKind;

/**
 * Computes the judicial service fee of a filing (S0-3 on the portal, S0-4 at an office: "the system
 * computes the fee") from the fee schedule version in force on the filing date.
 *
 * <ul>
 *   <li>A civil petition must state a claim value greater than zero; otherwise {@link
 *       InvalidClaimValueException} naming the field {@code claimValue}. Zero is refused too: a
 *       petition whose claim is worth nothing is not a monetary claim to charge a percentage of.
 *   <li>Other kinds have no claim value; one given is ignored (it changes nothing).
 *   <li>Reports of officers, experts and other bodies (S0-5, S0-6) pay no fee and need no schedule.
 *   <li>Exemptions (S0-14) do not enter here: article 14 exempts the clients it names from the
 *       <em>office tariff</em> ("تعرفه خدمات دفاتر"), not from the judicial service fee, which is set
 *       by law (S0-1) and waived only as the law provides (e.g. a court's decision on insolvency),
 *       outside this regulation. See {@link OfficeCharge#exempt}.
 * </ul>
 */
public final class FeeCalculator {
    private final FeeSchedule schedule;

    public FeeCalculator(FeeSchedule schedule) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
    }

    /**
     * The fee of a filing of {@code kind} with {@code claimValue} (Rials; civil petitions only, else
     * may be null) filed on {@code date}.
     */
    public FeeQuote fee(FilingKind kind, Long claimValue, LocalDate date) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        if (!kind.paysJudicialFee()) {
            return FeeQuote.noFeeForReport(kind);
        }
        Rials claim = null;
        if (kind.hasClaimValue()) {
            if (claimValue == null) {
                throw InvalidClaimValueException.missing();
            }
            if (claimValue <= 0) {
                throw InvalidClaimValueException.notPositive(claimValue);
            }
            claim = Rials.of(claimValue);
        }
        return schedule.versionAt(date).quote(kind, claim);
    }
}
