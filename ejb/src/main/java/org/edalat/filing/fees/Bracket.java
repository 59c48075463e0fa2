package org.edalat.filing.fees;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One bracket of a {@link BracketedFee}: the part of the claim value above the previous bracket's
 * upper edge and up to and including {@code upTo} is charged {@code percent} per cent. The last
 * bracket has no upper edge ({@code upTo} null) and takes everything above.
 */
public record Bracket(Rials upTo, BigDecimal percent) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Bracket {
        Objects.requireNonNull(percent, "percent");
        if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            throw InvalidFeeScheduleException.percentOutOfRange(percent);
        }
        if (upTo != null && upTo.isZero()) {
            throw InvalidFeeScheduleException.bracketsNotAscending();
        }
    }

    /** A bracket up to and including {@code upTo} Rials at {@code percent} (e.g. "2.5"). */
    public static Bracket upTo(long upTo, String percent) {
        return new Bracket(Rials.of(upTo), new BigDecimal(percent));
    }

    /** The open last bracket at {@code percent}. */
    public static Bracket above(String percent) {
        return new Bracket(null, new BigDecimal(percent));
    }

    public boolean isOpen() {
        return upTo == null;
    }
}
