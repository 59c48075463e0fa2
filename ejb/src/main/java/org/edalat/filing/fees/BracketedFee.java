package org.edalat.filing.fees;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A fee that is a percentage of the claim value by brackets, marginal (progressive): each bracket's
 * rate applies only to the part of the claim value that falls inside the bracket, as the Iranian fee
 * laws phrase it ("... و نسبت به مازاد آن ..." — "and on the excess over it ..."). A claim value
 * exactly on an edge {@code X} is wholly in the lower bracket; one Rial more adds that Rial at the
 * next bracket's rate. The fee therefore never jumps at an edge and never falls when the claim
 * value rises, which a flat scheme (the whole value at the rate of its bracket) would do.
 *
 * <p>The exact amount ({@link #exactAmount}) is rounded by the schedule version ({@link
 * FeeScheduleVersion#roundingUnit()}), then raised to the {@code minimum} or lowered to the {@code
 * maximum} when given (both optional, both multiples of the rounding unit).
 */
public record BracketedFee(List<Bracket> brackets, Rials minimum, Rials maximum) implements FeeRule {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public BracketedFee {
        Objects.requireNonNull(brackets, "brackets");
        brackets = List.copyOf(brackets);
        if (brackets.isEmpty() || !brackets.get(brackets.size() - 1).isOpen()) {
            throw InvalidFeeScheduleException.lastBracketMustBeOpen();
        }
        Rials previous = Rials.ZERO;
        for (Bracket bracket : brackets.subList(0, brackets.size() - 1)) {
            if (bracket.isOpen()) {
                throw InvalidFeeScheduleException.lastBracketMustBeOpen();
            }
            if (!bracket.upTo().isGreaterThan(previous)) {
                throw InvalidFeeScheduleException.bracketsNotAscending();
            }
            previous = bracket.upTo();
        }
        if (minimum != null && maximum != null && minimum.isGreaterThan(maximum)) {
            throw InvalidFeeScheduleException.minimumAboveMaximum();
        }
    }

    public BracketedFee(List<Bracket> brackets) {
        this(brackets, null, null);
    }

    /**
     * The fee before rounding and the minimum/maximum: for each bracket, the part of {@code
     * claimValue} inside it times its rate. Exact (no rounding happens here).
     */
    public BigDecimal exactAmount(Rials claimValue) {
        BigDecimal total = BigDecimal.ZERO;
        long lower = 0;
        for (Bracket bracket : brackets) {
            long upper = bracket.isOpen() ? Long.MAX_VALUE : bracket.upTo().value();
            long inside = Math.min(claimValue.value(), upper) - lower;
            if (inside <= 0) {
                break;
            }
            total = total.add(BigDecimal.valueOf(inside).multiply(bracket.percent()));
            lower = upper;
        }
        return total.divide(HUNDRED);
    }

    @Override
    public String describe() {
        StringBuilder text = new StringBuilder("marginal brackets");
        Rials lower = Rials.ZERO;
        for (Bracket bracket : brackets) {
            text.append(lower.isZero() ? "" : ";")
                    .append(bracket.isOpen() ? " above " + lower : " up to " + bracket.upTo())
                    .append(": ")
                    .append(bracket.percent().stripTrailingZeros().toPlainString())
                    .append('%');
            lower = bracket.upTo();
        }
        if (minimum != null) {
            text.append(", minimum ").append(minimum);
        }
        if (maximum != null) {
            text.append(", maximum ").append(maximum);
        }
        return text.toString();
    }
}
