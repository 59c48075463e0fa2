package org.edalat.filing.fees;

import java.util.Objects;
import org.edalat.filing.domain.FilingKind;

/**
 * The judicial service fee the system computed for a filing (S0-3 portal, S0-4 office): the amount
 * to pay, the schedule version and rule it came from (kept with the filing and printed on the
 * receipt), and the rule id of the computation.
 *
 * @param scheduleVersionId the fee schedule version applied; null for a report, which pays no fee
 *     by rule and needs no schedule
 * @param rule the rule applied; null for a report
 */
public record FeeQuote(
        FilingKind kind, Rials amount, String scheduleVersionId, FeeRule rule, FeeBasis basis, String ruleId) {
    /** The SPEC rule under which the system computes the judicial service fee. */
    public static final String RULE_ID = "S0-3";

    public FeeQuote {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(ruleId, "ruleId");
    }

    static FeeQuote noFeeForReport(FilingKind kind) {
        return new FeeQuote(kind, Rials.ZERO, null, null, FeeBasis.NO_FEE_REPORT, RULE_ID);
    }

    /** Whether anything is to be paid. */
    public boolean isPayable() {
        return !amount.isZero();
    }
}
