package org.edalat.filing.fees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Amounts are whole, non-negative Rials; nothing wraps around. */
class RialsTest {
    @Test
    void aNegativeAmountIsRefused() {
        InvalidAmountException refused = assertThrows(InvalidAmountException.class, () -> Rials.of(-1));
        assertEquals("amount-negative", refused.code());
        assertEquals(0, Rials.of(0).value());
    }

    @Test
    void overflowIsRefusedNotWrapped() {
        Rials max = Rials.of(Long.MAX_VALUE);
        assertEquals(
                "amount-too-large",
                assertThrows(InvalidAmountException.class, () -> max.plus(Rials.of(1)))
                        .code());
        assertThrows(InvalidAmountException.class, () -> Rials.of(Long.MAX_VALUE / 2 + 1)
                .times(2));
        assertEquals(
                Long.MAX_VALUE, Rials.of(Long.MAX_VALUE - 1).plus(Rials.of(1)).value());
        assertThrows(InvalidAmountException.class, () -> Rials.ofExact(new BigDecimal("9223372036854775808")));
    }

    @Test
    void subtractingMoreThanThereIsIsRefused() {
        assertThrows(InvalidAmountException.class, () -> Rials.of(5).minus(Rials.of(6)));
        assertEquals(Rials.ZERO, Rials.of(5).minus(Rials.of(5)));
    }

    @Test
    void aFractionIsNotAnAmountOfRials() {
        assertThrows(InvalidAmountException.class, () -> Rials.ofExact(new BigDecimal("1.5")));
        assertEquals(2, Rials.ofExact(new BigDecimal("2.000")).value());
    }

    @Test
    void amountsCompareAndPrint() {
        assertTrue(Rials.of(2).isGreaterThan(Rials.of(1)));
        assertTrue(Rials.of(1).isLessThan(Rials.of(2)));
        assertTrue(Rials.of(3_000).isMultipleOf(Rials.of(1_000)));
        assertEquals("1,250,000 ریال", Rials.of(1_250_000).toString());
        assertThrows(IllegalArgumentException.class, () -> Rials.of(1).times(-1));
    }
}
