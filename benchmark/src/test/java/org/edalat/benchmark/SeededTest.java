package org.edalat.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.edalat.accounts.domain.NationalCode;
import org.junit.jupiter.api.Test;

class SeededTest {
    private static final Instant Y2026 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void versionsTakeEffectInOrderAndBefore2026() {
        for (long g : new long[] {1, 2, 729, 730, 731, 299, 300, 123_457, 999_999, 1_000_000}) {
            Instant t1 = Seeded.effectiveFrom(g, 1);
            Instant t2 = Seeded.effectiveFrom(g, 2);
            Instant t3 = Seeded.effectiveFrom(g, 3);
            assertTrue(!t1.isBefore(Seeded.EPOCH) && t1.isBefore(t2) && t2.isBefore(t3) && t3.isBefore(Y2026), g + "");
        }
    }

    @Test
    void theVersionInForceIsTheLatestThatTookEffectAtOrBeforeTheInstant() {
        long g = 4711;
        Instant t1 = Seeded.effectiveFrom(g, 1);
        Instant t2 = Seeded.effectiveFrom(g, 2);
        Instant t3 = Seeded.effectiveFrom(g, 3);
        assertEquals(0, Seeded.versionAt(g, t1.minusMillis(1)));
        assertEquals(1, Seeded.versionAt(g, t1));
        assertEquals(1, Seeded.versionAt(g, t2.minusMillis(1)));
        assertEquals(2, Seeded.versionAt(g, t2));
        assertEquals(2, Seeded.versionAt(g, t3.minusMillis(1)));
        assertEquals(3, Seeded.versionAt(g, t3));
        assertEquals(3, Seeded.versionAt(g, Y2026));
    }

    @Test
    void seededCodesAreValidAndDistinctFromTheLoadsOwnPrefixes() {
        for (long g = 1; g <= 1_000_000; g += 997) {
            String code = Seeded.nationalCode(g);
            assertTrue(NationalCode.isValid(code), code);
            assertTrue(code.startsWith("80"), code);
        }
    }
}
