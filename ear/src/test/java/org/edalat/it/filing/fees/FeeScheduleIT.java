package org.edalat.it.filing.fees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.time.LocalDate;
import org.edalat.filing.domain.FilingKind;
import org.edalat.filing.fees.FeeBasis;
import org.edalat.filing.fees.FeeQuote;
import org.edalat.filing.fees.FeeQuotes;
import org.edalat.filing.fees.FeeScheduleAdministration;
import org.edalat.filing.fees.FeeScheduleVersion;
import org.edalat.filing.fees.FeeScheduleVersionInForceException;
import org.edalat.filing.fees.InvalidFeeScheduleException;
import org.edalat.filing.fees.NoFeeScheduleInForceException;
import org.edalat.filing.fees.Rials;
import org.edalat.filing.fees.TariffApproval;
import org.edalat.filing.fees.TariffState;
import org.edalat.filing.fees.TariffVersion;
import org.edalat.filing.fees.UnknownFeeScheduleVersionException;
import org.edalat.it.support.As;
import org.edalat.it.support.Deployments;
import org.edalat.platform.demo.DemoDataService;
import org.edalat.platform.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The judicial service fee schedule stored as versions by effective date, entered through the service (S0-3). */
@ExtendWith(ArquillianExtension.class)
class FeeScheduleIT {
    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @EJB
    FeeScheduleAdministration administration;

    @EJB
    FeeQuotes quotes;

    @EJB
    TariffApproval tariffs;

    @EJB
    DemoDataService demoData;

    @Test
    void storedVersionsApplyByEffectiveDate_S0_3() throws Exception {
        LocalDate from = FeesIt.farFuture();
        String first = FeesIt.id("FS-A");
        String second = FeesIt.id("FS-B");
        As admin = As.role(Role.ADMIN);
        admin.call(() -> administration.enter(FeesIt.version(first, from, 1_000_000, Rials.of(1_000))));
        As.role(Role.SERVICES_DEPUTY)
                .call(() ->
                        administration.enter(FeesIt.version(second, from.plusDays(10), 2_000_000, Rials.of(1_000))));

        As citizen = As.role(Role.CITIZEN);
        FeeQuote onTheDay = citizen.call(() -> quotes.quote(FilingKind.CRIMINAL_COMPLAINT, null, from));
        assertEquals(first, onTheDay.scheduleVersionId());
        assertEquals(Rials.of(1_000_000), onTheDay.amount());
        assertEquals(FeeBasis.FIXED, onTheDay.basis());
        FeeQuote dayBefore = citizen.call(() -> quotes.quote(FilingKind.CRIMINAL_COMPLAINT, null, from.plusDays(9)));
        assertEquals(first, dayBefore.scheduleVersionId());
        FeeQuote next = As.role(Role.AGENCY_API)
                .call(() -> quotes.quote(FilingKind.CRIMINAL_COMPLAINT, null, from.plusDays(10)));
        assertEquals(second, next.scheduleVersionId());
        assertEquals(Rials.of(2_000_000), next.amount());
        // the rules come back from the database as they were entered: brackets, rounding
        // 2% of 100,000,000 plus 3% of 50,000 = 2,001,500, rounded half up to the thousand
        FeeQuote petition = citizen.call(() -> quotes.quote(FilingKind.CIVIL_PETITION, 100_050_000L, from));
        assertEquals(Rials.of(2_002_000), petition.amount());
        assertEquals(FeeBasis.BRACKETS, petition.basis());
        // 2,000,300 rounds down
        assertEquals(
                Rials.of(2_000_000),
                citizen.call(() -> quotes.quote(FilingKind.CIVIL_PETITION, 100_010_000L, from))
                        .amount());
        assertEquals("S0-3", petition.ruleId());
        FeeScheduleVersion stored = admin.call(() -> administration.versions()).stream()
                .filter(v -> v.id().equals(first))
                .findFirst()
                .orElseThrow();
        assertEquals(from, stored.effectiveFrom());
    }

    @Test
    void aNewVersionStartsAfterTodayAndNeverSharesADateOrAnId_S0_3() throws Exception {
        As admin = As.role(Role.ADMIN);
        InvalidFeeScheduleException today = assertThrows(
                InvalidFeeScheduleException.class,
                () -> admin.call(() -> administration.enter(
                        FeesIt.version(FeesIt.id("FS-T"), FeesIt.today(), 1_000_000, Rials.of(1_000)))));
        assertEquals("effectiveFrom", today.field());
        LocalDate from = FeesIt.farFuture();
        String id = FeesIt.id("FS-D");
        admin.call(() -> administration.enter(FeesIt.version(id, from, 1_000_000, Rials.of(1_000))));
        assertEquals(
                "effectiveFrom",
                assertThrows(
                                InvalidFeeScheduleException.class,
                                () -> admin.call(() -> administration.enter(
                                        FeesIt.version(FeesIt.id("FS-E"), from, 5_000, Rials.of(1_000)))))
                        .field());
        assertEquals(
                "id",
                assertThrows(
                                InvalidFeeScheduleException.class,
                                () -> admin.call(() -> administration.enter(
                                        FeesIt.version(id, from.plusDays(1), 5_000, Rials.of(1_000)))))
                        .field());
    }

    @Test
    void aVersionInForceIsNotChangedAndAFutureOneMayBeWithdrawn_S0_3() throws Exception {
        demoData.loadIfAbsent(); // the demo schedule FS-1404 is in force since 2025-03-21
        As deputy = As.role(Role.SERVICES_DEPUTY);
        assertThrows(
                FeeScheduleVersionInForceException.class, () -> deputy.run(() -> administration.withdraw("FS-1404")));
        LocalDate from = FeesIt.farFuture();
        String id = FeesIt.id("FS-W");
        deputy.call(() -> administration.enter(FeesIt.version(id, from, 7_000_000, Rials.of(1_000))));
        deputy.run(() -> administration.withdraw(id));
        assertThrows(UnknownFeeScheduleVersionException.class, () -> deputy.run(() -> administration.withdraw(id)));
        FeeQuote quote = As.role(Role.CITIZEN).call(() -> quotes.quote(FilingKind.CRIMINAL_COMPLAINT, null, from));
        assertTrue(!id.equals(quote.scheduleVersionId()), "a withdrawn version never applies");
    }

    @Test
    void onlyTheAdministratorOrTheServicesDeputyEntersAVersion_S0_3() {
        LocalDate from = FeesIt.farFuture();
        for (Role role : new Role[] {Role.CITIZEN, Role.CENTER_HEAD, Role.ASSOCIATION, Role.OFFICE_CLERK}) {
            assertThrows(EJBAccessException.class, () -> As.role(role)
                    .call(() ->
                            administration.enter(FeesIt.version(FeesIt.id("FS-R"), from, 1_000_000, Rials.of(1_000)))));
        }
    }

    @Test
    void aDateBeforeEveryVersionHasNoFee_S0_3() {
        assertThrows(NoFeeScheduleInForceException.class, () -> As.role(Role.CITIZEN)
                .call(() -> quotes.quote(FilingKind.SUBMISSION, null, LocalDate.of(1900, 1, 1))));
    }

    @Test
    void theDemoHasAFeeScheduleInForceAndARatifiedTariff() throws Exception {
        demoData.loadIfAbsent();
        FeeQuote quote = As.role(Role.CITIZEN)
                .call(() -> quotes.quote(FilingKind.CIVIL_PETITION, 200_000_000L, LocalDate.of(2025, 6, 1)));
        assertEquals("FS-1404", quote.scheduleVersionId());
        assertEquals(Rials.of(5_000_000), quote.amount());
        TariffVersion demo = As.role(Role.CENTER_HEAD).call(() -> tariffs.find("T-1404-DEMO"));
        assertEquals(TariffState.RATIFIED, demo.state());
        assertEquals(3, demo.steps().size());
        assertTrue(demo.decreeNumber().isPresent());
        assertTrue(As.role(Role.OFFICE_CLERK)
                .call(() -> tariffs.inForceAt(FeesIt.today()))
                .isPresent());
    }
}
