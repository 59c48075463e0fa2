package org.edalat.filing.fees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An office may charge less than the tariff, never more (S0-13.2; more is S0-38.k). */
class OfficeChargeTest {
    private static final String OFFICE = "THR-1021";
    private final TariffVersion tariff = Tariffs.ratified("T-1404", LocalDate.of(2025, 3, 21));

    @ParameterizedTest(name = "{0} pages of digitisation, asked {1}: discount {2}")
    @CsvSource({
        "1, 0, 50000", // a service given free is a discount of the whole tariff
        "1, 49999, 1",
        "1, 50000, 0",
        "10, 499999, 1",
        "10, 500000, 0"
    })
    void anOfficeMayChargeUpToTheTariffAndALowerChargeIsAVoluntaryDiscount_S0_13_2(
            int pages, long asked, long discount) {
        OfficeCharge charge =
                OfficeCharge.charge(tariff, OFFICE, OfficeService.DOCUMENT_DIGITISATION, pages, Rials.of(asked));
        assertEquals(Rials.of(50_000L * pages), charge.tariff());
        assertEquals(Rials.of(asked), charge.charged());
        assertEquals(Rials.of(discount), charge.voluntaryDiscount());
        assertEquals(discount > 0, charge.isDiscounted());
        assertFalse(charge.isExempt());
    }

    @ParameterizedTest(name = "{0} × {1}, asked {2}")
    @CsvSource({
        "FILING_COMPLAINT, 1, 2500001",
        "FILING_PETITION, 1, 3000001",
        "FILING_PETITION, 1, 9000000",
        "DOCUMENT_DIGITISATION, 1, 50001",
        "DOCUMENT_DIGITISATION, 10, 500001",
        "IDENTITY_VERIFICATION, 2, 800001"
    })
    void aChargeAboveTheTariffIsRefusedAsAPossibleViolation_S0_13_2_S0_38_k(
            OfficeService service, int quantity, long asked) {
        ChargeAboveTariffException refused = assertThrows(
                ChargeAboveTariffException.class,
                () -> OfficeCharge.charge(tariff, OFFICE, service, quantity, Rials.of(asked)));
        PossibleViolation violation = refused.violation();
        Rials due = tariff.tariffFor(service, quantity);
        assertEquals(
                new PossibleViolation(OFFICE, service, quantity, "T-1404", due, Rials.of(asked), "S0-38.k"), violation);
        assertEquals(Rials.of(asked - due.value()), violation.excess());
        assertEquals("charge-above-tariff", refused.code());
        assertEquals("amount", refused.field());
        assertTrue(refused.getMessage().contains(service.label()), refused.getMessage());
    }

    @Test
    void aChargeKeepsWhatTheReceiptShows_S0_13_1() {
        OfficeCharge charge =
                OfficeCharge.charge(tariff, OFFICE, OfficeService.FILING_PETITION, 1, Rials.of(2_800_000));
        assertEquals(OFFICE, charge.officeCode());
        assertEquals(OfficeService.FILING_PETITION, charge.service());
        assertEquals(1, charge.quantity());
        assertEquals("T-1404", charge.tariffVersionId());
        assertEquals(Rials.of(3_000_000), charge.tariff());
        assertEquals(Rials.of(2_800_000), charge.charged());
        assertEquals(Rials.of(200_000), charge.voluntaryDiscount());
        assertNull(charge.exemption());
    }

    @Test
    void onlyARatifiedTariffCanBeCharged_S0_13() {
        TariffVersion approved = Tariffs.approved("T-A");
        assertThrows(
                IllegalArgumentException.class,
                () -> OfficeCharge.charge(approved, OFFICE, OfficeService.FILING_COMPLAINT, 1, Rials.of(1)));
    }

    @Test
    void aChargeIsNeverRecordedAboveTheTariffEvenByHand_S0_13_2() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new OfficeCharge(
                        OFFICE, OfficeService.FILING_COMPLAINT, 1, "T-1404", Rials.of(10), Rials.of(11), null));
    }
}
