package org.edalat.filing.fees;

import java.util.Objects;

/** The same fee for every filing of a kind (e.g. a criminal complaint or a submission), S0-3. */
public record FixedFee(Rials amount) implements FeeRule {
    public FixedFee {
        Objects.requireNonNull(amount, "amount");
    }

    @Override
    public String describe() {
        return "fixed " + amount;
    }
}
