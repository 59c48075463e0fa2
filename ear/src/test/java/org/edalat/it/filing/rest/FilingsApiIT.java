package org.edalat.it.filing.rest;

import static org.edalat.it.filing.rest.FilingsIt.get;
import static org.edalat.it.filing.rest.FilingsIt.literal;
import static org.edalat.it.filing.rest.FilingsIt.number;
import static org.edalat.it.filing.rest.FilingsIt.pdf;
import static org.edalat.it.filing.rest.FilingsIt.post;
import static org.edalat.it.filing.rest.FilingsIt.postBytes;
import static org.edalat.it.filing.rest.FilingsIt.postJson;
import static org.edalat.it.filing.rest.FilingsIt.string;
import static org.edalat.it.filing.rest.ReportsApiIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.edalat.filing.payment.LocalBankGateway;
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
 * The portal path of S0-3 over REST for a verified citizen (HTTP Basic): draft, documents, fee,
 * payment through the local bank (its payer's visit is {@link LocalBankGateway#pay}, its callback
 * goes over HTTP), confirmation, submission with the tracking code; then following the filing by its
 * code and secret (S4-5) and the authenticity inquiry (S0-3 note).
 */
@ExtendWith(ArquillianExtension.class)
class FilingsApiIT {
    private static final String FILINGS = "api/v1/filings";
    private static final String CARD = "6219-8610-3452-9007";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @EJB
    FilingFixture fixture;

    @EJB
    LocalBankGateway bank;

    @EJB
    ReportsItStore store;

    private URL base;
    private String unit;
    private Http citizen;

    @BeforeEach
    void setUp() {
        base = FilingsIt.base();
        fixture.feesInForce();
        unit = fixture.unit();
        citizen = Http.basic(base, fixture.citizen(null, true), ItUsers.PASSWORD);
    }

    private String draftBody(String kind) {
        return "{\"kind\":\"" + kind + "\",\"unitCode\":\"" + unit + "\",\"subject\":\"شکایت از کلاهبرداری\","
                + "\"body\":\"شرح شکایت آزمون.\",\"parties\":["
                + "{\"role\":\"COMPLAINANT\",\"name\":\"شاکی آزمون\"},"
                + "{\"role\":\"ACCUSED\",\"name\":\"متهم آزمون\",\"address\":\"تهران\"}]}";
    }

    private long drafted(Http who) {
        HttpResponse<String> drafted = postJson(who, FILINGS, draftBody("CRIMINAL_COMPLAINT"));
        assertEquals(201, drafted.statusCode(), drafted.body());
        assertEquals("DRAFTED", string(drafted.body(), "step"), drafted.body());
        long id = number(drafted.body(), "id");
        assertTrue(drafted.headers().firstValue("Location").orElse("").endsWith(FILINGS + "/" + id));
        return id;
    }

    private HttpResponse<String> attach(Http who, long id, String fileName, byte[] document) {
        return Http.send(who.request(FILINGS + "/" + id + "/documents")
                .header("Content-Type", "application/pdf")
                .header("X-File-Name", URLEncoder.encode(fileName, StandardCharsets.UTF_8))
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(document)));
    }

    /** Pays the computed fee of filing {@code id} at the local bank; returns the amount. */
    private long paid(Http who, long id) {
        HttpResponse<String> payment = post(who, FILINGS + "/" + id + "/payment");
        assertEquals(201, payment.statusCode(), payment.body());
        String redirect = string(payment.body(), "redirectUrl");
        assertNotNull(redirect, payment.body());
        String token = redirect.substring(redirect.lastIndexOf('/') + 1);
        LocalBankGateway.Callback callback = bank.pay(token, CARD);
        assertTrue(callback.ok());
        String form = "token=" + enc(callback.token()) + "&status=" + enc(callback.status()) + "&reference="
                + enc(callback.reference());
        HttpResponse<String> settled = Http.send(Http.anonymous(base)
                .request("api/v1/payments/callback")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertEquals(200, settled.statusCode(), settled.body());
        assertEquals("SETTLED", string(settled.body(), "state"), settled.body());
        return number(payment.body(), "amount");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }

    /** A filing of the fixture citizen taken through the whole portal path; returns the submission's body. */
    private String submitted(byte[] document) {
        long id = drafted(citizen);
        assertEquals(201, attach(citizen, id, "شکایت.pdf", document).statusCode());
        assertEquals(200, post(citizen, FILINGS + "/" + id + "/fee").statusCode());
        paid(citizen, id);
        assertEquals(
                200, post(citizen, FILINGS + "/" + id + "/payment/confirmation").statusCode());
        HttpResponse<String> submission = post(citizen, FILINGS + "/" + id + "/submission");
        assertEquals(201, submission.statusCode(), submission.body());
        return submission.body();
    }

    @Test
    void aPortalFilingPaidAtTheBankReachesItsUnitElectronically_S0_3_S4_6_S4_13_3() throws Exception {
        byte[] document = pdf();
        long id = drafted(citizen);

        HttpResponse<String> attached = attach(citizen, id, "شکایت.pdf", document);
        assertEquals(201, attached.statusCode(), attached.body());
        assertEquals("شکایت.pdf", string(attached.body(), "fileName"), attached.body());
        assertEquals(FilingsIt.sha256(document), string(attached.body(), "sha256"), attached.body());
        assertEquals("application/pdf", string(attached.body(), "mediaType"));
        String documentUrl = attached.headers().firstValue("Location").orElseThrow();
        assertTrue(documentUrl.endsWith(FILINGS + "/" + id + "/documents/1"), documentUrl);
        HttpResponse<byte[]> content = HttpClient.newHttpClient()
                .send(
                        citizen.request(FILINGS + "/" + id + "/documents/1")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, content.statusCode());
        assertArrayEquals(document, content.body());

        HttpResponse<String> fee = post(citizen, FILINGS + "/" + id + "/fee");
        assertEquals(200, fee.statusCode(), fee.body());
        assertEquals("FEE_COMPUTED", string(fee.body(), "step"), fee.body());
        long due = number(fee.body(), "amountDue");
        assertTrue(due > 0, fee.body());

        assertEquals(due, paid(citizen, id));
        HttpResponse<String> confirmed = post(citizen, FILINGS + "/" + id + "/payment/confirmation");
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        assertEquals("PAID", string(confirmed.body(), "step"), confirmed.body());
        assertEquals("SETTLED", string(confirmed.body(), "paymentBasis"), confirmed.body());

        HttpResponse<String> submission = post(citizen, FILINGS + "/" + id + "/submission");
        assertEquals(201, submission.statusCode(), submission.body());
        String code = string(submission.body(), "trackingCode");
        String secret = string(submission.body(), "accessSecret");
        assertTrue(code.matches("[1-9][0-9]{15}"), submission.body());
        assertNotNull(secret, submission.body());
        assertEquals("SENT", string(submission.body(), "step"));
        assertTrue(submission.headers().firstValue("Location").orElse("").endsWith(FILINGS + "/" + code + "/status"));

        // S4-13.3, S4-6: the filing reached its unit electronically, a case awaiting referral there
        assertEquals(1, fixture.cases(id));
        assertEquals("AWAITING_REFERRAL", store.caseStatus(id));
        assertEquals(1, fixture.audits("filing.paid", id, "S0-13.1"));
        assertEquals(1, fixture.audits("filing.sent", id, "S4-6"));
        HttpResponse<String> mine = get(citizen, FILINGS + "/" + id);
        assertEquals(200, mine.statusCode(), mine.body());
        assertEquals(code, string(mine.body(), "trackingCode"));
        HttpResponse<String> list = get(citizen, FILINGS + "?first=0&max=5");
        assertEquals(200, list.statusCode(), list.body());
        assertEquals("1", literal(list.body(), "total"), list.body());

        HttpResponse<String> status = get(Http.anonymous(base), FILINGS + "/" + code + "/status?secret=" + enc(secret));
        assertEquals(200, status.statusCode(), status.body());
        assertEquals("SENT", string(status.body(), "step"));
        assertEquals(unit, string(status.body(), "unitCode"));

        HttpResponse<String> authentic =
                postBytes(Http.anonymous(base), FILINGS + "/" + code + "/authenticity", "application/pdf", document);
        assertEquals(200, authentic.statusCode(), authentic.body());
        assertEquals("true", literal(authentic.body(), "documentFiled"), authentic.body());
    }

    @Test
    void anUnpaidFilingCannotBeSubmitted_S0_13_1() {
        long id = drafted(citizen);
        assertEquals(201, attach(citizen, id, "a.pdf", pdf()).statusCode());

        HttpResponse<String> beforeFee = post(citizen, FILINGS + "/" + id + "/submission");
        assertProblem(beforeFee, 409, null, null);
        assertTrue(
                beforeFee.body().contains("step-out-of-order")
                        || beforeFee.body().contains("filing-not-paid"),
                beforeFee.body());

        assertEquals(200, post(citizen, FILINGS + "/" + id + "/fee").statusCode());
        HttpResponse<String> unpaid = post(citizen, FILINGS + "/" + id + "/submission");
        assertProblem(unpaid, 409, null, null);
        assertTrue(
                unpaid.body().contains("step-out-of-order") || unpaid.body().contains("filing-not-paid"),
                unpaid.body());

        // a payment opened but never settled confirms nothing
        HttpResponse<String> payment = post(citizen, FILINGS + "/" + id + "/payment");
        assertEquals(201, payment.statusCode(), payment.body());
        assertProblem(post(citizen, FILINGS + "/" + id + "/payment/confirmation"), 409, "filing-not-paid", null);
        HttpResponse<String> stillUnpaid = post(citizen, FILINGS + "/" + id + "/submission");
        assertProblem(stillUnpaid, 409, null, null);

        HttpResponse<String> view = get(citizen, FILINGS + "/" + id);
        assertEquals("FEE_COMPUTED", string(view.body(), "step"), view.body());
        assertEquals(0, fixture.cases(id));
    }

    @Test
    void theStatusAnswersTheSecretsHolderOnlyAndATypoIsCaughtByTheCheckDigit_S4_5() {
        String submission = submitted(pdf());
        String code = string(submission, "trackingCode");
        String secret = string(submission, "accessSecret");
        Http anonymous = Http.anonymous(base);

        HttpResponse<String> right = get(anonymous, FILINGS + "/" + code + "/status?secret=" + enc(secret));
        assertEquals(200, right.statusCode(), right.body());
        assertEquals("CRIMINAL_COMPLAINT", string(right.body(), "kind"));
        HttpResponse<String> byHeader = Http.send(anonymous
                .request(FILINGS + "/" + code + "/status")
                .header("X-Access-Secret", secret)
                .header("Accept", "application/json")
                .GET());
        assertEquals(200, byHeader.statusCode(), byHeader.body());
        HttpResponse<String> formatted = get(
                anonymous,
                FILINGS + "/" + string(submission, "trackingCodeFormatted") + "/status?secret=" + enc(secret));
        assertEquals(200, formatted.statusCode(), formatted.body());

        assertProblem(
                get(anonymous, FILINGS + "/" + code + "/status?secret=wrong-secret"), 404, "filing-not-found", null);
        assertProblem(get(anonymous, FILINGS + "/" + code + "/status"), 404, "filing-not-found", null);
        assertProblem(
                get(Http.as(base, Role.AGENCY_API), FILINGS + "/" + code + "/status"), 404, "filing-not-found", null);
        assertProblem(
                get(anonymous, FILINGS + "/" + FilingsIt.typo(code) + "/status?secret=" + enc(secret)),
                422,
                "invalid-tracking-code",
                "trackingCode");
        assertProblem(get(anonymous, FILINGS + "/12345/status"), 422, "invalid-tracking-code", "trackingCode");
        // the filer, signed in, needs no secret
        HttpResponse<String> filer = get(citizen, FILINGS + "/" + code + "/status");
        assertEquals(200, filer.statusCode(), filer.body());
    }

    @Test
    void theAuthenticityInquiryKnowsTheFiledDocumentAndItsDigestOnly_S0_3_S0_3_1() {
        byte[] filed = pdf();
        String rid = FilingsIt.requestId();
        HttpResponse<String> report = postJson(
                Http.as(base, Role.AGENCY_API),
                "api/v1/reports",
                FilingsIt.report(rid, "OFFICER_REPORT", unit, false, pdf(), filed));
        assertEquals(201, report.statusCode(), report.body());
        String code = string(report.body(), "trackingCode");
        String inquiry = FILINGS + "/" + code + "/authenticity";
        Http anonymous = Http.anonymous(base);

        HttpResponse<String> byDocument = postBytes(anonymous, inquiry, "application/octet-stream", filed);
        assertEquals(200, byDocument.statusCode(), byDocument.body());
        assertEquals("true", literal(byDocument.body(), "trackingCodeKnown"), byDocument.body());
        assertEquals("true", literal(byDocument.body(), "documentFiled"), byDocument.body());
        assertEquals("2", literal(byDocument.body(), "documentSeq"), byDocument.body());
        assertNotNull(string(byDocument.body(), "sentAt"), byDocument.body());

        HttpResponse<String> byDigest = postJson(
                anonymous, inquiry, "{\"sha256\":\"" + FilingsIt.sha256(filed).toUpperCase() + "\"}");
        assertEquals(200, byDigest.statusCode(), byDigest.body());
        assertEquals("true", literal(byDigest.body(), "documentFiled"), byDigest.body());

        HttpResponse<String> another = postBytes(anonymous, inquiry, "application/pdf", pdf());
        assertEquals(200, another.statusCode(), another.body());
        assertEquals("true", literal(another.body(), "trackingCodeKnown"), another.body());
        assertEquals("false", literal(another.body(), "documentFiled"), another.body());
        String seq = literal(another.body(), "documentSeq");
        assertTrue(seq == null || seq.equals("null"), another.body());

        HttpResponse<String> unknownCode = postBytes(
                anonymous, FILINGS + "/" + FilingsIt.another(code) + "/authenticity", "application/pdf", filed);
        assertEquals(200, unknownCode.statusCode(), unknownCode.body());
        assertEquals("false", literal(unknownCode.body(), "trackingCodeKnown"), unknownCode.body());
        assertEquals("false", literal(unknownCode.body(), "documentFiled"), unknownCode.body());

        assertProblem(
                postBytes(anonymous, FILINGS + "/" + FilingsIt.typo(code) + "/authenticity", "application/pdf", filed),
                422,
                "invalid-tracking-code",
                "trackingCode");
        assertProblem(
                postJson(anonymous, inquiry, "{\"sha256\":\"abc\"}"), 422, "document-or-digest-required", "sha256");
        assertProblem(postJson(anonymous, inquiry, "{}"), 422, "document-or-digest-required", "sha256");
        assertProblem(
                postBytes(anonymous, inquiry, "application/octet-stream", new byte[0]),
                422,
                "document-or-digest-required",
                "sha256");
        assertProblem(postJson(anonymous, inquiry, "{\"sha256\":"), 400, "malformed-body", null);
        assertProblem(
                postBytes(anonymous, inquiry, "text/plain", "x".getBytes(StandardCharsets.UTF_8)), 415, null, null);
    }

    @Test
    void multipartUploadAttachesEachFilePart_S0_3() throws IOException {
        long id = drafted(citizen);
        byte[] first = pdf();
        byte[] second = pdf();
        String boundary = "it-" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < 2; i++) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"doc" + (i + 1)
                            + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(i == 0 ? first : second);
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> attached = postBytes(
                citizen,
                FILINGS + "/" + id + "/documents",
                "multipart/form-data; boundary=" + boundary,
                body.toByteArray());

        assertEquals(201, attached.statusCode(), attached.body());
        assertTrue(attached.body().contains(FilingsIt.sha256(first)), attached.body());
        assertTrue(attached.body().contains(FilingsIt.sha256(second)), attached.body());
        assertTrue(attached.body().contains("\"seq\":2"), attached.body());
    }

    @Test
    void badPortalRequestsGetProblemDetailsNeverA500_S0_3() {
        assertProblem(postJson(citizen, FILINGS, "{\"kind\":"), 400, "malformed-body", null);
        assertProblem(postJson(citizen, FILINGS, ""), 400, null, null);
        assertProblem(postJson(citizen, FILINGS, draftBody("LETTER")), 422, "unknown-kind", "kind");
        assertProblem(postJson(citizen, FILINGS, draftBody("OFFICER_REPORT")), 422, null, "kind");
        assertProblem(
                postJson(
                        citizen,
                        FILINGS,
                        draftBody("CRIMINAL_COMPLAINT").replaceAll("\"parties\":\\[.*\\]", "\"parties\":[]")),
                422,
                "parties-required",
                "parties");
        assertProblem(
                postJson(citizen, FILINGS, draftBody("CIVIL_PETITION")), 422, "claim-value-required", "claimValue");
        assertProblem(
                postJson(
                        citizen,
                        FILINGS,
                        draftBody("CIVIL_PETITION").replace("{\"kind\"", "{\"claimValue\":\"ten\",\"kind\"")),
                400,
                "malformed-body",
                null);
        assertProblem(
                postJson(
                        citizen,
                        FILINGS,
                        draftBody("CRIMINAL_COMPLAINT").replace("\"name\":\"شاکی آزمون\"", "\"name\":\"\"")),
                422,
                "party-name-required",
                "parties[0].name");
        assertProblem(
                postJson(citizen, FILINGS, draftBody("CRIMINAL_COMPLAINT").replace(unit, "NOPE")),
                422,
                "unknown-unit",
                "unitCode");
        assertProblem(get(citizen, FILINGS + "/abc"), 400, null, null);
        assertProblem(get(citizen, FILINGS + "?max=100000"), 400, "validation-failed", "max");
        assertProblem(get(citizen, FILINGS + "/999999999999"), 404, "filing-not-found", null);

        long id = drafted(citizen);
        assertProblem(
                attach(citizen, id, "a.pdf", "not a pdf".getBytes(StandardCharsets.UTF_8)),
                422,
                "unsupported-document-type",
                null);
        assertProblem(attach(citizen, id, "a.pdf", new byte[0]), 422, null, null);
        assertProblem(post(citizen, FILINGS + "/" + id + "/payment"), 409, "step-out-of-order", null);

        // someone else's filing does not exist for the caller; an unverified account may not file
        Http stranger = Http.basic(base, fixture.citizen(null, true), ItUsers.PASSWORD);
        assertProblem(get(stranger, FILINGS + "/" + id), 404, "filing-not-found", null);
        assertProblem(post(stranger, FILINGS + "/" + id + "/fee"), 404, "filing-not-found", null);
        assertProblem(attach(stranger, id, "a.pdf", pdf()), 404, "filing-not-found", null);
        Http unverified = Http.basic(base, fixture.citizen(null, false), ItUsers.PASSWORD);
        HttpResponse<String> refused = postJson(unverified, FILINGS, draftBody("CRIMINAL_COMPLAINT"));
        assertTrue(refused.statusCode() >= 400 && refused.statusCode() < 500, refused.body());
        assertEquals(Http.PROBLEM, Http.mediaType(refused));
        assertProblem(
                postJson(Http.as(base, Role.AGENCY_API), FILINGS, draftBody("CRIMINAL_COMPLAINT")), 403, null, null);
        assertProblem(postJson(Http.anonymous(base), FILINGS, draftBody("CRIMINAL_COMPLAINT")), 401, null, null);
    }
}
