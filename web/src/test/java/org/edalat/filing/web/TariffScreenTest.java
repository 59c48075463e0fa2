package org.edalat.filing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.edalat.filing.fees.OfficeService;
import org.edalat.filing.fees.Rials;
import org.edalat.filing.fees.TariffState;
import org.edalat.filing.fees.TariffVersion;
import org.edalat.platform.security.Role;
import org.junit.jupiter.api.Test;

/**
 * The tariff screen's own logic (S0-13): a version's row carries the whole chain with who, role, when
 * and reference, says whose step is next, and marks the version in force today; the proposal form
 * proposes only the services given an amount.
 */
class TariffScreenTest {
    private static final Instant PROPOSED_AT = Instant.parse("2026-05-01T06:00:00Z");

    private static TariffVersion proposed() {
        return TariffVersion.propose(
                "T-1",
                Map.of(
                        OfficeService.IDENTITY_VERIFICATION, Rials.of(400_000),
                        OfficeService.FILING_COMPLAINT, Rials.of(2_500_000)),
                "it-association",
                Role.ASSOCIATION,
                "ک/۱۲۳",
                PROPOSED_AT);
    }

    @Test
    void aRowCarriesTheWholeChainWithWhoRoleWhenAndReference_S0_13() {
        TariffVersion version = proposed();
        TariffRow row = TariffRow.of(version, null);
        assertTrue(row.proposed() && row.pending() && !row.approved(), "the Center's head approves or rejects next");
        assertEquals(
                List.of(OfficeService.FILING_COMPLAINT, OfficeService.IDENTITY_VERIFICATION),
                row.items().stream().map(TariffRow.Item::service).toList(),
                "in the order of the services");
        assertEquals("۲٬۵۰۰٬۰۰۰", row.items().get(0).amountText());

        version.approve("it-center-head", Role.CENTER_HEAD, PROPOSED_AT.plusSeconds(60));
        row = TariffRow.of(version, null);
        assertTrue(row.approved() && row.pending() && !row.proposed(), "the decree is recorded next");

        LocalDate inForce = LocalDate.of(2026, 6, 1);
        version.ratifyByDecree(
                "it-center-head",
                Role.CENTER_HEAD,
                PROPOSED_AT.plusSeconds(120),
                inForce,
                "9000/55",
                LocalDate.of(2026, 4, 30));
        row = TariffRow.of(version, "T-1");
        assertFalse(row.pending(), "nothing left to decide");
        assertEquals(TariffState.RATIFIED, row.state());
        assertTrue(row.inForceToday());
        assertEquals(inForce, row.inForceFrom());
        assertEquals("9000/55", row.decreeNumber());
        assertEquals(LocalDate.of(2026, 4, 30), row.decreeDate());
        assertEquals(
                List.of(TariffState.PROPOSED, TariffState.APPROVED, TariffState.RATIFIED),
                row.steps().stream().map(TariffRow.Step::reached).toList());
        TariffRow.Step first = row.steps().get(0);
        assertEquals("it-association", first.by());
        assertEquals(Role.ASSOCIATION, first.actingAs());
        assertEquals(PROPOSED_AT, first.at());
        assertEquals("ک/۱۲۳", first.reference());
        assertEquals(Role.CENTER_HEAD, row.steps().get(2).actingAs());
        assertEquals("9000/55", row.steps().get(2).reference());
        assertFalse(TariffRow.of(version, "T-2").inForceToday(), "another version is in force");
    }

    @Test
    void aRejectionKeepsItsReasonAndClosesTheProposal_S0_13() {
        TariffVersion version = proposed();
        version.reject("it-center-head", Role.CENTER_HEAD, PROPOSED_AT.plusSeconds(5), "  مبلغ بالاست ");
        TariffRow row = TariffRow.of(version, null);
        assertFalse(row.pending());
        assertEquals(TariffState.REJECTED, row.state());
        assertEquals("مبلغ بالاست", row.steps().get(1).note());
        assertNull(row.inForceFrom());
    }

    @Test
    void theProposalHoldsOnlyTheServicesGivenAnAmount_S0_13() {
        TariffProposalForm form = new TariffProposalForm();
        assertEquals(OfficeService.values().length, form.getLines().size());
        assertTrue(form.items().isEmpty());
        form.getLines().get(0).setAmount(2_500_000L);
        form.getLines().get(3).setAmount(0L);
        assertEquals(
                Map.of(
                        form.getLines().get(0).getService(),
                        Rials.of(2_500_000),
                        form.getLines().get(3).getService(),
                        Rials.ZERO),
                form.items());
    }
}
