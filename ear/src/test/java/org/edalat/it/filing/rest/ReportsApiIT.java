package org.edalat.it.filing.rest;

import static org.edalat.it.filing.rest.FilingsIt.get;
import static org.edalat.it.filing.rest.FilingsIt.number;
import static org.edalat.it.filing.rest.FilingsIt.pdf;
import static org.edalat.it.filing.rest.FilingsIt.postJson;
import static org.edalat.it.filing.rest.FilingsIt.report;
import static org.edalat.it.filing.rest.FilingsIt.requestId;
import static org.edalat.it.filing.rest.FilingsIt.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.edalat.it.filing.service.FilingFixture;
import org.edalat.it.support.Deployments;
import org.edalat.it.support.Http;
import org.edalat.it.support.ItUsers;
import org.edalat.platform.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code POST /api/v1/reports} as an agency's system calls it (HTTP Basic, {@code AGENCY_API}):
 * reports of officers and experts (S0-5) and flagrant preliminary cases (S0-6) registered with a
 * tracking code and sent to their unit as cases awaiting referral (S4-6), idempotent on the request
 * id (also under two concurrent first attempts), classified reports hidden from everyone but the
 * sender and the unit (S0-5 note), and problem details for what a sender can get wrong.
 */
@ExtendWith(ArquillianExtension.class)
class ReportsApiIT {
    private static final String REPORTS = "api/v1/reports";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @EJB
    FilingFixture fixture;

    @EJB
    ReportsItStore store;

    private URL base;
    private Http agency;
    private String unit;

    @BeforeEach
    void setUp() {
        base = FilingsIt.base();
        agency = Http.as(base, Role.AGENCY_API);
        fixture.feesInForce();
        unit = fixture.unit();
    }

    private static String agencyName() {
        return ItUsers.username(Role.AGENCY_API);
    }

    private HttpResponse<String> send(String body) {
        return postJson(agency, REPORTS, body);
    }

    @Test
    void aReportIsRegisteredWithATrackingCodeAndAwaitsReferralInItsUnit_S0_5_S4_6() {
        String rid = requestId();
        HttpResponse<String> response = send(report(rid, "OFFICER_REPORT", unit, false, pdf(), pdf()));

        assertEquals(201, response.statusCode(), response.body());
        String body = response.body();
        String code = string(body, "trackingCode");
        assertNotNull(code, body);
        assertTrue(code.matches("[1-9][0-9]{15}"), code);
        assertEquals("SENT", string(body, "step"), body);
        assertEquals("false", FilingsIt.literal(body, "replayed"), body);
        assertNotNull(string(body, "sentAt"), body);
        assertTrue(
                response.headers().firstValue("Location").orElse("").endsWith(REPORTS + "/" + rid),
                response.headers().toString());
        long id = number(body, "filingId");

        // S4-6: the sent report is a case awaiting referral in its unit, in the same transaction
        assertEquals(1, fixture.cases(id));
        assertEquals("AWAITING_REFERRAL", store.caseStatus(id));
        assertEquals(1, fixture.audits("filing.drafted", id, "S0-5"));
        assertEquals(2, fixture.audits("filing.document", id, "S0-5"));
        assertEquals(1, fixture.audits("filing.tracking-code-issued", id, "S0-5"));
        assertEquals(1, fixture.audits("filing.sent", id, "S4-6"));

        HttpResponse<String> found = get(agency, REPORTS + "/" + rid);
        assertEquals(200, found.statusCode(), found.body());
        assertEquals(code, string(found.body(), "trackingCode"), found.body());

        // its sender follows it without a secret
        HttpResponse<String> status = get(agency, "api/v1/filings/" + code + "/status");
        assertEquals(200, status.statusCode(), status.body());
        assertEquals("OFFICER_REPORT", string(status.body(), "kind"), status.body());
        assertEquals("AWAITING_REFERRAL", string(status.body(), "caseStatus"), status.body());
    }

    @Test
    void anExpertReportIsSentToItsUnitAsACaseAwaitingReferral_S4_6() {
        HttpResponse<String> response = send(report(requestId(), "expert_report", unit, false, pdf()));

        assertEquals(201, response.statusCode(), response.body());
        long id = number(response.body(), "filingId");
        assertEquals(1, fixture.cases(id));
        assertEquals("AWAITING_REFERRAL", store.caseStatus(id));
        assertEquals(1, fixture.audits("filing.sent", id, "S4-6"));
        List<String> actions = store.auditedActions(id);
        assertEquals("filing.sent", actions.get(actions.size() - 1), actions.toString());
    }

    @Test
    void aFlagrantCrimesPreliminaryCaseIsRegisteredAndSent_S0_6() {
        HttpResponse<String> response = send(report(requestId(), "FLAGRANT_PRELIMINARY_CASE", unit, false, pdf()));

        assertEquals(201, response.statusCode(), response.body());
        long id = number(response.body(), "filingId");
        assertEquals("SENT", string(response.body(), "step"));
        assertEquals(1, fixture.cases(id));
        assertEquals(1, fixture.audits("filing.drafted", id, "S0-6"));
        assertEquals(1, fixture.audits("filing.tracking-code-issued", id, "S0-6"));
        assertEquals(1, fixture.audits("filing.sent", id, "S4-6"));
    }

    @Test
    void aRetryWithTheSameRequestIdAnswersTheSameTrackingCodeAndRegistersNothing_S0_5() {
        String rid = requestId();
        String body = report(rid, "OFFICER_REPORT", unit, false, pdf());
        HttpResponse<String> first = send(body);
        assertEquals(201, first.statusCode(), first.body());
        long id = number(first.body(), "filingId");
        List<String> audited = store.auditedActions(id);

        HttpResponse<String> retry = send(body);
        // the request id in the Idempotency-Key header instead of the body, with other documents
        HttpResponse<String> byHeader = Http.send(agency.request(REPORTS)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", rid)
                .POST(HttpRequest.BodyPublishers.ofString(
                        report(null, "OFFICER_REPORT", unit, false, pdf()), StandardCharsets.UTF_8)));

        for (HttpResponse<String> again : List.of(retry, byHeader)) {
            assertEquals(200, again.statusCode(), again.body());
            assertEquals(string(first.body(), "trackingCode"), string(again.body(), "trackingCode"), again.body());
            assertEquals(id, number(again.body(), "filingId"));
            assertEquals("true", FilingsIt.literal(again.body(), "replayed"), again.body());
        }
        assertEquals(1, store.reports(agencyName(), rid));
        assertEquals(1, fixture.cases(id));
        assertEquals(audited, store.auditedActions(id), "a retry records nothing");

        // the same request id of another sender is another report
        String other = fixture.staff(Role.AGENCY_API, unit, null);
        HttpResponse<String> theirs = postJson(Http.basic(base, other, ItUsers.PASSWORD), REPORTS, body);
        assertEquals(201, theirs.statusCode(), theirs.body());
        assertTrue(!string(theirs.body(), "trackingCode").equals(string(first.body(), "trackingCode")));
    }

    @Test
    void concurrentFirstAttemptsOfOneRequestRegisterOneReport_S0_5() throws Exception {
        String rid = requestId();
        String body = report(rid, "OFFICER_REPORT", unit, false, pdf(), pdf());
        int attempts = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return send(body);
                }));
            }
            start.countDown();
            Set<String> codes = new HashSet<>();
            int created = 0;
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                assertTrue(
                        response.statusCode() == 200 || response.statusCode() == 201,
                        response.statusCode() + " " + response.body());
                created += response.statusCode() == 201 ? 1 : 0;
                codes.add(string(response.body(), "trackingCode"));
            }
            assertEquals(1, created, "one attempt registers the report");
            assertEquals(1, codes.size(), codes.toString());
            assertEquals(1, store.reports(agencyName(), rid));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aClassifiedReportIsUnknownToOtherAgenciesAndThePublicButAnswersItsSenderAndTheUnit_S0_5_S0_5_1() {
        byte[] document = pdf();
        HttpResponse<String> response = send(report(requestId(), "OFFICER_REPORT", unit, true, document));
        assertEquals(201, response.statusCode(), response.body());
        String code = string(response.body(), "trackingCode");
        String status = "api/v1/filings/" + code + "/status";
        String authenticity = "api/v1/filings/" + code + "/authenticity";
        String otherAgency = fixture.staff(Role.AGENCY_API, unit, null);
        String referral = fixture.staff(Role.REFERRAL_AUTHORITY, unit, null);
        String elsewhere = fixture.staff(Role.REFERRAL_AUTHORITY, fixture.unit(), null);
        Http other = Http.basic(base, otherAgency, ItUsers.PASSWORD);
        Http anonymous = Http.anonymous(base);

        HttpResponse<String> toSender = get(agency, status);
        assertEquals(200, toSender.statusCode(), toSender.body());
        assertEquals("SENT", string(toSender.body(), "step"));
        HttpResponse<String> toUnit = get(Http.basic(base, referral, ItUsers.PASSWORD), status);
        assertEquals(200, toUnit.statusCode(), toUnit.body());
        for (Http outsider : List.of(other, anonymous, Http.basic(base, elsewhere, ItUsers.PASSWORD))) {
            HttpResponse<String> hidden = get(outsider, status);
            assertEquals(404, hidden.statusCode(), hidden.body());
            assertEquals(Http.PROBLEM, Http.mediaType(hidden));
            assertEquals("filing-not-found", string(hidden.body(), "code"), hidden.body());
        }

        HttpResponse<String> senderAsks = FilingsIt.postBytes(agency, authenticity, "application/pdf", document);
        assertEquals(200, senderAsks.statusCode(), senderAsks.body());
        assertEquals("true", FilingsIt.literal(senderAsks.body(), "documentFiled"), senderAsks.body());
        for (Http outsider : List.of(other, anonymous)) {
            HttpResponse<String> asked = FilingsIt.postBytes(outsider, authenticity, "application/pdf", document);
            assertEquals(200, asked.statusCode(), asked.body());
            assertEquals("false", FilingsIt.literal(asked.body(), "trackingCodeKnown"), asked.body());
            assertEquals("false", FilingsIt.literal(asked.body(), "documentFiled"), asked.body());
        }
    }

    @Test
    void badReportsGetProblemDetailsNamingTheFieldNeverA500_S0_5() {
        String rid = requestId();
        assertProblem(send("{\"requestId\":"), 400, "malformed-body", null);
        assertProblem(send("[1,2]"), 400, "malformed-body", null);
        assertProblem(send(""), 400, null, null);
        assertProblem(send(report(null, "OFFICER_REPORT", unit, false)), 422, "request-id-required", "requestId");
        assertProblem(send(report("has space", "OFFICER_REPORT", unit, false)), 422, "invalid-request-id", "requestId");
        assertProblem(send(report(rid, "LETTER", unit, false)), 422, "unknown-kind", "kind");
        assertProblem(send(report(rid, "CRIMINAL_COMPLAINT", unit, false)), 422, "not-a-report-kind", "kind");
        assertProblem(send(report(rid, "OFFICER_REPORT", "NO-SUCH-UNIT", false)), 422, "unknown-unit", "unitCode");
        assertProblem(send(report(rid, "OFFICER_REPORT", "", false)), 422, "unit-required", "unitCode");
        assertProblem(
                send(report(rid, "OFFICER_REPORT", unit, false).replace("\"subject\":\"گزارش آزمون\",", "")),
                422,
                "subject-required",
                "subject");
        assertProblem(
                send(report(rid, "OFFICER_REPORT", unit, false).replace("\"role\":\"ACCUSED\"", "\"role\":\"JUDGE\"")),
                422,
                "unknown-party-role",
                "parties[0].role");
        assertProblem(
                send(report(rid, "OFFICER_REPORT", unit, false)
                        .replace(
                                "\"documents\":[]",
                                "\"documents\":[{\"fileName\":\"a.pdf\",\"contentBase64\":\"***\"}]")),
                422,
                "invalid-base64",
                "documents[0].contentBase64");
        assertProblem(
                send(report(rid, "OFFICER_REPORT", unit, false)
                        .replace(
                                "\"documents\":[]",
                                "\"documents\":[{\"fileName\":\"a.pdf\",\"contentBase64\":\""
                                        + FilingsIt.base64("plain text".getBytes(StandardCharsets.UTF_8)) + "\"}]")),
                422,
                "unsupported-document-type",
                null);
        assertProblem(
                send(report(rid, "OFFICER_REPORT", unit, false).replace("\"parties\":[", "\"parties\":5,\"x\":[")),
                400,
                "malformed-body",
                null);
        assertEquals(0, store.reports(agencyName(), rid), "nothing was registered by a refused report");

        // who may send: agencies only, with credentials
        HttpResponse<String> citizen =
                postJson(Http.as(base, Role.CITIZEN), REPORTS, report(rid, "OFFICER_REPORT", unit, false));
        assertProblem(citizen, 403, null, null);
        HttpResponse<String> anonymous =
                postJson(Http.anonymous(base), REPORTS, report(rid, "OFFICER_REPORT", unit, false));
        assertProblem(anonymous, 401, null, null);
        assertProblem(get(agency, REPORTS + "/" + requestId()), 404, "filing-not-found", null);
    }

    static void assertProblem(HttpResponse<String> response, int status, String code, String field) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(Http.PROBLEM, Http.mediaType(response), response.body());
        if (code != null) {
            assertEquals(code, string(response.body(), "code"), response.body());
        }
        if (field != null) {
            assertEquals(field, string(response.body(), "field"), response.body());
        }
    }
}
