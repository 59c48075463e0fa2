package org.edalat.it.accounts.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.edalat.it.support.Deployments;
import org.edalat.it.support.Http;
import org.edalat.it.support.Identities;
import org.edalat.it.support.ItUsers;
import org.edalat.platform.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The accounts REST API over real HTTP, as the portal, offices, judicial units, prisons, the company
 * registry and agencies call it: every path's happy case, the rules it enforces by id, and the
 * error contract (problem details naming the field, 401 anonymous, 403 per role).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountsApiIT {
    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    // ---- self-registration (public) -----------------------------------------------------------------

    @Test
    void selfRegistrationIsPublicAndStaysPendingUntilVerified_S4_10() {
        String code = Identities.nationalCode();

        Client.Reply reply = Client.anonymous(base)
                .post("registrations", People.natural(code, "رضایی", Identities.mobile(), "password", People.PASSWORD))
                .expect(201);

        assertEquals(Http.JSON, reply.mediaType());
        assertTrue(reply.header("Location").endsWith("/api/v1/persons/" + code), reply.header("Location"));
        assertEquals(code, reply.text("identityKey"));
        assertEquals("PENDING_VERIFICATION", reply.text("status"));
        assertEquals("true", reply.text("created"));
        assertNull(reply.at("initialPassword"), "the person chose the password");
        assertEquals("SELF", reply.text("person.registrationChannel"));
        assertEquals(
                "PENDING_VERIFICATION",
                Client.as(base, Role.OFFICE_CLERK)
                        .get("persons/" + code)
                        .expect(200)
                        .text("status"));
    }

    @Test
    void secondRegistrationOfTheSameNationalCodeIs409_S4_9() {
        String code = People.selfRegistered(base);

        Client.Reply again = Client.anonymous(base)
                .post("registrations", People.natural(code, "دیگری", Identities.mobile(), "password", People.PASSWORD));

        again.expectProblem(409, "person-already-registered");
        Client.Reply atOffice = Client.as(base, Role.OFFICE_CLERK)
                .post(
                        "office/registrations",
                        People.natural(code, "دیگری", null, "requesterKey", code, "requestReference", "R-1"));
        atOffice.expectProblem(409, "person-already-registered");
    }

    @Test
    void concurrentRegistrationsOfOneNationalCodeMakeExactlyOneAccount_S4_9() throws Exception {
        String code = Identities.nationalCode();
        String body = People.natural(code, "همزمان", Identities.mobile(), "password", People.PASSWORD);
        int attempts = 10;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Client.Reply>> replies = new ArrayList<>();
        try {
            for (int i = 0; i < attempts; i++) {
                Callable<Client.Reply> attempt = () -> {
                    start.await();
                    return Client.anonymous(base).post("registrations", body);
                };
                replies.add(pool.submit(attempt));
            }
            start.countDown();
            int created = 0;
            int conflicts = 0;
            for (Future<Client.Reply> future : replies) {
                Client.Reply reply = future.get(5, TimeUnit.MINUTES);
                if (reply.status() == 201) {
                    created++;
                } else {
                    reply.expectProblem(409, "person-already-registered");
                    conflicts++;
                }
            }
            assertEquals(1, created);
            assertEquals(attempts - 1, conflicts);
        } finally {
            pool.shutdownNow();
        }
        Client.Reply lookup =
                Client.as(base, Role.OFFICE_CLERK).get("persons?q=" + code).expect(200);
        assertEquals("1", lookup.text("total"), lookup.body());
        assertEquals(code, lookup.text("items.0.identityKey"));
    }

    @Test
    void malformedNationalCodeIs422NamingTheField() {
        Client.Reply reply = Client.anonymous(base)
                .post(
                        "registrations",
                        People.natural(Identities.badNationalCode(), "رضایی", null, "password", People.PASSWORD));

        reply.expectProblem(422, "invalid-national-code");
        assertEquals("nationalCode", reply.text("errors.0.field"), reply.body());
        assertNotNull(reply.text("errors.0.message"));
    }

    @Test
    void unknownEnumValuesAndMalformedDatesAre400() {
        Client anonymous = Client.anonymous(base);
        anonymous
                .post(
                        "registrations",
                        People.natural(
                                Identities.nationalCode(), "رضایی", null, "password", People.PASSWORD, "kind", "ROBOT"))
                .expectProblem(400, "malformed-body");
        String badDate = Json.object(
                "nationalCode", Identities.nationalCode(),
                "birthDate", "1985-13-45",
                "firstName", "علی",
                "lastName", "رضایی",
                "password", People.PASSWORD);
        anonymous.post("registrations", badDate).expectProblem(400, "malformed-body");
        anonymous.post("registrations", "{\"nationalCode\":").expectProblem(400, "malformed-body");
        Client.Reply noPassword =
                anonymous.post("registrations", People.natural(Identities.nationalCode(), "رضایی", null));
        noPassword.expectProblem(400, "validation-failed");
        assertEquals("password", noPassword.text("errors.0.field"), noPassword.body());
    }

    // ---- office -----------------------------------------------------------------------------------

    @Test
    void officeRegistersAVerifiedPersonAndHandsOverAnInitialPassword_S0_4() {
        String code = Identities.nationalCode();

        Client.Reply reply = People.officeRegistered(base, code, Identities.mobile());

        assertEquals("VERIFIED", reply.text("status"));
        assertEquals("OFFICE_DOCUMENTS", reply.text("person.verificationMethod"));
        assertEquals("OFFICE", reply.text("person.registrationChannel"));
        assertEquals(ItUsers.username(Role.OFFICE_CLERK), reply.text("person.verifiedBy"));
        String initial = reply.text("initialPassword");
        assertNotNull(initial, reply.body());
        // The forced change of a generated password concerns the screens only: the API accepts it.
        Client.Reply me = Client.as(base, code, initial).get("me").expect(200);
        assertEquals(code, me.text("identityKey"));
        assertNull(Client.as(base, Role.OFFICE_CLERK).get("persons/" + code).at("initialPassword"));
    }

    @Test
    void officeVerifiesAPendingSelfRegistration_S4_10() {
        String code = People.selfRegistered(base);
        Client clerk = Client.as(base, Role.OFFICE_CLERK);

        Client.Reply verified = clerk.post(
                        "office/persons/" + code + "/verification", Json.object("requestReference", "DOC-1"))
                .expect(200);

        assertEquals("VERIFIED", verified.text("status"));
        assertEquals("OFFICE_DOCUMENTS", verified.text("verificationMethod"));
        clerk.post("office/persons/" + code + "/verification", Json.object("requestReference", "DOC-2"))
                .expectProblem(409, "already-verified");
        clerk.post(
                        "office/persons/" + Identities.nationalCode() + "/verification",
                        Json.object("requestReference", "D"))
                .expectProblem(404, "unknown-person");
    }

    @Test
    void officeChangeAtTheOwnersRequestRecordsWhoAsked_S0_40_b() {
        String code = Identities.nationalCode();
        People.officeRegistered(base, code, Identities.mobile());
        String mobile = Identities.mobile();

        Client.Reply change = Client.as(base, Role.OFFICE_CLERK)
                .post(
                        "office/persons/" + code + "/contact-changes",
                        Json.object("mobile", mobile, "requesterKey", code, "requestReference", "SIGNED-7"))
                .expect(200);

        assertEquals("2", change.text("version"));
        assertEquals(mobile, change.text("mobile"));
        assertEquals("OFFICE", change.text("channel"));
        assertEquals(code, change.text("requesterKey"));
        assertEquals("SIGNED-7", change.text("requestReference"));
        assertEquals(ItUsers.username(Role.OFFICE_CLERK), change.text("recordedBy"));
    }

    @Test
    void unrequestedOfficeChangeIsRefusedAndChangesNothing_S0_40_b() {
        String code = Identities.nationalCode();
        People.officeRegistered(base, code, Identities.mobile());
        Client clerk = Client.as(base, Role.OFFICE_CLERK);

        clerk.post(
                        "office/persons/" + code + "/contact-changes",
                        Json.object(
                                "mobile",
                                Identities.mobile(),
                                "requesterKey",
                                Identities.nationalCode(),
                                "requestReference",
                                "X"))
                .expectProblem(403, "unrequested-change");
        clerk.post("office/persons/" + code + "/contact-changes", Json.object("mobile", Identities.mobile()))
                .expectProblem(403, "unrequested-change");

        assertEquals(
                1, clerk.get("persons/" + code + "/contact-history").expect(200).size(""));
    }

    @Test
    void officeRegistrationWithoutTheOwnersRequestIsRefused_S0_40_b() {
        String code = Identities.nationalCode();

        Client.as(base, Role.OFFICE_CLERK)
                .post(
                        "office/registrations",
                        People.natural(
                                code,
                                "کریمی",
                                null,
                                "requesterKey",
                                Identities.nationalCode(),
                                "requestReference",
                                "R"))
                .expectProblem(403, "unrequested-change");

        Client.as(base, Role.OFFICE_CLERK).get("persons/" + code).expectProblem(404, "unknown-person");
    }

    // ---- judicial units ----------------------------------------------------------------------------

    @Test
    void unitRegistersAPartyInAnUrgentCase_S4_11() {
        String code = Identities.nationalCode();

        Client.Reply reply = Client.as(base, Role.BRANCH_CLERK)
                .post(
                        "units/" + AccountsItFixtures.UNIT_WITH_OFFICE + "/registrations",
                        People.natural(code, "فوری", Identities.mobile(), "reason", "URGENT"))
                .expect(201);

        assertEquals("VERIFIED", reply.text("status"));
        assertEquals("URGENT", reply.text("person.unitRegistrationReason"));
        assertEquals(AccountsItFixtures.UNIT_WITH_OFFICE, reply.text("person.registeringUnitCode"));
        assertEquals("JUDICIAL_UNIT", reply.text("person.verificationMethod"));
        assertNotNull(reply.text("initialPassword"));
    }

    @Test
    void unitRegistersWhereTheDistrictHasNoOfficeOnly_S4_11_1() {
        Client judge = Client.as(base, Role.JUDGE);

        Client.Reply reply = judge.post(
                        "units/" + AccountsItFixtures.UNIT_WITHOUT_OFFICE + "/registrations",
                        People.natural(Identities.nationalCode(), "دورافتاده", null, "reason", "NO_OFFICE_IN_DISTRICT"))
                .expect(201);
        assertEquals("NO_OFFICE_IN_DISTRICT", reply.text("person.unitRegistrationReason"));

        judge.post(
                        "units/" + AccountsItFixtures.UNIT_WITH_OFFICE + "/registrations",
                        People.natural(Identities.nationalCode(), "نزدیک", null, "reason", "NO_OFFICE_IN_DISTRICT"))
                .expectProblem(409, "unit-registration-not-allowed");
        Client.Reply unknown = judge.post(
                "units/NO-SUCH-UNIT/registrations",
                People.natural(Identities.nationalCode(), "ناشناس", null, "reason", "URGENT"));
        unknown.expectProblem(422, "unknown-unit");
        assertEquals("unitCode", unknown.text("errors.0.field"));
        judge.post(
                        "units/" + AccountsItFixtures.UNIT_WITH_OFFICE + "/registrations",
                        People.natural(Identities.nationalCode(), "نزدیک", null, "reason", "BECAUSE"))
                .expectProblem(400, "malformed-body");
    }

    @Test
    void partyCheckFlagsPartiesWhoMustRegister_S4_11() {
        String unregistered = Identities.nationalCode();
        String pending = People.selfRegistered(base);
        String verified = Identities.nationalCode();
        People.officeRegistered(base, verified, Identities.mobile());
        String parties = "{\"parties\":["
                + Json.object("identityKey", unregistered, "role", "WITNESS") + ","
                + Json.object("identityKey", pending, "role", "ACCUSED") + ","
                + Json.object("identityKey", verified, "role", "DEFENDANT") + ","
                + Json.object("identityKey", Identities.nationalCode(), "role", "PLAINTIFF") + "]}";

        Client.Reply flags = Client.as(base, Role.REFERRAL_AUTHORITY)
                .post("parties/check", parties)
                .expect(200);

        assertEquals(4, flags.size(""));
        assertEquals("NOT_REGISTERED", flags.text("0.standing"));
        assertEquals("true", flags.text("0.blocking"));
        assertEquals("PENDING_VERIFICATION", flags.text("1.standing"));
        assertEquals("true", flags.text("1.blocking"));
        assertEquals("VERIFIED", flags.text("2.standing"));
        assertEquals("false", flags.text("2.blocking"));
        assertEquals("false", flags.text("3.mustRegister"));
        assertEquals("false", flags.text("3.blocking"));
    }

    @Test
    void standingRefusesAnUnregisteredWitnessUntilTheUnitRegistersThem_S4_11() {
        String code = Identities.nationalCode();
        Client judge = Client.as(base, Role.JUDGE);

        judge.get("parties/" + code + "/standing?role=WITNESS").expectProblem(409, "party-not-registered");
        assertEquals(
                "NOT_REGISTERED",
                judge.get("parties/" + code + "/standing").expect(200).text("standing"));
        judge.post(
                        "units/" + AccountsItFixtures.UNIT_WITH_OFFICE + "/registrations",
                        People.natural(code, "شاهد", null, "reason", "URGENT"))
                .expect(201);

        Client.Reply standing =
                judge.get("parties/" + code + "/standing?role=WITNESS").expect(200);
        assertEquals("VERIFIED", standing.text("standing"));
        assertEquals("false", standing.text("blocking"));
        judge.get("parties/" + code + "/standing?role=BYSTANDER").expect(400);
    }

    // ---- prison, company registry -------------------------------------------------------------------

    @Test
    void prisonRegistersADetaineeAndGetsTheExistingAccountTheSecondTime_S4_19_1() {
        Client prison = Client.as(base, AccountsItFixtures.PRISON, ItUsers.PASSWORD);
        String code = Identities.nationalCode();
        String body = People.natural(code, "بازداشتی", null);

        Client.Reply first = prison.post("prison/detainees", body).expect(201);
        assertEquals("VERIFIED", first.text("status"));
        assertEquals("PRISON", first.text("person.registrationChannel"));
        assertEquals("PRISON", first.text("person.verificationMethod"));
        assertNotNull(first.text("initialPassword"));
        assertTrue(first.header("Location").endsWith("/api/v1/persons/" + code));

        Client.Reply second = prison.post("prison/detainees", body).expect(200);
        assertEquals("false", second.text("created"));
        assertEquals(code, second.text("identityKey"));
        assertNull(second.at("initialPassword"));

        String selfRegistered = People.selfRegistered(base);
        Client.Reply existing = prison.post("prison/detainees", People.natural(selfRegistered, "رضایی", null))
                .expect(200);
        assertEquals("PENDING_VERIFICATION", existing.text("status"));
    }

    @Test
    void aPrisonRoleWithoutAPrisonAccountCannotRegisterDetainees_S4_19_1() {
        Client.as(base, Role.PRISON)
                .post("prison/detainees", People.natural(Identities.nationalCode(), "بازداشتی", null))
                .expectProblem(403, "not-a-prison-account");
    }

    @Test
    void companyRegistryRegistersALegalPersonAndRecordsItsChanges_S4_21() {
        String representative = Identities.nationalCode();
        People.officeRegistered(base, representative, Identities.mobile());
        String legalId = Identities.legalId();
        Client registry = Client.as(base, AccountsItFixtures.COMPANY_REGISTRY, ItUsers.PASSWORD);

        Client.Reply first = registry.put(
                        "registry/legal-persons/" + legalId,
                        Json.object(
                                "registrationNumber", "12345",
                                "representativeNationalCode", representative,
                                "representativeCapacity", "HIGHEST_EXECUTIVE",
                                "legalName", "شرکت آزمون",
                                "registryReference", "REG-1"))
                .expect(201);
        assertEquals("LEGAL", first.text("person.kind"));
        assertEquals("VERIFIED", first.text("status"));
        assertEquals("COMPANY_REGISTRY", first.text("person.verificationMethod"));
        assertEquals(representative, first.text("person.representativeKey"));
        assertNotNull(first.text("initialPassword"));

        Client.Reply change = registry.put(
                        "registry/legal-persons/" + legalId,
                        Json.object(
                                "registrationNumber", "12346",
                                "representativeNationalCode", representative,
                                "representativeCapacity", "LEGAL_REPRESENTATIVE",
                                "legalName", "شرکت آزمون نو",
                                "registryReference", "REG-2"))
                .expect(200);
        assertEquals("false", change.text("created"));
        assertEquals("12346", change.text("person.registrationNumber"));
        assertEquals("LEGAL_REPRESENTATIVE", change.text("person.representativeCapacity"));

        Client.Reply history = Client.as(base, Role.OFFICE_CLERK)
                .get("persons/" + legalId + "/contact-history")
                .expect(200);
        assertEquals(2, history.size(""));
        assertEquals("شرکت آزمون نو", history.text("0.legalName"));
        assertEquals("REGISTRY", history.text("0.channel"));
        assertEquals("REG-2", history.text("0.requestReference"));
        assertEquals("شرکت آزمون", history.text("1.legalName"));
    }

    @Test
    void aLegalPersonNeedsARegisteredRepresentative_S4_10_1() {
        Client registry = Client.as(base, AccountsItFixtures.COMPANY_REGISTRY, ItUsers.PASSWORD);

        Client.Reply unregistered = registry.put(
                "registry/legal-persons/" + Identities.legalId(),
                Json.object(
                        "registrationNumber", "777",
                        "representativeNationalCode", Identities.nationalCode(),
                        "representativeCapacity", "HIGHEST_EXECUTIVE",
                        "legalName", "شرکت بی‌نماینده"));
        unregistered.expectProblem(422, "representative-not-registered");
        assertEquals("representativeNationalCode", unregistered.text("errors.0.field"));

        Client.Reply badId = registry.put(
                "registry/legal-persons/12345678901", Json.object("registrationNumber", "1", "legalName", "شرکت"));
        badId.expectProblem(422, "invalid-legal-person-id");
        assertEquals("legalId", badId.text("errors.0.field"));
    }

    // ---- agency feed -------------------------------------------------------------------------------

    @Test
    void feedBatchAppliesGoodItemsReportsBadOnesAndIsIdempotent_S4_17() {
        String first = Identities.nationalCode();
        String second = Identities.nationalCode();
        People.officeRegistered(base, first, Identities.mobile());
        People.officeRegistered(base, second, Identities.mobile());
        String mobile = Identities.mobile();
        String batchId = "it-batch-" + People.word();
        String body = "{\"items\":["
                + Json.object("identityKey", first, "mobile", mobile) + ","
                + Json.object("identityKey", Identities.nationalCode(), "mobile", Identities.mobile()) + ","
                + Json.object("identityKey", second, "email", "not an address") + ","
                + Json.object("identityKey", second, "city", "شیراز", "postalCode", "7134567890") + ","
                + "null]}";
        Client agency = Client.as(base, Role.AGENCY_API);

        Client.Reply result =
                agency.put("contact-feed/batches/" + batchId, body).expect(200);

        assertEquals(batchId, result.text("batchId"));
        assertEquals("false", result.text("replayed"));
        assertEquals("2", result.text("applied"));
        assertEquals("3", result.text("rejected"));
        assertEquals("APPLIED", result.text("items.0.outcome"));
        assertEquals("REJECTED", result.text("items.1.outcome"));
        assertEquals("1", result.text("items.1.index"));
        assertEquals("unknown-person", result.text("items.1.errorCode"));
        assertEquals("REJECTED", result.text("items.2.outcome"));
        assertEquals("invalid-email:email", result.text("items.2.errorCode"));
        assertNotNull(result.text("items.2.message"));
        assertEquals("APPLIED", result.text("items.3.outcome"));
        assertEquals("REJECTED", result.text("items.4.outcome"));

        Client clerk = Client.as(base, Role.OFFICE_CLERK);
        Client.Reply firstHistory =
                clerk.get("persons/" + first + "/contact-history").expect(200);
        assertEquals(2, firstHistory.size(""));
        assertEquals(mobile, firstHistory.text("0.mobile"));
        assertEquals("AGENCY", firstHistory.text("0.channel"));
        assertEquals(ItUsers.username(Role.AGENCY_API), firstHistory.text("0.source"));
        assertEquals(
                "شیراز", clerk.get("persons/" + second + "/contact").expect(200).text("city"));

        Client.Reply again = agency.put("contact-feed/batches/" + batchId, body).expect(200);

        assertEquals("true", again.text("replayed"));
        assertEquals(result.at("applied"), again.at("applied"));
        assertEquals(result.at("rejected"), again.at("rejected"));
        assertEquals(result.at("items"), again.at("items"));
        assertEquals(
                2,
                clerk.get("persons/" + first + "/contact-history").expect(200).size(""));
        assertEquals(
                2,
                clerk.get("persons/" + second + "/contact-history").expect(200).size(""));
    }

    @Test
    void feedBatchIdMustBeWellFormed_S4_17() {
        Client.Reply reply = Client.as(base, Role.AGENCY_API)
                .put(
                        "contact-feed/batches/bad%20id",
                        "{\"items\":["
                                + Json.object("identityKey", Identities.nationalCode(), "mobile", Identities.mobile())
                                + "]}");
        reply.expectProblem(422, "invalid-batch-id");
        assertEquals("batchId", reply.text("errors.0.field"));
    }

    // ---- contact data at T, judicial e-mail, citizen ------------------------------------------------

    @Test
    void contactAtAnInstantIsTheVersionInForceThen_S4_12() throws Exception {
        String code = People.selfRegistered(base);
        Client citizen = People.citizen(base, code);
        Instant v1 = Instant.parse(citizen.get("me/contact").expect(200).text("effectiveFrom"));
        String[] mobiles = {Identities.mobile(), Identities.mobile(), Identities.mobile()};
        Instant[] changed = new Instant[3];
        for (int i = 0; i < 3; i++) {
            Thread.sleep(30); // distinct instants, so "between two versions" exists
            Client.Reply change = citizen.post("me/contact-changes", Json.object("mobile", mobiles[i]))
                    .expect(200);
            assertEquals(String.valueOf(i + 2), change.text("version"));
            changed[i] = Instant.parse(change.text("effectiveFrom"));
        }
        Client notices = Client.as(base, Role.NOTICE_OFFICER);
        String path = "persons/" + code + "/contact?at=";

        notices.get(path + v1.minusSeconds(60)).expectProblem(404, "no-contact-data-at-time");
        assertEquals("1", notices.get(path + v1.plusMillis(1)).expect(200).text("version"));
        assertEquals(
                "1", notices.get(path + changed[0].minusMillis(1)).expect(200).text("version"));
        Client.Reply second = notices.get(path + middle(changed[0], changed[1])).expect(200);
        assertEquals("2", second.text("version"));
        assertEquals(mobiles[0], second.text("mobile"));
        Client.Reply third = notices.get(path + middle(changed[1], changed[2])).expect(200);
        assertEquals("3", third.text("version"));
        assertEquals(mobiles[1], third.text("mobile"));
        Client.Reply last = notices.get(path + changed[2].plusSeconds(3600)).expect(200);
        assertEquals("4", last.text("version"));
        assertEquals(mobiles[2], last.text("mobile"));
        assertEquals(
                "4", notices.get("persons/" + code + "/contact").expect(200).text("version"));

        Client.Reply malformed = notices.get(path + "yesterday");
        malformed.expectProblem(400, "validation-failed");
        assertEquals("at", malformed.text("errors.0.field"));
        notices.get("persons/" + Identities.nationalCode() + "/contact").expectProblem(404, "unknown-person");
    }

    private static Instant middle(Instant a, Instant b) {
        return a.plus(Duration.between(a, b).dividedBy(2));
    }

    @Test
    void personWithNeitherMobileNorEmailGetsAJudicialEmail_S4_10_2() {
        String code = Identities.nationalCode();
        Client.Reply reply = People.officeRegistered(base, code, null);

        String judicial = "j" + code + "@eblagh.adliran.ir";
        assertEquals(judicial, reply.text("person.judicialEmail"));
        Client.Reply contact = Client.as(base, Role.NOTICE_OFFICER)
                .get("persons/" + code + "/contact")
                .expect(200);
        assertNull(contact.at("mobile"));
        assertNull(contact.at("email"));
        assertEquals(judicial, contact.text("judicialEmail"));
        assertEquals(judicial, contact.text("alertEmail"));

        String withMobile = Identities.nationalCode();
        assertNull(
                People.officeRegistered(base, withMobile, Identities.mobile()).at("person.judicialEmail"));
    }

    @Test
    void citizenSeesAndChangesTheirOwnData_S4_12() {
        String code = People.selfRegistered(base);
        Client citizen = People.citizen(base, code);

        Client.Reply me = citizen.get("me").expect(200);
        assertEquals(code, me.text("identityKey"));
        assertEquals("علی رضایی", me.text("name"));
        assertEquals("1", citizen.get("me/contact").expect(200).text("version"));

        Client.Reply change = citizen.post(
                        "me/contact-changes", Json.object("email", "ali@example.org", "city", "اصفهان"))
                .expect(200);
        assertEquals("2", change.text("version"));
        assertEquals("SELF", change.text("channel"));
        assertEquals(code, change.text("requesterKey"));
        assertEquals("ali@example.org", citizen.get("me/contact").expect(200).text("email"));
        assertEquals(2, citizen.get("me/contact-history").expect(200).size(""));

        Client.Reply bad = citizen.post("me/contact-changes", Json.object("mobile", "12345"));
        bad.expectProblem(422, "invalid-mobile-number");
        assertEquals("mobile", bad.text("errors.0.field"));
        citizen.post("me/contact-changes", "{}").expectProblem(422, "empty-change");
    }

    @Test
    void onlineVerificationThatTheRegistryDoesNotConfirmIs422_S0_48() {
        String code = People.selfRegistered(base);
        Client citizen = People.citizen(base, code);

        citizen.post(
                        "me/verification",
                        Json.object("birthDate", People.BIRTH_DATE, "firstName", "علی", "lastName", "ناشناس"))
                .expectProblem(422, "identity-not-confirmed");

        assertEquals("PENDING_VERIFICATION", citizen.get("me").expect(200).text("status"));
        citizen.post("me/verification", Json.object("firstName", "علی")).expectProblem(400, "validation-failed");
    }

    // ---- lookup -------------------------------------------------------------------------------------

    @Test
    void lookupFindsPersonsByKeyAndByNameInPages() {
        String word = People.word();
        for (int i = 0; i < 3; i++) {
            People.officeRegistered(base, Identities.nationalCode(), word, Identities.mobile());
        }
        Client agency = Client.as(base, Role.AGENCY_API);

        Client.Reply page = agency.get("persons?q=" + word + "&first=0&max=2").expect(200);
        assertEquals("3", page.text("total"));
        assertEquals(2, page.size("items"));
        Client.Reply rest = agency.get("persons?q=" + word + "&first=2&max=2").expect(200);
        assertEquals(1, rest.size("items"));
        assertEquals("2", rest.text("first"));

        Client.Reply bad = agency.get("persons?max=1000");
        bad.expectProblem(400, "validation-failed");
        assertEquals("max", bad.text("errors.0.field"));
        agency.get("persons/" + Identities.nationalCode()).expectProblem(404, "unknown-person");
    }

    // ---- access --------------------------------------------------------------------------------------

    @Test
    void rolesThatMayNotAreRefused403_S4_28() {
        String person = "{" + "\"nationalCode\":\"" + Identities.nationalCode() + "\"}";
        Client.as(base, Role.CITIZEN).post("office/registrations", person).expect(403);
        Client.as(base, Role.JUDGE).post("office/registrations", person).expect(403);
        Client.as(base, Role.OFFICE_CLERK)
                .post("units/" + AccountsItFixtures.UNIT_WITH_OFFICE + "/registrations", person)
                .expect(403);
        Client.as(base, Role.NOTICE_OFFICER)
                .post("parties/check", "{\"parties\":[]}")
                .expect(403);
        Client.as(base, Role.JUDGE).post("prison/detainees", person).expect(403);
        Client.as(base, Role.AGENCY_API)
                .put("registry/legal-persons/" + Identities.legalId(), "{}")
                .expect(403);
        Client.as(base, Role.OFFICE_CLERK)
                .put("contact-feed/batches/b1", "{\"items\":[]}")
                .expect(403);
        Client.as(base, Role.AGENCY_API).get("me").expect(403);
        Client.as(base, Role.INSPECTOR).get("persons?q=x").expect(403);
        Client.as(base, Role.CITIZEN)
                .get("persons/" + Identities.nationalCode())
                .expect(403);
        Client.as(base, Role.AGENCY_API)
                .get("persons/" + Identities.nationalCode() + "/contact-history")
                .expect(403);
        Client.as(base, Role.PRISON)
                .get("persons/" + Identities.nationalCode() + "/contact")
                .expect(403);
        assertEquals(
                "forbidden",
                Client.as(base, Role.CITIZEN)
                        .post("office/registrations", person)
                        .text("code"));
    }

    @Test
    void anonymousCallsOtherThanSelfRegistrationAre401_S4_27() {
        Client anonymous = Client.anonymous(base);
        List<Client.Reply> replies = List.of(
                anonymous.get("persons/" + Identities.nationalCode()),
                anonymous.get("persons?q=x"),
                anonymous.get("me"),
                anonymous.post("office/registrations", "{}"),
                anonymous.post("units/" + AccountsItFixtures.UNIT_WITH_OFFICE + "/registrations", "{}"),
                anonymous.post("prison/detainees", "{}"),
                anonymous.put("registry/legal-persons/" + Identities.legalId(), "{}"),
                anonymous.put("contact-feed/batches/b1", "{\"items\":[]}"),
                anonymous.post("parties/check", "{}"));
        for (Client.Reply reply : replies) {
            reply.expectProblem(401, "unauthorized");
            assertTrue(reply.header("WWW-Authenticate").startsWith("Basic"), reply.body());
        }
    }

    @Test
    void openApiDocumentsEveryAccountsEndpoint() {
        Client.Reply reply = Client.anonymous(base).get("../../openapi");
        assertEquals(200, reply.status(), reply.body());
        for (String path : List.of(
                "\"/api/v1/registrations\"",
                "\"/api/v1/office/registrations\"",
                "\"/api/v1/office/persons/{key}/verification\"",
                "\"/api/v1/office/persons/{key}/contact-changes\"",
                "\"/api/v1/units/{unitCode}/registrations\"",
                "\"/api/v1/parties/check\"",
                "\"/api/v1/parties/{key}/standing\"",
                "\"/api/v1/prison/detainees\"",
                "\"/api/v1/registry/legal-persons/{legalId}\"",
                "\"/api/v1/contact-feed/batches/{batchId}\"",
                "\"/api/v1/persons\"",
                "\"/api/v1/persons/{key}\"",
                "\"/api/v1/persons/{key}/contact\"",
                "\"/api/v1/persons/{key}/contact-history\"",
                "\"/api/v1/me\"",
                "\"/api/v1/me/contact\"",
                "\"/api/v1/me/contact-changes\"",
                "\"/api/v1/me/verification\"")) {
            assertTrue(reply.body().contains(path), path + " in " + reply.body());
        }
    }
}
