package org.edalat.filing.fees;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import org.edalat.filing.domain.FilingKind;

/** One bracket of a stored bracketed fee (a row of {@code fee_bracket}); the open last one has no upper edge. */
@Embeddable
public class StoredBracket {
    @Enumerated(EnumType.STRING)
    @Column(name = "filing_kind", length = 40, nullable = false)
    private FilingKind kind;

    @Column(name = "up_to")
    private Long upTo;

    @Column(name = "percent", precision = 9, scale = 6, nullable = false)
    private BigDecimal percent;

    /** For JPA only. */
    protected StoredBracket() {}

    StoredBracket(FilingKind kind, Long upTo, BigDecimal percent) {
        this.kind = kind;
        this.upTo = upTo;
        this.percent = percent;
    }

    FilingKind kind() {
        return kind;
    }

    Long upTo() {
        return upTo;
    }

    BigDecimal percent() {
        return percent;
    }
}
