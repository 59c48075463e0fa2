package org.edalat.filing.fees;

import java.util.Objects;

/**
 * What the discipline context needs to record a possible S0-38.k violation ("دریافت وجه بیشتر از
 * هزینه‌های تعیین شده", taking more than the set amounts, degree 5): the office, the service and
 * quantity, the tariff version and amount, and what the office asked. It is possible, not proven:
 * the charge was refused, and the board decides.
 */
public record PossibleViolation(
        String officeCode,
        OfficeService service,
        int quantity,
        String tariffVersionId,
        Rials tariff,
        Rials asked,
        String ruleId) {
    /** The violation rule this may be. */
    public static final String RULE_ID = "S0-38.k";

    public PossibleViolation {
        Objects.requireNonNull(officeCode, "officeCode");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(tariff, "tariff");
        Objects.requireNonNull(asked, "asked");
        Objects.requireNonNull(ruleId, "ruleId");
    }

    /** How much more than the tariff was asked. */
    public Rials excess() {
        return asked.minus(tariff);
    }
}
