package org.edalat.filing.fees;

import java.util.Objects;

/**
 * What an office takes for a service under the ratified tariff (S0-13, S0-13.2), recorded with the
 * filing and printed on the receipt (S0-13.1): the tariff, the amount charged, and either the
 * voluntary discount or the exemption.
 *
 * <ul>
 *   <li>S0-13.2: an office may charge less than the tariff; the difference is a <em>voluntary
 *       discount</em>, kept as such ({@link #voluntaryDiscount()}) for the ranking context (S0-18).
 *       It may never charge more: {@link ChargeAboveTariffException}, carrying the {@link
 *       PossibleViolation} of S0-38.k.
 *   <li>S0-14: an exempt client pays nothing; that is not a discount, and the Association owes the
 *       office the tariff ({@link #reimbursement}).
 * </ul>
 */
public record OfficeCharge(
        String officeCode,
        OfficeService service,
        int quantity,
        String tariffVersionId,
        Rials tariff,
        Rials charged,
        Exemption exemption) {
    public OfficeCharge {
        if (officeCode == null || officeCode.isBlank()) {
            throw new IllegalArgumentException("officeCode is required");
        }
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(tariffVersionId, "tariffVersionId");
        Objects.requireNonNull(tariff, "tariff");
        Objects.requireNonNull(charged, "charged");
        if (charged.isGreaterThan(tariff)) {
            throw new IllegalArgumentException("use OfficeCharge.charge: a charge above the tariff is refused");
        }
        if (exemption != null && !charged.isZero()) {
            throw new IllegalArgumentException("an exempt client is charged nothing");
        }
    }

    /**
     * The office asks {@code asked} for {@code quantity} units of {@code service} under {@code tariff}
     * (a ratified version; the caller takes the one {@link TariffBook#inForceAt in force}). At or
     * below the tariff it is recorded; above, refused as a possible S0-38.k violation (S0-13.2).
     */
    public static OfficeCharge charge(
            TariffVersion tariff, String officeCode, OfficeService service, int quantity, Rials asked) {
        Objects.requireNonNull(asked, "asked");
        Rials due = due(tariff, service, quantity);
        if (asked.isGreaterThan(due)) {
            throw new ChargeAboveTariffException(new PossibleViolation(
                    officeCode, service, quantity, tariff.id(), due, asked, PossibleViolation.RULE_ID));
        }
        return new OfficeCharge(officeCode, service, quantity, tariff.id(), due, asked, null);
    }

    /**
     * An exempt client (S0-14) is charged nothing for {@code quantity} units of {@code service}; the
     * tariff is kept for the Association's reimbursement. Only the office tariff is waived: the
     * judicial service fee is another matter ({@link FeeCalculator}).
     */
    public static OfficeCharge exempt(
            TariffVersion tariff, String officeCode, OfficeService service, int quantity, Exemption exemption) {
        Objects.requireNonNull(exemption, "exemption");
        Rials due = due(tariff, service, quantity);
        return new OfficeCharge(officeCode, service, quantity, tariff.id(), due, Rials.ZERO, exemption);
    }

    private static Rials due(TariffVersion tariff, OfficeService service, int quantity) {
        Objects.requireNonNull(tariff, "tariff");
        if (!tariff.isRatified()) {
            throw new IllegalArgumentException("only a ratified tariff applies (S0-13): " + tariff);
        }
        return tariff.tariffFor(service, quantity);
    }

    public boolean isExempt() {
        return exemption != null;
    }

    /** The voluntary discount (S0-13.2): tariff minus charged; zero when exempt or charged in full. */
    public Rials voluntaryDiscount() {
        return isExempt() ? Rials.ZERO : tariff.minus(charged);
    }

    public boolean isDiscounted() {
        return !voluntaryDiscount().isZero();
    }

    /** The Association's debt to the office for this exempt service (S0-14), in {@code month}'s statement. */
    public ReimbursementEntry reimbursement(JalaliMonth month) {
        if (!isExempt()) {
            throw new IllegalStateException("only an exempt service is reimbursed");
        }
        return new ReimbursementEntry(officeCode, month, service, quantity, tariff, exemption.basis(), tariffVersionId);
    }
}
