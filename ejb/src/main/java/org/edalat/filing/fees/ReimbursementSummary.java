package org.edalat.filing.fees;

import java.util.Objects;
import java.util.Optional;

/**
 * One office's line in the Association's list of a month's statements (S0-14): how many exempt
 * services, the total owed, and the payment if recorded.
 */
public record ReimbursementSummary(
        String officeCode, JalaliMonth month, long entries, Rials total, ReimbursementStatement.Payment paid) {
    public ReimbursementSummary {
        Objects.requireNonNull(officeCode, "officeCode");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(total, "total");
    }

    public boolean isPaid() {
        return paid != null;
    }

    public Optional<ReimbursementStatement.Payment> payment() {
        return Optional.ofNullable(paid);
    }
}
