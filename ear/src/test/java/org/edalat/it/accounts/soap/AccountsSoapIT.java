package org.edalat.it.accounts.soap;

import static org.edalat.it.accounts.soap.SoapClient.el;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.edalat.accounts.application.ContactDirectory;
import org.edalat.accounts.application.ContactSnapshot;
import org.edalat.accounts.application.PersonDetails;
import org.edalat.accounts.application.PersonDirectory;
import org.edalat.accounts.application.PersonRegistry;
import org.edalat.accounts.domain.Channel;
import org.edalat.accounts.domain.ContactChange;
import org.edalat.accounts.domain.Person;
import org.edalat.accounts.domain.PersonKind;
import org.edalat.accounts.domain.RepresentativeCapacity;
import org.edalat.it.accounts.soap.SoapClient.Answer;
import org.edalat.it.support.As;
import org.edalat.it.support.Deployments;
import org.edalat.it.support.Identities;
import org.edalat.it.support.ItUsers;
import org.edalat.platform.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;

/**
 * The accounts SOAP endpoints as a real agency uses them: WSDL fetched from the server, SOAP 1.1
 * envelopes posted over HTTP with Basic credentials, answers and {@code ProblemFault}s read as XML.
 *
 * <p>Runs in the container only to set up the callers (a company registry and a prison are persons
 * of kind STATE_BODY / PRISON opened by the administrator, with a known password) and to read what
 * the application recorded; every call under test goes over HTTP. Every test uses fresh identities.
 */
@ExtendWith(ArquillianExtension.class)
class AccountsSoapIT {
    static final String PASSWORD = "Soap-It-1405";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @EJB
    PersonRegistry registry;

    @EJB
    PersonDirectory persons;

    @EJB
    ContactDirectory contacts;

    @EJB
    SoapItSupport support;

    // --------------------------------------------------------------------------------- contracts

    @Test
    void eachServiceServesItsWsdlAndSchemaWithoutCredentials() {
        SoapClient anonymous = SoapClient.anonymous(base);
        for (String[] service : new String[][] {
            {SoapClient.COMPANY_REGISTRY, "CompanyRegistryService", "registerOrChangeLegalPerson"},
            {SoapClient.PRISON_REGISTRATION, "PrisonRegistrationService", "registerDetainee"},
            {SoapClient.CONTACT_FEED, "ContactFeedService", "submitBatch"}
        }) {
            HttpResponse<String> wsdl = anonymous.get(service[0] + "?wsdl");

            assertEquals(200, wsdl.statusCode(), wsdl.body());
            String text = wsdl.body();
            assertTrue(text.contains("name=\"" + service[1] + "\""), text);
            assertTrue(text.contains("operation name=\"" + service[2] + "\""), text);
            assertTrue(text.contains("ProblemFault"), text);
            assertTrue(text.contains("https://edalat.ir/ws/accounts/v1"), text);
            assertTrue(text.contains(service[0] + "\""), "soap:address points at the endpoint: " + text);

            HttpResponse<String> schema = anonymous.get(service[0] + "?xsd=accounts-v1.xsd");
            assertEquals(200, schema.statusCode(), schema.body());
            assertTrue(schema.body().contains("name=\"ProblemDetail\""), schema.body());
        }
    }

    // ------------------------------------------------------------------ company registry (S4-21)

    @Test
    void registryRegistersALegalPersonThenRecordsEveryChangeAsANewVersion_S4_21() throws Exception {
        SoapClient registryClient = companyRegistry();
        String executive = verifiedNaturalPerson();
        String lawyer = verifiedNaturalPerson();
        String legalId = Identities.legalId();

        Answer first = registryClient.call(
                SoapClient.COMPANY_REGISTRY,
                legalPerson(legalId, "12345", "شرکت آزمون سبز", executive, "HIGHEST_EXECUTIVE", "REG-1-" + legalId));

        assertEquals(200, first.status, first.toString());
        assertEquals(legalId, first.text("identityKey"));
        assertEquals("true", first.text("created"));
        assertEquals("VERIFIED", first.text("status"));
        assertEquals("1", first.text("contactVersion"));

        Answer change = registryClient.call(
                SoapClient.COMPANY_REGISTRY,
                legalPerson(legalId, "67890", "شرکت آزمون آبی", lawyer, "LEGAL_REPRESENTATIVE", "REG-2-" + legalId));

        assertEquals(200, change.status, change.toString());
        assertEquals(legalId, change.text("identityKey"));
        assertEquals("false", change.text("created"), "a change, not a second account");
        assertEquals("2", change.text("contactVersion"), "the change is a new version (S4-12)");

        List<ContactSnapshot> history = As.role(Role.ADMIN).call(() -> contacts.history(legalId));
        assertEquals(2, history.size());
        ContactSnapshot newest = history.get(0);
        assertEquals("شرکت آزمون آبی", newest.legalName());
        assertEquals("شرکت آزمون سبز", history.get(1).legalName(), "the first version is kept");
        assertEquals(Channel.REGISTRY, newest.channel());
        assertEquals("REG-2-" + legalId, newest.requestReference());
        Person person = As.role(Role.ADMIN).call(() -> persons.find(legalId)).orElseThrow();
        assertEquals("67890", person.registrationNumber());
        assertEquals(RepresentativeCapacity.LEGAL_REPRESENTATIVE, person.representativeCapacity());
    }

    @Test
    void malformedLegalIdIsAProblemFaultNamingTheField_S4_21() throws Exception {
        String executive = verifiedNaturalPerson();
        String legalId = Identities.legalId();
        String typo = legalId.substring(0, 10) + (char) ('0' + (legalId.charAt(10) - '0' + 1) % 10);

        Answer answer = companyRegistry()
                .call(
                        SoapClient.COMPANY_REGISTRY,
                        legalPerson(typo, "12345", "شرکت بی‌شناسه", executive, "HIGHEST_EXECUTIVE", "REG-X"));

        assertProblem(answer, "invalid-legal-person-id", 422);
        assertEquals("legalId", answer.text("field"));
        assertTrue(As.role(Role.ADMIN).call(() -> persons.find(typo)).isEmpty(), "nothing registered");
    }

    @Test
    void representativeMustHoldAVerifiedAccount_S4_10_1() throws Exception {
        String unregistered = Identities.nationalCode();

        Answer answer = companyRegistry()
                .call(
                        SoapClient.COMPANY_REGISTRY,
                        legalPerson(
                                Identities.legalId(),
                                "12345",
                                "شرکت بی‌نماینده",
                                unregistered,
                                "HIGHEST_EXECUTIVE",
                                "REG-Y"));

        assertProblem(answer, "representative-not-registered", 422);
        assertEquals("representativeNationalCode", answer.text("field"));
    }

    @Test
    void prisonAccountMayNotRegisterLegalPersons_S4_28() throws Exception {
        Answer answer = prison().call(
                        SoapClient.COMPANY_REGISTRY,
                        legalPerson(
                                Identities.legalId(),
                                "12345",
                                "شرکت",
                                verifiedNaturalPerson(),
                                "HIGHEST_EXECUTIVE",
                                "REG-Z"));

        assertProblem(answer, "forbidden", 403);
    }

    // ------------------------------------------------------------------------ prisons (S4-19.1)

    @Test
    void prisonRegistersADetaineeAndGetsTheExistingAccountTheSecondTime_S4_19_1() throws Exception {
        SoapClient prison = prison();
        String code = Identities.nationalCode();
        String detainee = "<a:registerDetainee><a:detainee>" + el("nationalCode", code)
                + el("birthDate", "1990-05-17") + el("firstName", "رضا") + el("lastName", "کریمی")
                + "</a:detainee></a:registerDetainee>";

        Answer first = prison.call(SoapClient.PRISON_REGISTRATION, detainee);

        assertEquals(200, first.status, first.toString());
        assertEquals(code, first.text("identityKey"));
        assertEquals("true", first.text("created"));
        assertEquals("VERIFIED", first.text("status"));

        Answer again = prison.call(SoapClient.PRISON_REGISTRATION, detainee);

        assertEquals(200, again.status, again.toString());
        assertEquals(code, again.text("identityKey"));
        assertEquals("false", again.text("created"), "the detainee's existing account is returned");
        List<ContactSnapshot> history = As.role(Role.ADMIN).call(() -> contacts.history(code));
        assertEquals(1, history.size(), "nothing registered twice");
        assertEquals(Channel.PRISON, history.get(0).channel());
    }

    @Test
    void prisonRegistersAForeignDetaineeByForeignIdAndPassport_S4_19_1() throws Exception {
        String foreignId = Identities.foreignId();

        Answer answer = prison().call(
                        SoapClient.PRISON_REGISTRATION,
                        "<a:registerDetainee><a:detainee><a:foreignNational>" + el("foreignId", foreignId)
                                + el("passportNumber", "P" + Identities.digits(8)) + el("nationality", "افغانستان")
                                + "</a:foreignNational>" + el("birthDate", "1988-01-02") + el("firstName", "احمد")
                                + el("lastName", "نوری") + "</a:detainee></a:registerDetainee>");

        assertEquals(200, answer.status, answer.toString());
        assertEquals("f" + foreignId, answer.text("identityKey"));
        assertEquals("true", answer.text("created"));
    }

    @Test
    void accountsThatAreNotAPrisonGet403Faults_S4_19_1() throws Exception {
        String detainee = "<a:registerDetainee><a:detainee>" + el("nationalCode", Identities.nationalCode())
                + el("birthDate", "1990-05-17") + el("firstName", "رضا") + el("lastName", "کریمی")
                + "</a:detainee></a:registerDetainee>";

        // Without the role PRISON: the service's @RolesAllowed refuses (S4-28).
        assertProblem(companyRegistry().call(SoapClient.PRISON_REGISTRATION, detainee), "forbidden", 403);
        // With the role but not the account of a registered prison.
        SoapClient notAPrison = SoapClient.as(base, ItUsers.username(Role.PRISON), ItUsers.PASSWORD);
        assertProblem(notAPrison.call(SoapClient.PRISON_REGISTRATION, detainee), "not-a-prison-account", 403);
    }

    @Test
    void detaineeWithoutBirthDateIsAFaultNamingTheField_S4_19_1() throws Exception {
        Answer answer = prison().call(
                        SoapClient.PRISON_REGISTRATION,
                        "<a:registerDetainee><a:detainee>" + el("nationalCode", Identities.nationalCode())
                                + el("firstName", "رضا") + el("lastName", "کریمی")
                                + "</a:detainee></a:registerDetainee>");

        assertProblem(answer, "required-field", 422);
        assertEquals("birthDate", answer.text("field"));
    }

    @Test
    void unreadableXmlIsAClientFaultWithoutStackTrace() throws Exception {
        SoapClient prison = prison();
        Answer badDate = prison.call(
                SoapClient.PRISON_REGISTRATION,
                "<a:registerDetainee><a:detainee>" + el("nationalCode", Identities.nationalCode())
                        + el("birthDate", "۱۳۶۹/۰۲/۲۷") + el("firstName", "رضا") + el("lastName", "کریمی")
                        + "</a:detainee></a:registerDetainee>");
        Answer notXml = prison.call(SoapClient.PRISON_REGISTRATION, "<a:registerDetainee><a:detainee>");

        for (Answer answer : List.of(badDate, notXml)) {
            assertEquals(500, answer.status, answer.toString());
            assertTrue(answer.isFault(), answer.toString());
            String faultCode = answer.faultCode();
            assertTrue(faultCode != null && faultCode.endsWith(":Client"), answer.toString());
            assertFalse(answer.body.contains("\tat "), "no stack trace: " + answer);
        }
    }

    @Test
    void unknownRepresentativeCapacityIsAFaultNamingTheField_S4_10_1() throws Exception {
        Answer answer = companyRegistry()
                .call(
                        SoapClient.COMPANY_REGISTRY,
                        legalPerson(
                                Identities.legalId(), "12345", "شرکت", verifiedNaturalPerson(), "CHAIRMAN", "REG-C"));

        assertProblem(answer, "required-field", 422);
        assertEquals("representativeCapacity", answer.text("field"));
    }

    // --------------------------------------------------------------------- contact feed (S4-17)

    @Test
    void feedAppliesGoodItemsReportsBadOnesAndAnswersAResentBatchAsBefore_S4_17() throws Exception {
        SoapClient agency = SoapClient.as(base, ItUsers.username(Role.AGENCY_API), ItUsers.PASSWORD);
        String known = verifiedNaturalPerson();
        String unknown = Identities.nationalCode();
        String batchId = "soap-it-" + Identities.digits(12);
        String batch = "<a:submitBatch>" + el("batchId", batchId)
                + item(known, el("mobile", "09121234567") + el("email", "known@example.org"))
                + item(unknown, el("mobile", "09127654321"))
                + item(known, el("mobile", "12345"))
                + "</a:submitBatch>";

        Answer answer = agency.call(SoapClient.CONTACT_FEED, batch);

        assertEquals(200, answer.status, answer.toString());
        assertEquals("false", answer.text("replayed"));
        assertEquals("1", answer.text("applied"));
        assertEquals("2", answer.text("rejected"));
        assertOutcome(answer.item(0), "0", "APPLIED", null);
        assertOutcome(answer.item(1), "1", "REJECTED", "unknown-person");
        assertOutcome(answer.item(2), "2", "REJECTED", "invalid-mobile-number");
        assertNotNull(SoapClient.Answer.child(answer.item(2), "message"));

        List<ContactSnapshot> history = As.role(Role.ADMIN).call(() -> contacts.history(known));
        assertEquals(2, history.size(), "the good item is a new version; the bad one changed nothing");
        ContactSnapshot fed = history.get(0);
        assertEquals("09121234567", fed.mobile());
        assertEquals(Channel.AGENCY, fed.channel());
        assertEquals(ItUsers.username(Role.AGENCY_API), fed.source(), "the agency is recorded as the source");

        Answer resent = agency.call(SoapClient.CONTACT_FEED, batch);

        assertEquals(200, resent.status, resent.toString());
        assertEquals("true", resent.text("replayed"));
        assertEquals("1", resent.text("applied"));
        assertEquals("2", resent.text("rejected"));
        assertOutcome(resent.item(1), "1", "REJECTED", "unknown-person");
        assertEquals(
                2, As.role(Role.ADMIN).call(() -> contacts.history(known)).size(), "the resent batch changed nothing");
    }

    @Test
    void feedRefusesAMalformedBatchIdAsAWhole_S4_17() throws Exception {
        SoapClient agency = SoapClient.as(base, ItUsers.username(Role.AGENCY_API), ItUsers.PASSWORD);

        Answer answer = agency.call(
                SoapClient.CONTACT_FEED,
                "<a:submitBatch>" + el("batchId", "دسته ۱")
                        + item(Identities.nationalCode(), el("mobile", "09121234567")) + "</a:submitBatch>");

        assertProblem(answer, "invalid-batch-id", 422);
        assertEquals("batchId", answer.text("field"));
    }

    @Test
    void onlyAgencyAccountsMayFeedContactData_S4_28() throws Exception {
        Answer answer = companyRegistry()
                .call(
                        SoapClient.CONTACT_FEED,
                        "<a:submitBatch>" + el("batchId", "x-" + Identities.digits(8))
                                + item(Identities.nationalCode(), el("mobile", "09121234567")) + "</a:submitBatch>");

        assertProblem(answer, "forbidden", 403);
    }

    // ----------------------------------------------------------------------------- authentication

    @Test
    void anonymousCallsGet401WithABasicChallenge_S4_27() {
        for (String path :
                List.of(SoapClient.COMPANY_REGISTRY, SoapClient.PRISON_REGISTRATION, SoapClient.CONTACT_FEED)) {
            Answer answer = SoapClient.anonymous(base)
                    .call(path, "<a:submitBatch>" + el("batchId", "anonymous") + "</a:submitBatch>");

            assertEquals(401, answer.status, answer.toString());
            assertTrue(answer.isFault(), answer.toString());
            assertEquals("unauthorized", answer.text("code"));
        }
        HttpResponse<String> raw = SoapClient.anonymous(base).get(SoapClient.CONTACT_FEED);
        assertEquals(401, raw.statusCode());
        String challenge = raw.headers().firstValue("WWW-Authenticate").orElse("");
        assertTrue(challenge.startsWith("Basic") && challenge.contains("realm=\"edalat\""), challenge);
    }

    @Test
    void wrongPasswordGets401_S4_27() {
        Answer answer = SoapClient.as(base, ItUsers.username(Role.AGENCY_API), "Not-The-Password-1")
                .call(SoapClient.CONTACT_FEED, "<a:submitBatch>" + el("batchId", "wrong") + "</a:submitBatch>");

        assertEquals(401, answer.status, answer.toString());
    }

    // ---------------------------------------------------------------------------------- helpers

    /** A fault of the contracts: SOAP 1.1 Fault (HTTP 500), the problem detail, no stack trace. */
    private static void assertProblem(Answer answer, String code, int status) {
        assertEquals(500, answer.status, "SOAP 1.1 sends faults with HTTP 500: " + answer);
        assertTrue(answer.isFault(), answer.toString());
        assertEquals(code, answer.text("code"), answer.toString());
        assertEquals(String.valueOf(status), answer.text("status"), answer.toString());
        assertNotNull(answer.text("title"), answer.toString());
        String message = answer.text("message");
        assertTrue(
                message != null && message.codePoints().anyMatch(c -> c >= 0x0600 && c <= 0x06FF), answer.toString());
        assertEquals(message, answer.faultString(), "the faultstring is the Persian message");
        assertFalse(answer.body.contains("Exception") || answer.body.contains("\tat "), "no stack trace: " + answer);
    }

    private static void assertOutcome(Element item, String index, String outcome, String codePrefix) {
        assertNotNull(item);
        assertEquals(index, SoapClient.Answer.child(item, "index"));
        assertEquals(outcome, SoapClient.Answer.child(item, "outcome"));
        String code = SoapClient.Answer.child(item, "code");
        if (codePrefix == null) {
            assertEquals(null, code);
        } else {
            assertTrue(code != null && code.startsWith(codePrefix), code);
        }
    }

    private static String legalPerson(
            String legalId, String number, String name, String representative, String capacity, String reference) {
        return "<a:registerOrChangeLegalPerson><a:legalPerson>" + el("legalId", legalId)
                + el("registrationNumber", number) + el("legalName", name)
                + el("representativeNationalCode", representative) + el("representativeCapacity", capacity)
                + "<a:contact>" + el("provinceCode", "23") + el("city", "تهران") + el("postalCode", "1234567890")
                + el("addressLine", "خیابان آزادی، پلاک ۱") + "</a:contact>" + el("registryReference", reference)
                + "</a:legalPerson></a:registerOrChangeLegalPerson>";
    }

    private static String item(String identityKey, String contact) {
        return "<a:item>" + el("identityKey", identityKey) + "<a:contact>" + contact + "</a:contact></a:item>";
    }

    /** A natural person registered and verified at an office (S0-4); returns the national code. */
    private String verifiedNaturalPerson() throws Exception {
        String code = Identities.nationalCode();
        As.role(Role.OFFICE_CLERK)
                .call(() -> registry.registerAtOffice(
                        PersonDetails.natural(code, LocalDate.of(1985, 3, 21), ContactChange.name("مریم", "احمدی")),
                        code,
                        "REQ-" + code));
        return code;
    }

    /** The company registration office: a state body whose account holds the role COMPANY_REGISTRY. */
    private SoapClient companyRegistry() throws Exception {
        return SoapClient.as(
                base, openHolder(PersonKind.STATE_BODY, Role.COMPANY_REGISTRY, "ادارهٔ ثبت شرکت‌ها"), PASSWORD);
    }

    /** A prison: a person of kind PRISON whose account holds the role PRISON. */
    private SoapClient prison() throws Exception {
        return SoapClient.as(base, openHolder(PersonKind.PRISON, Role.PRISON, "زندان آزمون"), PASSWORD);
    }

    private String openHolder(PersonKind kind, Role role, String name) throws Exception {
        String legalId = Identities.legalId();
        Person holder = As.role(Role.ADMIN)
                .call(() -> registry.openSpecialHolder(kind, legalId, name + " " + legalId, role, null))
                .person();
        support.setPassword(holder.username(), PASSWORD);
        return holder.username();
    }
}
