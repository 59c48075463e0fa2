package org.edalat.filing.fees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Only a ratified tariff version applies, from its in-force date (S0-13). */
class TariffBookTest {
    private static final LocalDate FIRST = LocalDate.of(2025, 3, 21);
    private static final LocalDate SECOND = LocalDate.of(2025, 9, 23);

    private final TariffVersion first = Tariffs.ratified("T-1404", FIRST);
    private final TariffVersion second = Tariffs.ratified(
            "T-1404-2",
            Map.of(OfficeService.FILING_COMPLAINT, Rials.of(3_000_000)),
            SECOND,
            Instant.parse("2025-09-01T08:00:00Z"));

    @ParameterizedTest
    @CsvSource({
        "2025-03-20, ", // the day before the first ratified version
        "2025-03-21, T-1404",
        "2025-03-22, T-1404",
        "2025-09-22, T-1404", // the day before the second
        "2025-09-23, T-1404-2",
        "2025-09-24, T-1404-2"
    })
    void theRatifiedVersionInForceOnTheDateApplies_S0_13(LocalDate date, String expected) {
        TariffBook book = TariffBook.of(second, first, Tariffs.approved("T-X"), Tariffs.proposed("T-Y"));
        if (expected == null) {
            NoTariffInForceException none = assertThrows(NoTariffInForceException.class, () -> book.inForceAt(date));
            assertEquals(date, none.date());
            assertTrue(book.findInForceAt(date).isEmpty());
        } else {
            assertEquals(expected, book.inForceAt(date).id());
        }
    }

    @Test
    void proposedApprovedAndRejectedVersionsNeverApply_S0_13() {
        TariffBook book = TariffBook.of(Tariffs.proposed("P"), Tariffs.approved("A"), Tariffs.rejected("R"));
        assertThrows(NoTariffInForceException.class, () -> book.inForceAt(LocalDate.of(2030, 1, 1)));
        TariffVersion pending = Tariffs.approved("A2");
        TariffBook withFirst = TariffBook.of(first, pending);
        assertEquals("T-1404", withFirst.inForceAt(LocalDate.of(2030, 1, 1)).id());
        pending.ratify("judiciary-head", Instant.parse("2026-01-01T08:00:00Z"), LocalDate.of(2026, 1, 1));
        assertEquals("T-1404", withFirst.inForceAt(LocalDate.of(2025, 12, 31)).id());
        assertEquals("A2", withFirst.inForceAt(LocalDate.of(2026, 1, 1)).id());
    }

    @Test
    void ofTwoVersionsInForceFromTheSameDayTheLaterRatifiedApplies_S0_13() {
        TariffVersion earlier = Tariffs.ratified("E", Tariffs.ITEMS, SECOND, Instant.parse("2025-09-01T08:00:00Z"));
        TariffVersion later = Tariffs.ratified("L", Tariffs.ITEMS, SECOND, Instant.parse("2025-09-02T08:00:00Z"));
        assertEquals("L", TariffBook.of(later, earlier).inForceAt(SECOND).id());
        assertEquals("L", TariffBook.of(earlier, later).inForceAt(SECOND).id());
    }
}
