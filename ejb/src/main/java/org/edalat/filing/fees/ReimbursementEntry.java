package org.edalat.filing.fees;

import java.util.Objects;

/**
 * What the Association owes an office for one exempt service (S0-14: "the Association pays the
 * offices the cost of the services given to these persons"): the tariff amount the client did not
 * pay, for the office's statement of the month.
 */
public record ReimbursementEntry(
        String officeCode,
        JalaliMonth month,
        OfficeService service,
        int quantity,
        Rials amount,
        ExemptionBasis basis,
        String tariffVersionId) {
    public ReimbursementEntry {
        Objects.requireNonNull(officeCode, "officeCode");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(tariffVersionId, "tariffVersionId");
    }
}
