package org.edalat.filing.fees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.edalat.accounts.domain.NationalCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Relief Committee clients, Welfare pensioners and indigent prisoners pay no office tariff; the
 * Association owes the office the tariff instead (S0-14).
 */
class ExemptionTest {
    private static final String OFFICE = "THR-1021";
    private static final NationalCode CLIENT = NationalCode.of("0013542419");
    private static final Instant ASKED_AT = Instant.parse("2025-10-01T07:00:00Z");
    private static final JalaliMonth MEHR_1404 = new JalaliMonth(1404, 7);

    private final TariffVersion tariff = Tariffs.ratified("T-1404", LocalDate.of(2025, 3, 21));

    private static EligibilityAnswer answer(ExemptionBasis basis, Eligibility outcome) {
        return new EligibilityAnswer(
                basis, CLIENT, outcome, outcome == Eligibility.UNAVAILABLE ? null : "INQ-42", ASKED_AT);
    }

    @ParameterizedTest
    @EnumSource(ExemptionBasis.class)
    void anExemptClientPaysNoTariffAndTheAssociationOwesIt_S0_14(ExemptionBasis basis) {
        Exemption exemption = Exemption.confirmedBy(answer(basis, Eligibility.ELIGIBLE));
        OfficeCharge charge = OfficeCharge.exempt(tariff, OFFICE, OfficeService.FILING_PETITION, 1, exemption);
        assertEquals(Rials.ZERO, charge.charged());
        assertEquals(Rials.of(3_000_000), charge.tariff());
        assertTrue(charge.isExempt());
        // not a voluntary discount: the ranking context must not count it (S0-13.2)
        assertEquals(Rials.ZERO, charge.voluntaryDiscount());
        assertFalse(charge.isDiscounted());
        assertEquals(
                new ReimbursementEntry(
                        OFFICE, MEHR_1404, OfficeService.FILING_PETITION, 1, Rials.of(3_000_000), basis, "T-1404"),
                charge.reimbursement(MEHR_1404));
        assertEquals("INQ-42", charge.exemption().answer().reference());
    }

    @Test
    void everyExemptServiceOfAFilingMakesItsOwnEntry_S0_14() {
        Exemption exemption = Exemption.confirmedBy(answer(ExemptionBasis.INDIGENT_PRISONER, Eligibility.ELIGIBLE));
        List<ReimbursementEntry> entries = List.of(
                        OfficeCharge.exempt(tariff, OFFICE, OfficeService.IDENTITY_VERIFICATION, 1, exemption),
                        OfficeCharge.exempt(tariff, OFFICE, OfficeService.FILING_COMPLAINT, 1, exemption),
                        OfficeCharge.exempt(tariff, OFFICE, OfficeService.DOCUMENT_DIGITISATION, 7, exemption))
                .stream()
                .map(c -> c.reimbursement(MEHR_1404))
                .toList();
        assertEquals(
                List.of(Rials.of(400_000), Rials.of(2_500_000), Rials.of(350_000)),
                entries.stream().map(ReimbursementEntry::amount).toList());
        assertEquals(7, entries.get(2).quantity());
        assertEquals(
                3_250_000, entries.stream().mapToLong(e -> e.amount().value()).sum());
    }

    @Test
    void aBodySayingNotCoveredLeavesTheTariffDue_S0_14() {
        NotEligibleForExemptionException refused = assertThrows(
                NotEligibleForExemptionException.class,
                () -> Exemption.confirmedBy(answer(ExemptionBasis.WELFARE_PENSIONER, Eligibility.NOT_ELIGIBLE)));
        assertEquals(ExemptionBasis.WELFARE_PENSIONER, refused.basis());
        assertTrue(refused.getMessage().contains("سازمان بهزیستی"), refused.getMessage());
    }

    @Test
    void anUnavailableBodyConfirmsNothing_S0_14() {
        EligibilityInquiryUnavailableException refused = assertThrows(
                EligibilityInquiryUnavailableException.class,
                () -> Exemption.confirmedBy(answer(ExemptionBasis.RELIEF_COMMITTEE, Eligibility.UNAVAILABLE)));
        assertEquals(503, refused.httpStatus());
        assertThrows(
                IllegalArgumentException.class,
                () -> new Exemption(answer(ExemptionBasis.RELIEF_COMMITTEE, Eligibility.UNAVAILABLE)));
    }

    @Test
    void aPayingClientsChargeIsNotReimbursed_S0_14() {
        OfficeCharge paid = OfficeCharge.charge(tariff, OFFICE, OfficeService.FILING_PETITION, 1, Rials.of(1_000_000));
        assertThrows(IllegalStateException.class, () -> paid.reimbursement(MEHR_1404));
        assertThrows(
                IllegalArgumentException.class,
                () -> new OfficeCharge(
                        OFFICE,
                        OfficeService.FILING_PETITION,
                        1,
                        "T-1404",
                        Rials.of(3_000_000),
                        Rials.of(1),
                        Exemption.confirmedBy(answer(ExemptionBasis.RELIEF_COMMITTEE, Eligibility.ELIGIBLE))));
    }

    @Test
    void eachBasisNamesTheBodyThatConfirmsIt_S0_14() {
        assertTrue(ExemptionBasis.INDIGENT_PRISONER.confirmingBody().contains("زندان"));
        assertTrue(ExemptionBasis.RELIEF_COMMITTEE.confirmingBody().contains("کمیته امداد"));
        assertTrue(ExemptionBasis.WELFARE_PENSIONER.label().contains("مستمری"));
    }

    @Test
    void aReimbursementMonthIsAJalaliMonth() {
        assertEquals("1404/07", MEHR_1404.toString());
        assertThrows(IllegalArgumentException.class, () -> new JalaliMonth(1404, 13));
        assertThrows(IllegalArgumentException.class, () -> new JalaliMonth(2025, 1));
        assertTrue(new JalaliMonth(1404, 12).compareTo(new JalaliMonth(1405, 1)) < 0);
    }
}
