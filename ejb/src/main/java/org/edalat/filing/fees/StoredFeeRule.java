package org.edalat.filing.fees;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.edalat.filing.domain.FilingKind;

/**
 * One rule of a stored fee schedule version (a row of {@code fee_rule}): a fixed fee (amount set),
 * or brackets ({@link StoredBracket}) with an optional minimum and maximum (amount null).
 */
@Embeddable
public class StoredFeeRule {
    @Enumerated(EnumType.STRING)
    @Column(name = "filing_kind", length = 40, nullable = false)
    private FilingKind kind;

    @Column(name = "fixed_amount")
    private Long fixedAmount;

    @Column(name = "minimum_amount")
    private Long minimum;

    @Column(name = "maximum_amount")
    private Long maximum;

    /** For JPA only. */
    protected StoredFeeRule() {}

    StoredFeeRule(FilingKind kind, Long fixedAmount, Long minimum, Long maximum) {
        this.kind = kind;
        this.fixedAmount = fixedAmount;
        this.minimum = minimum;
        this.maximum = maximum;
    }

    FilingKind kind() {
        return kind;
    }

    Long fixedAmount() {
        return fixedAmount;
    }

    Long minimum() {
        return minimum;
    }

    Long maximum() {
        return maximum;
    }
}
