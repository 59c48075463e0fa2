package org.edalat.filing.fees;

import java.time.Instant;
import java.util.Objects;
import org.edalat.accounts.domain.NationalCode;

/**
 * A body's answer about one person (S0-14), stored with the filing it exempts.
 *
 * @param reference the body's reference for the answer (its inquiry or tracking number); null when
 *     unavailable
 */
public record EligibilityAnswer(
        ExemptionBasis basis, NationalCode person, Eligibility outcome, String reference, Instant answeredAt) {
    public EligibilityAnswer {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(answeredAt, "answeredAt");
    }
}
