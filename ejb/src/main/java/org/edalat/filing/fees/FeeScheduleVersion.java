package org.edalat.filing.fees;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.edalat.filing.domain.FilingKind;

/**
 * One version of the judicial service fee schedule (S0-1 "هزینه خدمات قضایی", computed by the
 * system, S0-3, S0-4): in force from {@code effectiveFrom} until the next version's date, with one
 * rule per fee-paying filing kind.
 *
 * <p>Checked when made: every kind that pays a fee has a rule; reports (S0-5, S0-6) have none; a
 * bracketed rule only for a kind with a claim value; fixed fees, minimums and maximums are whole
 * multiples of the rounding unit.
 *
 * <p><b>Rounding.</b> Fees are charged in whole multiples of {@link #roundingUnit()} (1,000 Rials
 * unless the version says otherwise: one hundred Tomans, the smallest step fees are charged in). A
 * bracketed fee's exact amount is rounded once, half up, to the nearest multiple of the unit (so
 * 12,499.99 → 12,000 and 12,500 → 13,000); there is no intermediate rounding to the Rial, which
 * would round twice. The minimum or maximum is applied to the rounded amount.
 */
public final class FeeScheduleVersion {
    /** The default rounding unit: fees are charged in round thousands of Rials. */
    public static final Rials DEFAULT_ROUNDING_UNIT = Rials.of(1_000);

    private final String id;
    private final LocalDate effectiveFrom;
    private final Rials roundingUnit;
    private final Map<FilingKind, FeeRule> rules;

    public FeeScheduleVersion(String id, LocalDate effectiveFrom, Rials roundingUnit, Map<FilingKind, FeeRule> rules) {
        if (id == null || id.isBlank()) {
            throw InvalidFeeScheduleException.versionIdRequired();
        }
        this.id = id.strip();
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        this.roundingUnit = Objects.requireNonNull(roundingUnit, "roundingUnit");
        if (roundingUnit.isZero()) {
            throw InvalidFeeScheduleException.roundingUnitNotPositive();
        }
        Map<FilingKind, FeeRule> copy = new EnumMap<>(FilingKind.class);
        copy.putAll(Objects.requireNonNull(rules, "rules"));
        for (FilingKind kind : FilingKind.values()) {
            FeeRule rule = copy.get(kind);
            if (!kind.paysJudicialFee()) {
                if (rule != null) {
                    throw InvalidFeeScheduleException.ruleForReport(kind);
                }
            } else if (rule == null) {
                throw InvalidFeeScheduleException.missingRule(kind);
            } else {
                check(kind, rule);
            }
        }
        this.rules = Map.copyOf(copy);
    }

    /** A version with the default rounding unit of 1,000 Rials. */
    public FeeScheduleVersion(String id, LocalDate effectiveFrom, Map<FilingKind, FeeRule> rules) {
        this(id, effectiveFrom, DEFAULT_ROUNDING_UNIT, rules);
    }

    private void check(FilingKind kind, FeeRule rule) {
        if (rule instanceof FixedFee fixed) {
            requireMultiple(fixed.amount());
        } else if (rule instanceof BracketedFee bracketed) {
            if (!kind.hasClaimValue()) {
                throw InvalidFeeScheduleException.bracketsWithoutClaimValue(kind);
            }
            requireMultiple(bracketed.minimum());
            requireMultiple(bracketed.maximum());
        }
    }

    private void requireMultiple(Rials amount) {
        if (amount != null && !amount.isMultipleOf(roundingUnit)) {
            throw InvalidFeeScheduleException.notAMultipleOfTheRoundingUnit(amount, roundingUnit);
        }
    }

    public String id() {
        return id;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public Rials roundingUnit() {
        return roundingUnit;
    }

    /** The rule for a fee-paying kind. */
    public FeeRule ruleFor(FilingKind kind) {
        FeeRule rule = rules.get(kind);
        if (rule == null) {
            throw new IllegalArgumentException(kind + " pays no judicial fee");
        }
        return rule;
    }

    /**
     * The fee of a fee-paying kind under this version; {@code claimValue} is used by bracketed rules
     * only (the calculator has checked it is given and positive for a civil petition).
     */
    FeeQuote quote(FilingKind kind, Rials claimValue) {
        FeeRule rule = ruleFor(kind);
        if (rule instanceof FixedFee fixed) {
            return new FeeQuote(kind, fixed.amount(), id, rule, FeeBasis.FIXED, FeeQuote.RULE_ID);
        }
        BracketedFee bracketed = (BracketedFee) rule;
        Rials amount = round(bracketed.exactAmount(Objects.requireNonNull(claimValue, "claimValue")));
        FeeBasis basis = FeeBasis.BRACKETS;
        if (bracketed.minimum() != null && amount.isLessThan(bracketed.minimum())) {
            amount = bracketed.minimum();
            basis = FeeBasis.MINIMUM;
        } else if (bracketed.maximum() != null && amount.isGreaterThan(bracketed.maximum())) {
            amount = bracketed.maximum();
            basis = FeeBasis.MAXIMUM;
        }
        return new FeeQuote(kind, amount, id, rule, basis, FeeQuote.RULE_ID);
    }

    /** Half up to the nearest whole multiple of the rounding unit, in one step. */
    Rials round(BigDecimal exact) {
        BigDecimal unit = roundingUnit.toBigDecimal();
        return Rials.ofExact(exact.divide(unit, 0, RoundingMode.HALF_UP).multiply(unit));
    }

    @Override
    public String toString() {
        return "fee schedule " + id + " from " + effectiveFrom;
    }
}
