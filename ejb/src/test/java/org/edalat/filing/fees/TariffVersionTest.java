package org.edalat.filing.fees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edalat.platform.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The office tariff's approval chain (S0-13): proposed by the Association, approved by the Center's
 * head, ratified by the head of the judiciary with an in-force date; no step skipped or repeated; a
 * rejected proposal is closed.
 */
class TariffVersionTest {
    private static final Instant LATER = Instant.parse("2025-03-10T08:00:00Z");
    private static final LocalDate IN_FORCE = LocalDate.of(2025, 3, 21);

    @Test
    void eachStepRecordsWhoAndWhenInOrder_S0_13() {
        TariffVersion version = Tariffs.proposed("T-1404");
        assertEquals(TariffState.PROPOSED, version.state());
        assertFalse(version.isRatified());
        version.approve("centerhead", Tariffs.APPROVED_AT);
        assertEquals(TariffState.APPROVED, version.state());
        assertTrue(version.inForceFrom().isEmpty());
        version.ratify("judiciary-head", Tariffs.RATIFIED_AT, IN_FORCE);
        assertEquals(TariffState.RATIFIED, version.state());
        assertEquals(IN_FORCE, version.inForceFrom().orElseThrow());
        assertEquals(
                List.of(
                        new ApprovalStep(TariffState.PROPOSED, "association", Tariffs.PROPOSED_AT, null),
                        new ApprovalStep(TariffState.APPROVED, "centerhead", Tariffs.APPROVED_AT, null),
                        new ApprovalStep(TariffState.RATIFIED, "judiciary-head", Tariffs.RATIFIED_AT, null)),
                version.steps());
        assertEquals(
                "centerhead", version.step(TariffState.APPROVED).orElseThrow().by());
    }

    /** Every step that is not the next one in the chain is refused, and changes nothing. */
    @ParameterizedTest(name = "{1} from {0}")
    @CsvSource({
        "PROPOSED, RATIFY", // skips the Center head's approval
        "APPROVED, APPROVE", // repeats it
        "RATIFIED, APPROVE",
        "RATIFIED, RATIFY", // repeats the ratification
        "RATIFIED, REJECT" // a ratified tariff is replaced by a new version, not rejected
    })
    void aStepOutOfOrderIsRefused_S0_13(TariffState from, String step) {
        TariffVersion version = inState(from);
        List<ApprovalStep> before = version.steps();
        TariffStepOutOfOrderException refused =
                assertThrows(TariffStepOutOfOrderException.class, () -> take(version, step));
        assertEquals(from, refused.current());
        assertEquals(from, version.state());
        assertEquals(before, version.steps());
        assertEquals("tariff-step-out-of-order", refused.code());
        assertTrue(refused.getMessage().contains("T-1"), refused.getMessage());
    }

    @ParameterizedTest(name = "{1} after rejection")
    @CsvSource({"REJECTED, APPROVE", "REJECTED, RATIFY", "REJECTED, REJECT"})
    void aRejectedProposalIsClosed_S0_13(TariffState from, String step) {
        TariffVersion version = inState(from);
        List<ApprovalStep> before = version.steps();
        BusinessException refused = assertThrows(TariffProposalClosedException.class, () -> take(version, step));
        assertEquals("tariff-proposal-closed", refused.code());
        assertEquals(TariffState.REJECTED, version.state());
        assertEquals(before, version.steps());
    }

    @Test
    void theCenterHeadOrTheHeadOfTheJudiciaryMayReject_S0_13() {
        TariffVersion atProposal = Tariffs.rejected("T-1");
        assertEquals(TariffState.REJECTED, atProposal.state());
        assertEquals(
                "مبالغ بیش از اندازه است",
                atProposal.step(TariffState.REJECTED).orElseThrow().note());
        TariffVersion atApproval = Tariffs.approved("T-2");
        atApproval.reject("judiciary-head", LATER, null);
        assertEquals(TariffState.REJECTED, atApproval.state());
        assertEquals(3, atApproval.steps().size());
        assertTrue(atApproval.inForceFrom().isEmpty());
        assertFalse(atApproval.appliesOn(IN_FORCE));
    }

    @Test
    void aTariffIsNotInForceBeforeTheDayItIsRatifiedInTehran_S0_13() {
        // 21:00 UTC on 20 March is 00:30 on 21 March in Tehran: the 20th is already the day before
        Instant ratifiedAt = Instant.parse("2025-03-20T21:00:00Z");
        TariffVersion version = Tariffs.approved("T-1");
        RetroactiveTariffException refused = assertThrows(
                RetroactiveTariffException.class,
                () -> version.ratify("judiciary-head", ratifiedAt, LocalDate.of(2025, 3, 20)));
        assertEquals("inForceFrom", refused.field());
        assertEquals(TariffState.APPROVED, version.state());
        version.ratify("judiciary-head", ratifiedAt, LocalDate.of(2025, 3, 21));
        assertTrue(version.appliesOn(LocalDate.of(2025, 3, 21)));
        assertFalse(version.appliesOn(LocalDate.of(2025, 3, 20)));
    }

    @Test
    void aStepCannotBeDatedBeforeThePreviousOne_S0_13() {
        TariffVersion version = Tariffs.proposed("T-1");
        assertThrows(
                IllegalArgumentException.class,
                () -> version.approve("centerhead", Tariffs.PROPOSED_AT.minusSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> version.approve(" ", Tariffs.APPROVED_AT));
        assertEquals(TariffState.PROPOSED, version.state());
        assertEquals(1, version.steps().size());
    }

    @Test
    void aProposalNamesAtLeastOneServiceAndHasAnId_S0_13() {
        assertEquals(
                "items",
                assertThrows(
                                InvalidTariffException.class,
                                () -> TariffVersion.propose("T-1", Map.of(), "association", Tariffs.PROPOSED_AT))
                        .field());
        assertEquals(
                "id",
                assertThrows(
                                InvalidTariffException.class,
                                () -> TariffVersion.propose("", Tariffs.ITEMS, "association", Tariffs.PROPOSED_AT))
                        .field());
        Map<OfficeService, Rials> withNull = new HashMap<>();
        withNull.put(OfficeService.FILING_COMPLAINT, null);
        assertThrows(
                InvalidTariffException.class,
                () -> TariffVersion.propose("T-1", withNull, "association", Tariffs.PROPOSED_AT));
    }

    @Test
    void theTariffOfAServiceIsItsUnitAmountTimesTheQuantity_S0_13() {
        TariffVersion version = Tariffs.ratified("T-1", IN_FORCE);
        assertEquals(Rials.of(50_000), version.tariffFor(OfficeService.DOCUMENT_DIGITISATION, 1));
        assertEquals(Rials.of(600_000), version.tariffFor(OfficeService.DOCUMENT_DIGITISATION, 12));
        assertEquals(Rials.of(800_000), version.tariffFor(OfficeService.IDENTITY_VERIFICATION, 2));
        InvalidQuantityException none = assertThrows(
                InvalidQuantityException.class, () -> version.tariffFor(OfficeService.DOCUMENT_DIGITISATION, 0));
        assertEquals("quantity", none.field());
        TariffVersion partial = Tariffs.ratified(
                "T-2", Map.of(OfficeService.FILING_COMPLAINT, Rials.of(1_000)), IN_FORCE, Tariffs.RATIFIED_AT);
        ServiceNotInTariffException missing = assertThrows(
                ServiceNotInTariffException.class, () -> partial.tariffFor(OfficeService.FILING_PETITION, 1));
        assertEquals("service-not-in-tariff", missing.code());
    }

    private static TariffVersion inState(TariffState state) {
        return switch (state) {
            case PROPOSED -> Tariffs.proposed("T-1");
            case APPROVED -> Tariffs.approved("T-1");
            case RATIFIED -> Tariffs.ratified("T-1", IN_FORCE);
            case REJECTED -> Tariffs.rejected("T-1");
        };
    }

    private static void take(TariffVersion version, String step) {
        switch (step) {
            case "APPROVE" -> version.approve("centerhead", LATER);
            case "RATIFY" -> version.ratify("judiciary-head", LATER, IN_FORCE);
            case "REJECT" -> version.reject("centerhead", LATER, "no");
            default -> throw new IllegalArgumentException(step);
        }
    }
}
