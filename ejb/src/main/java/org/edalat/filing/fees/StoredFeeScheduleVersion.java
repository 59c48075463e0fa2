package org.edalat.filing.fees;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.edalat.filing.domain.FilingKind;

/**
 * A fee schedule version as stored (S0-3): the row of {@code fee_schedule_version} with its rules
 * ({@code fee_rule}: fixed fee, or brackets with minimum and maximum) and brackets ({@code
 * fee_bracket}). A thin mapping of the immutable {@link FeeScheduleVersion}, which keeps the rules:
 * {@link #toVersion()} rebuilds it (and checks it again); {@link #of} stores one. Written once and
 * never changed: a version is replaced by entering a new one.
 */
@Entity
@Table(name = "fee_schedule_version")
public class StoredFeeScheduleVersion {
    @Id
    @Column(name = "id", length = 40)
    private String id;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;

    @Column(name = "rounding_unit", nullable = false, updatable = false)
    private long roundingUnit;

    @Column(name = "entered_by", length = 100, nullable = false, updatable = false)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false, updatable = false)
    private Instant enteredAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "fee_rule", joinColumns = @JoinColumn(name = "version_id"))
    private List<StoredFeeRule> rules = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "fee_bracket", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "seq")
    private List<StoredBracket> brackets = new ArrayList<>();

    /** For JPA only. */
    protected StoredFeeScheduleVersion() {}

    /** The stored form of {@code version}, entered by {@code by} at {@code at}. */
    public static StoredFeeScheduleVersion of(FeeScheduleVersion version, String by, Instant at) {
        StoredFeeScheduleVersion stored = new StoredFeeScheduleVersion();
        stored.id = version.id();
        stored.effectiveFrom = version.effectiveFrom();
        stored.roundingUnit = version.roundingUnit().value();
        stored.enteredBy = by;
        stored.enteredAt = at;
        for (FilingKind kind : FilingKind.values()) {
            if (!kind.paysJudicialFee()) {
                continue;
            }
            FeeRule rule = version.ruleFor(kind);
            if (rule instanceof FixedFee fixed) {
                stored.rules.add(new StoredFeeRule(kind, fixed.amount().value(), null, null));
            } else if (rule instanceof BracketedFee bracketed) {
                stored.rules.add(
                        new StoredFeeRule(kind, null, valueOf(bracketed.minimum()), valueOf(bracketed.maximum())));
                for (Bracket bracket : bracketed.brackets()) {
                    stored.brackets.add(new StoredBracket(kind, valueOf(bracket.upTo()), bracket.percent()));
                }
            }
        }
        return stored;
    }

    private static Long valueOf(Rials amount) {
        return amount == null ? null : amount.value();
    }

    private static Rials rials(Long value) {
        return value == null ? null : Rials.of(value);
    }

    /** The version these rows hold. */
    public FeeScheduleVersion toVersion() {
        Map<FilingKind, FeeRule> map = new EnumMap<>(FilingKind.class);
        for (StoredFeeRule rule : rules) {
            if (rule.fixedAmount() != null) {
                map.put(rule.kind(), new FixedFee(Rials.of(rule.fixedAmount())));
            } else {
                List<Bracket> mine = brackets.stream()
                        .filter(b -> b.kind() == rule.kind())
                        .map(b -> new Bracket(rials(b.upTo()), b.percent()))
                        .toList();
                map.put(rule.kind(), new BracketedFee(mine, rials(rule.minimum()), rials(rule.maximum())));
            }
        }
        return new FeeScheduleVersion(id, effectiveFrom, Rials.of(roundingUnit), map);
    }

    public String id() {
        return id;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public String enteredBy() {
        return enteredBy;
    }

    public Instant enteredAt() {
        return enteredAt;
    }
}
