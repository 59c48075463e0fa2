package org.edalat.filing.fees;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;
import org.edalat.platform.security.Role;

/**
 * One step of a tariff version's approval chain (S0-13): the state reached, who took (or recorded)
 * the step, when, an optional note (a rejection's reason), the role the user acted in and a
 * reference (the Association's letter, the ratification decree number). Kept as a row of {@code
 * tariff_approval_step}.
 */
@Embeddable
public record ApprovalStep(
        @Enumerated(EnumType.STRING) @Column(name = "reached", length = 20, nullable = false) TariffState reached,
        @Column(name = "taken_by", length = 100, nullable = false) String by,
        @Column(name = "taken_at", nullable = false) Instant at,
        @Column(name = "note", length = 500) String note,
        @Enumerated(EnumType.STRING) @Column(name = "acting_as", length = 30) Role actingAs,
        @Column(name = "reference", length = 100) String reference) {
    public ApprovalStep {
        Objects.requireNonNull(reached, "reached");
        Objects.requireNonNull(at, "at");
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("every approval step records who took it");
        }
    }

    /** A step without role or reference (the pure chain, as in the unit tests). */
    public ApprovalStep(TariffState reached, String by, Instant at, String note) {
        this(reached, by, at, note, null, null);
    }
}
