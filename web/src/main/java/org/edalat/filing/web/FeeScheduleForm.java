package org.edalat.filing.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.edalat.filing.domain.FilingKind;
import org.edalat.filing.fees.Bracket;
import org.edalat.filing.fees.BracketedFee;
import org.edalat.filing.fees.FeeRule;
import org.edalat.filing.fees.FeeScheduleVersion;
import org.edalat.filing.fees.FixedFee;
import org.edalat.filing.fees.Rials;

/**
 * The form of a new fee schedule version on fees/schedule.xhtml (S0-3): id, effective date, rounding
 * unit, a fixed fee for each fee-paying kind without a claim value, and for the kind with a claim
 * value (the civil petition) the brackets as editable rows (a row's ceiling, empty on the last, open
 * row, and its rate) with the minimum and maximum. {@link #toVersion()} makes the version; the
 * schedule's own checks (rising ceilings, an open last bracket, multiples of the rounding unit...)
 * are the version's, which reports them naming the field.
 */
public class FeeScheduleForm implements Serializable {
    private static final long serialVersionUID = 1L;

    /** One fixed fee. */
    public static class FixedLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private final FilingKind kind;
        private Long amount;

        FixedLine(FilingKind kind) {
            this.kind = kind;
        }

        public FilingKind getKind() {
            return kind;
        }

        public Long getAmount() {
            return amount;
        }

        public void setAmount(Long amount) {
            this.amount = amount;
        }
    }

    /** One bracket row: its ceiling (empty: the open last bracket) and rate in per cent. */
    public static class BracketLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long upTo;
        private BigDecimal percent;

        public BracketLine() {}

        BracketLine(Long upTo, BigDecimal percent) {
            this.upTo = upTo;
            this.percent = percent;
        }

        public Long getUpTo() {
            return upTo;
        }

        public void setUpTo(Long upTo) {
            this.upTo = upTo;
        }

        public BigDecimal getPercent() {
            return percent;
        }

        public void setPercent(BigDecimal percent) {
            this.percent = percent;
        }

        boolean blank() {
            return upTo == null && percent == null;
        }
    }

    private String id;
    private LocalDate effectiveFrom;
    private Long roundingUnit = FeeScheduleVersion.DEFAULT_ROUNDING_UNIT.value();
    private final List<FixedLine> fixed = new ArrayList<>();
    /** The kind charged by brackets of its claim value; null if no fee-paying kind has one. */
    private final FilingKind bracketedKind;

    private final List<BracketLine> brackets = new ArrayList<>();
    private Long minimum;
    private Long maximum;

    public FeeScheduleForm() {
        FilingKind withClaim = null;
        for (FilingKind kind : FilingKind.values()) {
            if (!kind.paysJudicialFee()) {
                continue;
            }
            if (kind.hasClaimValue() && withClaim == null) {
                withClaim = kind;
            } else {
                fixed.add(new FixedLine(kind)); // a further kind with a claim value may pay a fixed fee
            }
        }
        bracketedKind = withClaim;
        brackets.add(new BracketLine());
    }

    /** A new row before the last (open) one, or the first row. */
    public void addBracket() {
        brackets.add(Math.max(0, brackets.size() - 1), new BracketLine());
    }

    /** Removes row {@code index}; one row always stays. */
    public void removeBracket(int index) {
        if (brackets.size() > 1 && index >= 0 && index < brackets.size()) {
            brackets.remove(index);
        }
    }

    /** Starts from the rules of {@code row} (the id and the effective date stay as typed). */
    public void fillFrom(FeeScheduleRow row) {
        roundingUnit = row.roundingUnit();
        for (FeeScheduleRow.Rule rule : row.rules()) {
            if (rule.kind() == bracketedKind && !rule.fixed()) {
                brackets.clear();
                rule.brackets().forEach(b -> brackets.add(new BracketLine(b.upTo(), b.percent())));
                minimum = rule.minimum();
                maximum = rule.maximum();
            } else {
                fixed.stream().filter(f -> f.kind == rule.kind()).forEach(f -> f.amount = rule.fixedAmount());
            }
        }
        if (brackets.isEmpty()) {
            brackets.add(new BracketLine());
        }
    }

    /**
     * The version this form describes (S0-3). Blank bracket rows are skipped; a fixed fee left empty
     * is a missing rule, which the version refuses naming the kind.
     *
     * @throws FeeFormIncompleteException a bracket row without a rate, no effective date
     * @throws org.edalat.filing.fees.InvalidFeeScheduleException the version's own checks
     */
    public FeeScheduleVersion toVersion() {
        if (effectiveFrom == null) {
            throw FeeFormIncompleteException.effectiveDateMissing();
        }
        if (roundingUnit == null) {
            throw FeeFormIncompleteException.roundingUnitMissing();
        }
        Map<FilingKind, FeeRule> rules = new EnumMap<>(FilingKind.class);
        for (FixedLine line : fixed) {
            if (line.amount != null) {
                rules.put(line.kind, new FixedFee(Rials.of(line.amount)));
            }
        }
        if (bracketedKind != null) {
            List<Bracket> made = new ArrayList<>();
            for (int i = 0; i < brackets.size(); i++) {
                BracketLine line = brackets.get(i);
                if (line.blank()) {
                    continue;
                }
                if (line.percent == null) {
                    throw FeeFormIncompleteException.rateMissing(i + 1);
                }
                made.add(new Bracket(line.upTo == null ? null : Rials.of(line.upTo), line.percent));
            }
            rules.put(
                    bracketedKind,
                    new BracketedFee(
                            made,
                            minimum == null ? null : Rials.of(minimum),
                            maximum == null ? null : Rials.of(maximum)));
        }
        return new FeeScheduleVersion(id, effectiveFrom, Rials.of(roundingUnit), rules);
    }

    /** The lower edge of row {@code index}: the ceiling of the row before it (0 for the first). */
    public Long lowerEdgeOf(int index) {
        for (int i = Math.min(index, brackets.size()) - 1; i >= 0; i--) {
            if (brackets.get(i).upTo != null) {
                return brackets.get(i).upTo;
            }
        }
        return 0L;
    }

    public String lowerEdgeText(int index) {
        return FeeAmountConverter.format(lowerEdgeOf(index));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public Long getRoundingUnit() {
        return roundingUnit;
    }

    public void setRoundingUnit(Long roundingUnit) {
        this.roundingUnit = roundingUnit;
    }

    public List<FixedLine> getFixed() {
        return fixed;
    }

    public FilingKind getBracketedKind() {
        return bracketedKind;
    }

    public List<BracketLine> getBrackets() {
        return brackets;
    }

    public Long getMinimum() {
        return minimum;
    }

    public void setMinimum(Long minimum) {
        this.minimum = minimum;
    }

    public Long getMaximum() {
        return maximum;
    }

    public void setMaximum(Long maximum) {
        this.maximum = maximum;
    }
}
