package org.edalat.it.accounts.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.edalat.accounts.application.MandatoryRegistration;
import org.edalat.accounts.application.PartyFlag;
import org.edalat.accounts.application.PersonDetails;
import org.edalat.accounts.application.PersonRegistry;
import org.edalat.accounts.application.Registration;
import org.edalat.accounts.domain.ContactChange;
import org.edalat.accounts.domain.IdentityNotConfirmedException;
import org.edalat.accounts.domain.IdentityServiceUnavailableException;
import org.edalat.accounts.domain.InvalidFieldException;
import org.edalat.accounts.domain.NotAPrisonAccountException;
import org.edalat.accounts.domain.PartyNotRegisteredException;
import org.edalat.accounts.domain.PartyRole;
import org.edalat.accounts.domain.Person;
import org.edalat.accounts.domain.PersonAlreadyRegisteredException;
import org.edalat.accounts.domain.PersonKind;
import org.edalat.accounts.domain.RepresentativeCapacity;
import org.edalat.accounts.domain.Standing;
import org.edalat.accounts.domain.UnitRegistrationNotAllowedException;
import org.edalat.accounts.domain.UnitRegistrationReason;
import org.edalat.accounts.domain.UnrequestedChangeException;
import org.edalat.accounts.domain.VerificationMethod;
import org.edalat.accounts.registry.LocalCivilRegistry;
import org.edalat.it.support.As;
import org.edalat.it.support.Deployments;
import org.edalat.it.support.Identities;
import org.edalat.it.support.ItUsers;
import org.edalat.platform.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every registration path of SANA, deployed for real (S4-9, S4-10, S4-11, S4-19.1, S4-21, S0-4, S0-48). */
@ExtendWith(ArquillianExtension.class)
class RegistrationIT {
    private static final String PASSWORD = "Portal-Pass-1405";
    private static final LocalDate BORN = LocalDate.of(1985, 4, 12);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @EJB
    PersonRegistry registry;

    @EJB
    MandatoryRegistration mandatory;

    @EJB
    AccountsFixture fixture;

    static PersonDetails natural(String code, String mobile) {
        return PersonDetails.natural(
                code,
                BORN,
                new ContactChange(
                        "مریم", "کاظمی", null, mobile, null, null, "23", "تهران", "1111111112", "خیابان آزادی"));
    }

    @Test
    void selfRegistrationStaysPendingUntilVerifiedOnline_S4_10_S0_48() throws Exception {
        String code = Identities.nationalCode();
        fixture.civilRecord(code, "مريم", "كاظمي", BORN, false); // Arabic yeh and kaf in the registry
        Registration registration = registry.selfRegister(natural(code, "09121112233"), PASSWORD);
        assertFalse(registration.person().isVerified());
        assertNull(registration.initialPassword());

        Person verified = As.user(code, PASSWORD).call(() -> registry.verifyOnline(BORN, "مریم", "کاظمی"));
        assertTrue(verified.isVerified());
        assertEquals(VerificationMethod.ONLINE, verified.verificationMethod());
        assertEquals(Standing.VERIFIED, As.role(Role.JUDGE).call(() -> mandatory.standing(code)));
    }

    @Test
    void onlineVerificationWithWrongDataChangesNothing_S0_48() throws Exception {
        String code = Identities.nationalCode();
        fixture.civilRecord(code, "مریم", "کاظمی", BORN, false);
        registry.selfRegister(natural(code, null), PASSWORD);
        As citizen = As.user(code, PASSWORD);
        assertThrows(
                IdentityNotConfirmedException.class,
                () -> citizen.call(() -> registry.verifyOnline(BORN.plusDays(1), "مریم", "کاظمی")));
        assertThrows(
                IdentityNotConfirmedException.class,
                () -> citizen.call(() -> registry.verifyOnline(BORN, "زهرا", "کاظمی")));
        assertEquals(Standing.PENDING_VERIFICATION, As.role(Role.JUDGE).call(() -> mandatory.standing(code)));
    }

    @Test
    void deceasedOrUnknownPersonsAreNotConfirmed_S0_48() throws Exception {
        String dead = Identities.nationalCode();
        fixture.civilRecord(dead, "مریم", "کاظمی", BORN, true);
        registry.selfRegister(natural(dead, null), PASSWORD);
        assertThrows(IdentityNotConfirmedException.class, () -> As.user(dead, PASSWORD)
                .call(() -> registry.verifyOnline(BORN, "مریم", "کاظمی")));
        String unknown = Identities.nationalCode();
        registry.selfRegister(natural(unknown, null), PASSWORD);
        assertThrows(IdentityNotConfirmedException.class, () -> As.user(unknown, PASSWORD)
                .call(() -> registry.verifyOnline(BORN, "مریم", "کاظمی")));
    }

    @Test
    void anUnreachableRegistryIsReportedAndChangesNothing_S0_48() throws Exception {
        String code = Identities.nationalCode();
        fixture.civilRecord(code, "مریم", "کاظمی", BORN, false);
        registry.selfRegister(natural(code, null), PASSWORD);
        System.setProperty(LocalCivilRegistry.OUTAGE_PROPERTY, "true");
        try {
            IdentityServiceUnavailableException down =
                    assertThrows(IdentityServiceUnavailableException.class, () -> As.user(code, PASSWORD)
                            .call(() -> registry.verifyOnline(BORN, "مریم", "کاظمی")));
            assertEquals(503, down.httpStatus());
        } finally {
            System.clearProperty(LocalCivilRegistry.OUTAGE_PROPERTY);
        }
        assertEquals(Standing.PENDING_VERIFICATION, As.role(Role.JUDGE).call(() -> mandatory.standing(code)));
        assertTrue(As.user(code, PASSWORD)
                .call(() -> registry.verifyOnline(BORN, "مریم", "کاظمی"))
                .isVerified());
    }

    @Test
    void concurrentRegistrationsOfOneNationalCodeMakeExactlyOneAccount_S4_9() throws Exception {
        String code = Identities.nationalCode();
        int threads = 8;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                String mobile = "0912000000" + i;
                outcomes.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    try {
                        registry.selfRegister(natural(code, mobile), PASSWORD);
                        return "created";
                    } catch (PersonAlreadyRegisteredException refused) {
                        return refused.code();
                    }
                }));
            }
            int created = 0;
            for (Future<String> outcome : outcomes) {
                String result = outcome.get(60, TimeUnit.SECONDS);
                if (result.equals("created")) {
                    created++;
                } else {
                    assertEquals("person-already-registered", result);
                }
            }
            assertEquals(1, created);
        } finally {
            pool.shutdownNow();
        }
        assertArrayEquals(new long[] {1, 1}, fixture.rows(code), "one person row, one account row");
    }

    @Test
    void aSecondRegistrationOfTheSameCodeIsRefused_S4_9() {
        String code = Identities.nationalCode();
        registry.selfRegister(natural(code, null), PASSWORD);
        PersonAlreadyRegisteredException again = assertThrows(
                PersonAlreadyRegisteredException.class, () -> registry.selfRegister(natural(code, null), PASSWORD));
        assertEquals(409, again.httpStatus());
    }

    @Test
    void malformedNationalCodeIsRefusedNamingTheField_S4_9() {
        InvalidFieldException bad = assertThrows(
                InvalidFieldException.class, () -> registry.selfRegister(natural("0499370898", null), PASSWORD));
        assertEquals("nationalCode", bad.field());
        assertEquals("invalid-national-code", bad.code());
        assertEquals(
                "password",
                assertThrows(
                                InvalidFieldException.class,
                                () -> registry.selfRegister(natural(Identities.nationalCode(), null), "short"))
                        .field());
    }

    @Test
    void anOfficeRegistersAtThePersonsRequestAndVerifiesIdentity_S0_4() throws Exception {
        String code = Identities.nationalCode();
        Registration done = As.role(Role.OFFICE_CLERK)
                .call(() -> registry.registerAtOffice(natural(code, "09125556677"), code, "REQ-1405-77"));
        assertTrue(done.person().isVerified());
        assertEquals(VerificationMethod.OFFICE_DOCUMENTS, done.person().verificationMethod());
        assertEquals(ItUsers.username(Role.OFFICE_CLERK), done.person().verifiedBy());
        assertNotNull(done.initialPassword());
        // the person can sign in with the initial password handed over
        assertNotNull(
                As.user(code, done.initialPassword()), "the realm accepts the national code and initial password");
    }

    @Test
    void anOfficeCannotRegisterSomeoneAtAnotherPersonsRequest_S0_40_b() {
        String code = Identities.nationalCode();
        String stranger = Identities.nationalCode();
        assertThrows(UnrequestedChangeException.class, () -> As.role(Role.OFFICE_CLERK)
                .call(() -> registry.registerAtOffice(natural(code, null), stranger, "REQ-1")));
        assertArrayEquals(new long[] {0, 0}, fixture.rows(code), "nothing was written");
        assertEquals(1, fixture.auditCount("person.register.refused", code), "the attempt is in the audit trail");
    }

    @Test
    void aPendingPersonIsVerifiedAtAnOffice_S4_10() throws Exception {
        String code = Identities.nationalCode();
        registry.selfRegister(natural(code, null), PASSWORD);
        Person verified = As.role(Role.OFFICE_CLERK).call(() -> registry.verifyAtOffice(code, "REQ-9"));
        assertTrue(verified.isVerified());
        assertEquals(Standing.VERIFIED, As.role(Role.JUDGE).call(() -> mandatory.standing(code)));
    }

    @Test
    void aLegalPersonIsRegisteredAtTheRequestOfItsRepresentative_S4_10_1() throws Exception {
        String director = Identities.nationalCode();
        As clerk = As.role(Role.OFFICE_CLERK);
        clerk.call(() -> registry.registerAtOffice(natural(director, "09121231234"), director, "REQ-D"));
        String legalId = Identities.legalId();
        PersonDetails company = PersonDetails.legal(
                legalId,
                "45678",
                director,
                RepresentativeCapacity.HIGHEST_EXECUTIVE,
                new ContactChange(
                        null, null, "شرکت آزمون پارس", null, "info@pars.example.ir", null, null, null, null, null));
        String someoneElse = Identities.nationalCode();
        assertThrows(
                UnrequestedChangeException.class,
                () -> clerk.call(() -> registry.registerAtOffice(company, someoneElse, "REQ-C")));
        Registration done = clerk.call(() -> registry.registerAtOffice(company, director, "REQ-C"));
        assertEquals(PersonKind.LEGAL, done.person().kind());
        assertEquals(director, done.person().representative().identityKey());
        assertEquals("شرکت آزمون پارس", done.person().currentName());
    }

    @Test
    void aUnitRegistersAPartyItselfInUrgentCases_S4_11() throws Exception {
        String unit = fixture.unitInNewCity(true);
        String code = Identities.nationalCode();
        assertThrows(
                PartyNotRegisteredException.class, () -> As.role(Role.JUDGE).call(() -> {
                    mandatory.requireRegistered(code, PartyRole.ACCUSED);
                    return null;
                }));
        Registration done = As.role(Role.BRANCH_CLERK)
                .call(() -> registry.registerByUnit(natural(code, null), unit, UnitRegistrationReason.URGENT));
        assertTrue(done.person().isVerified());
        assertEquals(VerificationMethod.JUDICIAL_UNIT, done.person().verificationMethod());
        As.role(Role.JUDGE).call(() -> {
            mandatory.requireRegistered(code, PartyRole.ACCUSED);
            return null;
        });
    }

    @Test
    void aUnitRegistersForLackOfAnOfficeOnlyWhereTheDistrictHasNone_S4_11_1() throws Exception {
        String withOffice = fixture.unitInNewCity(true);
        String withoutOffice = fixture.unitInNewCity(false);
        String code = Identities.nationalCode();
        As clerk = As.role(Role.BRANCH_CLERK);
        assertThrows(
                UnitRegistrationNotAllowedException.class,
                () -> clerk.call(() -> registry.registerByUnit(
                        natural(code, null), withOffice, UnitRegistrationReason.NO_OFFICE_IN_DISTRICT)));
        assertArrayEquals(new long[] {0, 0}, fixture.rows(code));
        Registration done = clerk.call(() -> registry.registerByUnit(
                natural(code, null), withoutOffice, UnitRegistrationReason.NO_OFFICE_IN_DISTRICT));
        assertEquals(UnitRegistrationReason.NO_OFFICE_IN_DISTRICT, done.person().unitRegistrationReason());
        assertEquals(withoutOffice, done.person().registeringUnitCode());
    }

    @Test
    void partiesWhoMustRegisterAreFlagged_S4_11() throws Exception {
        String witness = Identities.nationalCode();
        String plaintiff = Identities.nationalCode();
        String pending = Identities.nationalCode();
        registry.selfRegister(natural(pending, null), PASSWORD);
        List<PartyFlag> flags = As.role(Role.BRANCH_CLERK)
                .call(() -> mandatory.flag(Map.of(
                        witness, PartyRole.WITNESS, plaintiff, PartyRole.PLAINTIFF, pending, PartyRole.ARBITRATOR)));
        Map<String, PartyFlag> byKey = new java.util.HashMap<>();
        flags.forEach(f -> byKey.put(f.identityKey(), f));
        assertTrue(byKey.get(witness).blocking());
        assertEquals(Standing.NOT_REGISTERED, byKey.get(witness).standing());
        assertFalse(byKey.get(plaintiff).blocking(), "a plaintiff is not among the roles S4-11 names");
        assertTrue(byKey.get(pending).blocking(), "a pending registration is not final");
        assertEquals(Standing.PENDING_VERIFICATION, byKey.get(pending).standing());
        for (PartyRole role : List.of(
                PartyRole.ACCUSED,
                PartyRole.DEFENDANT,
                PartyRole.GUARANTOR,
                PartyRole.SURETY,
                PartyRole.WITNESS,
                PartyRole.ARBITRATOR)) {
            assertThrows(
                    PartyNotRegisteredException.class,
                    () -> As.role(Role.JUDGE).call(() -> {
                        mandatory.requireRegistered(pending, role);
                        return null;
                    }),
                    role.name());
        }
    }

    @Test
    void aPrisonRegistersADetaineeWhoHasNoAccount_S4_19_1() throws Exception {
        String prison = fixture.specialHolder(PersonKind.PRISON, Role.PRISON, "زندان آزمون");
        String code = Identities.nationalCode();
        As asPrison = As.user(prison, ItUsers.PASSWORD);
        Registration first = asPrison.call(() -> registry.registerDetainee(natural(code, null)));
        assertTrue(first.created());
        assertTrue(first.person().isVerified());
        assertEquals(VerificationMethod.PRISON, first.person().verificationMethod());
        Registration again = asPrison.call(() -> registry.registerDetainee(natural(code, null)));
        assertFalse(again.created(), "a detainee with an account keeps it");
        assertArrayEquals(new long[] {1, 1}, fixture.rows(code));
    }

    @Test
    void onlyAPrisonsAccountRegistersDetainees_S4_19_1() {
        String registryAccount = fixture.specialHolder(PersonKind.STATE_BODY, Role.PRISON, "دستگاه آزمون");
        assertThrows(NotAPrisonAccountException.class, () -> As.user(registryAccount, ItUsers.PASSWORD)
                .call(() -> registry.registerDetainee(natural(Identities.nationalCode(), null))));
        assertThrows(EJBAccessException.class, () -> As.role(Role.AGENCY_API)
                .call(() -> registry.registerDetainee(natural(Identities.nationalCode(), null))));
    }

    @Test
    void theCompanyRegistryRegistersAndChangesLegalPersons_S4_21() throws Exception {
        String registryAccount =
                fixture.specialHolder(PersonKind.STATE_BODY, Role.COMPANY_REGISTRY, "ادارهٔ ثبت شرکت‌های آزمون");
        String director = Identities.nationalCode();
        As.role(Role.OFFICE_CLERK)
                .call(() -> registry.registerAtOffice(natural(director, "09120001122"), director, "REQ-R"));
        String legalId = Identities.legalId();
        As asRegistry = As.user(registryAccount, ItUsers.PASSWORD);
        Registration created = asRegistry.call(() -> registry.registerOrChangeLegalPerson(
                PersonDetails.legal(
                        legalId,
                        "1001",
                        director,
                        RepresentativeCapacity.HIGHEST_EXECUTIVE,
                        new ContactChange(null, null, "شرکت نخست", null, null, null, null, null, null, null)),
                "REG-1"));
        assertTrue(created.created());
        assertTrue(created.person().isVerified());
        assertEquals(1, created.person().contactVersionCount());
        Registration changed = asRegistry.call(() -> registry.registerOrChangeLegalPerson(
                PersonDetails.legal(
                        legalId,
                        "1001",
                        director,
                        RepresentativeCapacity.LEGAL_REPRESENTATIVE,
                        new ContactChange(null, null, "شرکت دوم", null, null, null, null, null, null, null)),
                "REG-2"));
        assertFalse(changed.created());
        assertEquals(2, changed.person().contactVersionCount(), "a change is a new version (S4-12)");
        assertEquals("شرکت دوم", changed.person().currentName());
        assertEquals(
                RepresentativeCapacity.LEGAL_REPRESENTATIVE, changed.person().representativeCapacity());
    }
}
