package org.edalat.filing.fees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.edalat.accounts.domain.NationalCode;
import org.junit.jupiter.api.Test;

/** An office's monthly statement: lines, total, subtotals per body, and paying it once (S0-14). */
class ReimbursementStatementTest {
    private static final String OFFICE = "OF-23-0101";
    private static final JalaliMonth MEHR_1404 = new JalaliMonth(1404, 7);
    /** 1404/07/09 10:30 Tehran. */
    private static final Instant IN_MEHR = Instant.parse("2025-10-01T07:00:00Z");
    /** 1404/08/02, Aban: Mehr is over. */
    private static final Instant IN_ABAN = Instant.parse("2025-10-24T07:00:00Z");

    private final TariffVersion tariff = Tariffs.ratified("T-1404", LocalDate.of(2025, 3, 21));

    private static Exemption exemption(ExemptionBasis basis, String reference) {
        return Exemption.confirmedBy(
                new EligibilityAnswer(basis, NationalCode.of("0013542419"), Eligibility.ELIGIBLE, reference, IN_MEHR));
    }

    private ReimbursementStatement.Line line(long id, OfficeService service, int quantity, ExemptionBasis basis) {
        OfficeCharge charge = OfficeCharge.exempt(tariff, OFFICE, service, quantity, exemption(basis, "R-" + id));
        RecordedReimbursement entry = RecordedReimbursement.ofFiling(charge, id, "clerk", IN_MEHR);
        return entry.line();
    }

    private ReimbursementStatement statement(ReimbursementStatement.Payment payment) {
        return new ReimbursementStatement(
                OFFICE,
                MEHR_1404,
                List.of(
                        line(1, OfficeService.FILING_PETITION, 1, ExemptionBasis.RELIEF_COMMITTEE),
                        line(2, OfficeService.DOCUMENT_DIGITISATION, 12, ExemptionBasis.RELIEF_COMMITTEE),
                        line(3, OfficeService.FILING_COMPLAINT, 1, ExemptionBasis.INDIGENT_PRISONER)),
                payment);
    }

    @Test
    void theTotalIsTheSumOfTheTariffsOfTheExemptServices_S0_14() {
        ReimbursementStatement statement = statement(null);
        assertEquals(3, statement.entries());
        // 3,000,000 + 12 x 50,000 + 2,500,000
        assertEquals(Rials.of(6_100_000), statement.total());
        assertEquals(
                Map.of(
                        ExemptionBasis.RELIEF_COMMITTEE, Rials.of(3_600_000),
                        ExemptionBasis.INDIGENT_PRISONER, Rials.of(2_500_000)),
                statement.subtotals());
        assertEquals(
                List.of(ExemptionBasis.RELIEF_COMMITTEE, ExemptionBasis.INDIGENT_PRISONER),
                List.copyOf(statement.subtotals().keySet()),
                "subtotals in the order of the bases");
        assertEquals(Rials.ZERO, new ReimbursementStatement(OFFICE, MEHR_1404, List.of(), null).total());
        assertFalse(statement.isPaid());
    }

    @Test
    void anEntryKeepsTheBodysReferenceTheMonthInTehranAndItsSource_S0_14() {
        OfficeCharge charge = OfficeCharge.exempt(
                tariff,
                OFFICE,
                OfficeService.IDENTITY_VERIFICATION,
                2,
                exemption(ExemptionBasis.WELFARE_PENSIONER, "WP-1404-5512"));
        // 20:45 UTC on the last day of Shahrivar is already 1 Mehr in Tehran
        RecordedReimbursement entry =
                RecordedReimbursement.ofOfficeCharge(charge, 77, "clerk", Instant.parse("2025-09-22T20:45:00Z"));
        assertEquals(MEHR_1404, entry.month());
        assertEquals(Rials.of(800_000), entry.amount());
        assertEquals("WP-1404-5512", entry.bodyReference());
        assertEquals(IN_MEHR, entry.answeredAt());
        assertEquals("office charge 77", entry.line().source());
        assertEquals("T-1404", entry.tariffVersionId());
    }

    @Test
    void aPayingClientIsNeverEnteredInTheLedger_S0_14() {
        OfficeCharge paid = OfficeCharge.charge(tariff, OFFICE, OfficeService.FILING_PETITION, 1, Rials.of(2_000_000));
        assertThrows(IllegalStateException.class, () -> RecordedReimbursement.ofFiling(paid, 1, "clerk", IN_MEHR));
    }

    @Test
    void aStatementIsPaidOnceAfterItsMonthWithAReference_S0_14() {
        ReimbursementStatement statement = statement(null);
        ReimbursementPayment payment = ReimbursementPayment.of(statement, " TR-1404-0815 ", "association", IN_ABAN);
        ReimbursementStatement.Payment view = payment.view();
        assertEquals("TR-1404-0815", view.reference());
        assertEquals(3, view.entries());
        assertEquals(Rials.of(6_100_000), view.total());
        assertEquals(OFFICE + "/1404/07", payment.statement().toString());

        ReimbursementStatement paid = statement(view);
        assertTrue(paid.isPaid());
        assertThrows(
                ReimbursementStatementPaidException.class,
                () -> ReimbursementPayment.of(paid, "TR-2", "association", IN_ABAN));
    }

    @Test
    void aMonthNotOverAnEmptyStatementOrNoReferenceIsNotPaid_S0_14() {
        ReimbursementStatement statement = statement(null);
        ReimbursementMonthNotOverException early = assertThrows(
                ReimbursementMonthNotOverException.class,
                () -> ReimbursementPayment.of(statement, "TR-1", "association", IN_MEHR));
        assertEquals(409, early.httpStatus());
        EmptyReimbursementStatementException empty = assertThrows(
                EmptyReimbursementStatementException.class,
                () -> ReimbursementPayment.of(
                        new ReimbursementStatement(OFFICE, MEHR_1404, List.of(), null),
                        "TR-1",
                        "association",
                        IN_ABAN));
        assertEquals(404, empty.httpStatus());
        InvalidReimbursementReferenceException blank = assertThrows(
                InvalidReimbursementReferenceException.class,
                () -> ReimbursementPayment.of(statement, "  ", "association", IN_ABAN));
        assertEquals("reference", blank.field());
        assertThrows(
                InvalidReimbursementReferenceException.class,
                () -> ReimbursementPayment.of(statement, "x".repeat(101), "association", IN_ABAN));
    }
}
