package org.edalat.filing.fees;

import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * An amount of money in Rials (ریال), the unit every fee and tariff is kept in: a whole,
 * non-negative number that fits a {@code long}. Arithmetic that would go below zero or overflow is
 * refused ({@link InvalidAmountException}), never wrapped around.
 */
public record Rials(long value) implements Comparable<Rials>, Serializable {
    public static final Rials ZERO = new Rials(0);

    public Rials {
        if (value < 0) {
            throw InvalidAmountException.negative(value);
        }
    }

    public static Rials of(long value) {
        return value == 0 ? ZERO : new Rials(value);
    }

    /** An exact whole number of Rials; refused when negative, fractional or too large. */
    static Rials ofExact(BigDecimal value) {
        if (value.signum() < 0) {
            throw InvalidAmountException.negative(value.longValue());
        }
        try {
            return of(value.longValueExact());
        } catch (ArithmeticException notAWholeLong) {
            throw InvalidAmountException.tooLarge();
        }
    }

    public Rials plus(Rials other) {
        try {
            return of(Math.addExact(value, other.value));
        } catch (ArithmeticException overflow) {
            throw InvalidAmountException.tooLarge();
        }
    }

    /** This minus {@code other}; refused when {@code other} is larger. */
    public Rials minus(Rials other) {
        return of(value - other.value);
    }

    /** This amount {@code times} times ({@code times} ≥ 0). */
    public Rials times(long times) {
        if (times < 0) {
            throw new IllegalArgumentException("a count is not negative: " + times);
        }
        try {
            return of(Math.multiplyExact(value, times));
        } catch (ArithmeticException overflow) {
            throw InvalidAmountException.tooLarge();
        }
    }

    public boolean isZero() {
        return value == 0;
    }

    public boolean isGreaterThan(Rials other) {
        return value > other.value;
    }

    public boolean isLessThan(Rials other) {
        return value < other.value;
    }

    /** Whether this is a whole multiple of {@code unit} (a positive amount). */
    public boolean isMultipleOf(Rials unit) {
        return value % unit.value == 0;
    }

    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(value);
    }

    @Override
    public int compareTo(Rials other) {
        return Long.compare(value, other.value);
    }

    /** E.g. {@code 1,250,000 ریال} (Latin digits; screens convert them). */
    @Override
    public String toString() {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(value) + " ریال";
    }
}
