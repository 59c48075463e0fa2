package org.edalat.filing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Amounts and rates as typed on the fee and tariff screens: any digits, separators, Persian refusals. */
class FeeInputConvertersTest {
    @Test
    void amountsAreReadInAnyDigitsWithOrWithoutSeparators() {
        assertEquals(2_500_000L, FeeAmountConverter.parse("2500000"));
        assertEquals(2_500_000L, FeeAmountConverter.parse("2,500,000"));
        assertEquals(2_500_000L, FeeAmountConverter.parse("۲٬۵۰۰٬۰۰۰"));
        assertEquals(2_500_000L, FeeAmountConverter.parse(" ٢،٥٠٠،٠٠٠ "));
        assertEquals(2_500_000L, FeeAmountConverter.parse("2 500 000"));
        assertEquals(0L, FeeAmountConverter.parse("000"));
        assertNull(FeeAmountConverter.parse("  "));
        assertNull(FeeAmountConverter.parse(null));
    }

    @Test
    void anAmountThatIsNotAWholeNonNegativeNumberIsRefusedInPersian() {
        for (String bad : new String[] {"-5", "12.5", "abc", "۱۲الف", ",", "1e6"}) {
            IllegalArgumentException refused =
                    assertThrows(IllegalArgumentException.class, () -> FeeAmountConverter.parse(bad), bad);
            assertEquals(FeeAmountConverter.MESSAGE, refused.getMessage(), bad);
        }
        assertEquals(
                FeeAmountConverter.TOO_LARGE,
                assertThrows(IllegalArgumentException.class, () -> FeeAmountConverter.parse("1234567890123456"))
                        .getMessage());
        assertEquals(999_999_999_999_999L, FeeAmountConverter.parse("999999999999999"));
    }

    @Test
    void amountsAreShownInPersianDigitsWithThousandsSeparators() {
        assertEquals("۲٬۵۰۰٬۰۰۰", FeeAmountConverter.format(2_500_000L));
        assertEquals("۰", FeeAmountConverter.format(0L));
        assertEquals("", FeeAmountConverter.format(null));
        assertEquals(2_500_000L, FeeAmountConverter.parse(FeeAmountConverter.format(2_500_000L)));
    }

    @Test
    void ratesAreReadWithAnyDecimalSeparatorAndAnOptionalPerCentSign() {
        assertEquals(new BigDecimal("2.5"), FeePercentConverter.parse("2.5"));
        assertEquals(new BigDecimal("2.5"), FeePercentConverter.parse("۲٫۵"));
        assertEquals(new BigDecimal("2.5"), FeePercentConverter.parse("۲/۵٪"));
        assertEquals(new BigDecimal("3"), FeePercentConverter.parse("3%"));
        assertEquals(new BigDecimal("0.25"), FeePercentConverter.parse(".25"));
        assertNull(FeePercentConverter.parse(""));
        for (String bad : new String[] {"-1", "2.5.1", "x", "%", "1,5"}) {
            assertEquals(
                    FeePercentConverter.MESSAGE,
                    assertThrows(IllegalArgumentException.class, () -> FeePercentConverter.parse(bad), bad)
                            .getMessage(),
                    bad);
        }
    }

    @Test
    void ratesAreShownInPersianDigitsWithoutTrailingZeros() {
        assertEquals("۲٫۵", FeePercentConverter.format(new BigDecimal("2.50")));
        assertEquals("۳", FeePercentConverter.format(new BigDecimal("3.000")));
        assertEquals("", FeePercentConverter.format(null));
        assertEquals(
                new BigDecimal("2.5"), FeePercentConverter.parse(FeePercentConverter.format(new BigDecimal("2.5"))));
    }
}
