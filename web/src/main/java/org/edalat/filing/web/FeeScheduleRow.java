package org.edalat.filing.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.edalat.filing.domain.FilingKind;
import org.edalat.filing.fees.Bracket;
import org.edalat.filing.fees.BracketedFee;
import org.edalat.filing.fees.FeeRule;
import org.edalat.filing.fees.FeeScheduleVersion;
import org.edalat.filing.fees.FixedFee;
import org.edalat.filing.fees.Rials;

/**
 * One version of the judicial service fee schedule as fees/schedule.xhtml shows it (S0-3): its id,
 * effective date, whether it is the version in force today, a future one (which may still be
 * withdrawn) or a past one, and its rules. Serializable and free of entities, for the view state.
 */
public record FeeScheduleRow(String id, LocalDate effectiveFrom, Status status, long roundingUnit, List<Rule> rules)
        implements Serializable {
    /** S0-3: where a version stands on a day. */
    public enum Status {
        /** The latest version whose effective date is on or before the day: fees are computed under it. */
        IN_FORCE,
        /** Effective after the day: not applied yet, may be withdrawn. */
        FUTURE,
        /** Replaced by a later version that is in force: kept, never changed. */
        PAST
    }

    /** How the version charges one filing kind: a fixed fee, or brackets with minimum and maximum. */
    public record Rule(FilingKind kind, Long fixedAmount, List<Line> brackets, Long minimum, Long maximum)
            implements Serializable {
        public Rule {
            brackets = brackets == null ? List.of() : List.copyOf(brackets);
        }

        public boolean fixed() {
            return fixedAmount != null;
        }

        public String fixedText() {
            return FeeAmountConverter.format(fixedAmount);
        }

        public String minimumText() {
            return FeeAmountConverter.format(minimum);
        }

        public String maximumText() {
            return FeeAmountConverter.format(maximum);
        }
    }

    /** One bracket: the part of the claim value above {@code from} and up to {@code upTo} (none: open). */
    public record Line(long from, Long upTo, BigDecimal percent) implements Serializable {
        public boolean open() {
            return upTo == null;
        }

        public String fromText() {
            return FeeAmountConverter.format(from);
        }

        public String upToText() {
            return FeeAmountConverter.format(upTo);
        }

        public String percentText() {
            return FeePercentConverter.format(percent);
        }
    }

    public FeeScheduleRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(status, "status");
        rules = List.copyOf(rules);
    }

    /**
     * The rows of {@code versions} on {@code today} (in Tehran), the latest effective date first: the
     * version in force is the latest one whose effective date is on or before today (S0-3).
     */
    public static List<FeeScheduleRow> of(List<FeeScheduleVersion> versions, LocalDate today) {
        Objects.requireNonNull(today, "today");
        List<FeeScheduleVersion> newestFirst = new ArrayList<>(versions);
        newestFirst.sort(Comparator.comparing(FeeScheduleVersion::effectiveFrom).reversed());
        List<FeeScheduleRow> rows = new ArrayList<>();
        boolean inForceFound = false;
        for (FeeScheduleVersion version : newestFirst) {
            Status status;
            if (version.effectiveFrom().isAfter(today)) {
                status = Status.FUTURE;
            } else if (!inForceFound) {
                status = Status.IN_FORCE;
                inForceFound = true;
            } else {
                status = Status.PAST;
            }
            rows.add(of(version, status));
        }
        return rows;
    }

    static FeeScheduleRow of(FeeScheduleVersion version, Status status) {
        List<Rule> rules = new ArrayList<>();
        for (FilingKind kind : FilingKind.values()) {
            if (!kind.paysJudicialFee()) {
                continue;
            }
            FeeRule rule = version.ruleFor(kind);
            if (rule instanceof FixedFee fixed) {
                rules.add(new Rule(kind, fixed.amount().value(), List.of(), null, null));
            } else if (rule instanceof BracketedFee bracketed) {
                List<Line> lines = new ArrayList<>();
                long from = 0;
                for (Bracket bracket : bracketed.brackets()) {
                    Long upTo = value(bracket.upTo());
                    lines.add(new Line(from, upTo, bracket.percent()));
                    from = upTo == null ? from : upTo;
                }
                rules.add(new Rule(kind, null, lines, value(bracketed.minimum()), value(bracketed.maximum())));
            }
        }
        return new FeeScheduleRow(
                version.id(),
                version.effectiveFrom(),
                status,
                version.roundingUnit().value(),
                rules);
    }

    private static Long value(Rials amount) {
        return amount == null ? null : amount.value();
    }

    /** S0-3: only a version not in force yet may be withdrawn. */
    public boolean withdrawable() {
        return status == Status.FUTURE;
    }

    public String roundingUnitText() {
        return FeeAmountConverter.format(roundingUnit);
    }
}
