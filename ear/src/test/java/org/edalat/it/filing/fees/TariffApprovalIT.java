package org.edalat.it.filing.fees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.edalat.filing.fees.ApprovalStep;
import org.edalat.filing.fees.ChargeAboveTariffException;
import org.edalat.filing.fees.OfficeCharges;
import org.edalat.filing.fees.OfficeService;
import org.edalat.filing.fees.PossibleViolationLog;
import org.edalat.filing.fees.RecordedOfficeCharge;
import org.edalat.filing.fees.RecordedViolation;
import org.edalat.filing.fees.RetroactiveTariffException;
import org.edalat.filing.fees.Rials;
import org.edalat.filing.fees.TariffApproval;
import org.edalat.filing.fees.TariffProposalClosedException;
import org.edalat.filing.fees.TariffState;
import org.edalat.filing.fees.TariffStepOutOfOrderException;
import org.edalat.filing.fees.TariffVersion;
import org.edalat.filing.fees.TariffVersionExistsException;
import org.edalat.it.support.As;
import org.edalat.it.support.Deployments;
import org.edalat.it.support.ItUsers;
import org.edalat.platform.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The office tariff's approval chain through the services (S0-13), what applies (only a ratified
 * version), and office charges against it (S0-13.2), with the possible S0-38.k violation kept.
 */
@ExtendWith(ArquillianExtension.class)
class TariffApprovalIT {
    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @EJB
    TariffApproval approval;

    @EJB
    OfficeCharges charges;

    @EJB
    PossibleViolationLog violations;

    @PersistenceContext(unitName = "edalat")
    EntityManager em;

    // in-container only: JUnit also makes an instance on the client, where there is no security domain
    private static As association() {
        return As.role(Role.ASSOCIATION);
    }

    private static As centerHead() {
        return As.role(Role.CENTER_HEAD);
    }

    private TariffVersion ratified(String id, long complaint, LocalDate inForceFrom) throws Exception {
        association().call(() -> approval.propose(id, FeesIt.items(complaint), "LTR-1"));
        centerHead().call(() -> approval.approve(id));
        return centerHead().call(() -> approval.ratify(id, "9000/" + id, FeesIt.today(), inForceFrom));
    }

    @Test
    void theChainIsProposedApprovedRatifiedEachStepWithWhoRoleAndReference_S0_13() throws Exception {
        String id = FeesIt.id("T");
        LocalDate inForce = FeesIt.farFuture();
        TariffVersion proposed = association().call(() -> approval.propose(id, FeesIt.items(2_000_000), "LTR-77"));
        assertEquals(TariffState.PROPOSED, proposed.state());
        centerHead().call(() -> approval.approve(id));
        LocalDate decreeDate = FeesIt.today().minusDays(3);
        centerHead().call(() -> approval.ratify(id, " 9000/123/1405 ", decreeDate, inForce));

        TariffVersion stored = centerHead().call(() -> approval.find(id));
        assertEquals(TariffState.RATIFIED, stored.state());
        assertEquals(inForce, stored.inForceFrom().orElseThrow());
        assertEquals("9000/123/1405", stored.decreeNumber().orElseThrow());
        assertEquals(decreeDate, stored.decreeDate().orElseThrow());
        assertEquals(Rials.of(2_000_000), stored.unitTariff(OfficeService.FILING_COMPLAINT));
        List<ApprovalStep> steps = stored.steps();
        assertEquals(
                List.of(TariffState.PROPOSED, TariffState.APPROVED, TariffState.RATIFIED),
                steps.stream().map(ApprovalStep::reached).toList());
        assertEquals(ItUsers.username(Role.ASSOCIATION), steps.get(0).by());
        assertEquals(Role.ASSOCIATION, steps.get(0).actingAs());
        assertEquals("LTR-77", steps.get(0).reference());
        assertEquals(ItUsers.username(Role.CENTER_HEAD), steps.get(1).by());
        assertEquals(Role.CENTER_HEAD, steps.get(2).actingAs(), "recorded by the Center's head");
        assertEquals("9000/123/1405", steps.get(2).reference());
        assertTrue(steps.get(2).note().contains("head of the judiciary"));
        assertFalse(steps.get(1).at().isAfter(steps.get(2).at()));
        assertEquals(
                id,
                As.role(Role.OFFICE_CLERK)
                        .call(() -> approval.inForceAt(inForce))
                        .orElseThrow()
                        .id());
    }

    @Test
    void wrongRolesAndStepsOutOfOrderAreRefused_S0_13() throws Exception {
        String id = FeesIt.id("T");
        assertThrows(EJBAccessException.class, () -> centerHead()
                .call(() -> approval.propose(id, FeesIt.items(1_000), null)));
        association().call(() -> approval.propose(id, FeesIt.items(1_000_000), null));
        assertThrows(TariffVersionExistsException.class, () -> association()
                .call(() -> approval.propose(id, FeesIt.items(1_000), null)));
        assertThrows(EJBAccessException.class, () -> association().call(() -> approval.approve(id)));
        assertThrows(EJBAccessException.class, () -> As.role(Role.ADMIN).call(() -> approval.approve(id)));
        TariffStepOutOfOrderException skipped = assertThrows(TariffStepOutOfOrderException.class, () -> centerHead()
                .call(() -> approval.ratify(id, "D-1", FeesIt.today(), FeesIt.farFuture())));
        assertEquals(409, skipped.httpStatus());
        centerHead().call(() -> approval.approve(id));
        assertThrows(TariffStepOutOfOrderException.class, () -> centerHead().call(() -> approval.approve(id)));
        assertThrows(EJBAccessException.class, () -> association()
                .call(() -> approval.ratify(id, "D-1", FeesIt.today(), FeesIt.farFuture())));
        RetroactiveTariffException retroactive = assertThrows(RetroactiveTariffException.class, () -> centerHead()
                .call(() -> approval.ratify(
                        id, "D-1", FeesIt.today(), FeesIt.today().minusDays(1))));
        assertEquals("inForceFrom", retroactive.field());
        assertEquals(
                TariffState.APPROVED, centerHead().call(() -> approval.find(id)).state(), "nothing changed");
        assertEquals(2, centerHead().call(() -> approval.find(id)).steps().size());
    }

    @Test
    void onlyARatifiedVersionApplies_S0_13() throws Exception {
        LocalDate from = FeesIt.farFuture();
        String ratified = FeesIt.id("T-R");
        ratified(ratified, 1_000_000, from);
        String approvedOnly = FeesIt.id("T-A");
        association().call(() -> approval.propose(approvedOnly, FeesIt.items(9_000_000), null));
        centerHead().call(() -> approval.approve(approvedOnly));
        String rejected = FeesIt.id("T-X");
        association().call(() -> approval.propose(rejected, FeesIt.items(8_000_000), null));
        centerHead().call(() -> approval.reject(rejected, "مبالغ بیش از اندازه است"));
        assertThrows(TariffProposalClosedException.class, () -> centerHead().call(() -> approval.approve(rejected)));

        As clerk = As.role(Role.OFFICE_CLERK);
        assertEquals(
                ratified,
                clerk.call(() -> approval.inForceAt(from)).orElseThrow().id());
        assertEquals(
                ratified,
                clerk.call(() -> approval.inForceAt(from.plusDays(1)))
                        .orElseThrow()
                        .id());

        String later = FeesIt.id("T-L");
        ratified(later, 1_200_000, from.plusDays(5));
        assertEquals(
                ratified,
                clerk.call(() -> approval.inForceAt(from.plusDays(4)))
                        .orElseThrow()
                        .id());
        assertEquals(
                later,
                clerk.call(() -> approval.inForceAt(from.plusDays(5)))
                        .orElseThrow()
                        .id());
    }

    @Test
    void aChargeAboveTheTariffIsRefusedAndThePossibleViolationStays_S0_13_2_S0_38_k() throws Exception {
        String tariff = FeesIt.id("T-C");
        ratified(tariff, 2_500_000, FeesIt.today());
        String office = FeesIt.id("IT");
        As clerk = As.role(Role.OFFICE_CLERK);
        ChargeAboveTariffException refused = assertThrows(
                ChargeAboveTariffException.class,
                () -> clerk.call(() -> charges.charge(office, OfficeService.FILING_COMPLAINT, 1, Rials.of(2_500_001))));
        assertEquals(422, refused.httpStatus());
        assertEquals("amount", refused.field());

        List<RecordedViolation> kept = As.role(Role.INSPECTOR).call(() -> violations.ofOffice(office));
        assertEquals(1, kept.size(), "the possible violation stays though the charge rolled back");
        RecordedViolation violation = kept.get(0);
        assertEquals("S0-38.k", violation.ruleId());
        assertEquals(tariff, violation.tariffVersionId());
        assertEquals(Rials.of(2_500_000), violation.tariff());
        assertEquals(Rials.of(2_500_001), violation.asked());
        assertEquals(ItUsers.username(Role.OFFICE_CLERK), violation.attemptedBy());
        assertEquals(0L, chargesOf(office), "nothing was charged");
        assertThrows(EJBAccessException.class, () -> clerk.call(() -> violations.ofOffice(office)));
    }

    @Test
    void aChargeUpToTheTariffIsRecordedWithItsVoluntaryDiscount_S0_13_2() throws Exception {
        String tariff = FeesIt.id("T-D");
        ratified(tariff, 2_500_000, FeesIt.today());
        String office = FeesIt.id("IT");
        As clerk = As.role(Role.OFFICE_CLERK);
        RecordedOfficeCharge full =
                clerk.call(() -> charges.charge(office, OfficeService.DOCUMENT_DIGITISATION, 4, Rials.of(200_000)));
        assertEquals(Rials.of(200_000), full.tariff());
        assertEquals(Rials.ZERO, full.discount());
        RecordedOfficeCharge less =
                clerk.call(() -> charges.charge(office, OfficeService.FILING_COMPLAINT, 1, Rials.of(2_000_000)));
        assertEquals(tariff, less.tariffVersionId());
        assertEquals(Rials.of(500_000), less.discount());
        assertEquals(2L, chargesOf(office));
        assertTrue(
                As.role(Role.INSPECTOR).call(() -> violations.ofOffice(office)).isEmpty());
        assertThrows(EJBAccessException.class, () -> As.role(Role.CITIZEN)
                .call(() -> charges.charge(office, OfficeService.FILING_COMPLAINT, 1, Rials.of(1))));
    }

    private long chargesOf(String office) {
        return em.createQuery("select count(c) from RecordedOfficeCharge c where c.subject.officeCode = :o", Long.class)
                .setParameter("o", office)
                .getSingleResult();
    }
}
