package org.edalat.filing.fees;

import java.time.Instant;
import java.util.Objects;

/** One step of a tariff version's approval chain (S0-13): the state reached, who took the step, when. */
public record ApprovalStep(TariffState reached, String by, Instant at, String note) {
    public ApprovalStep {
        Objects.requireNonNull(reached, "reached");
        Objects.requireNonNull(at, "at");
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("every approval step records who took it");
        }
    }
}
