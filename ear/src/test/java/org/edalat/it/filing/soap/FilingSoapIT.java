package org.edalat.it.filing.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.edalat.it.filing.rest.FilingsIt;
import org.edalat.it.filing.rest.ReportsItStore;
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
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The filing SOAP endpoint ({@code /soap/filing/filings}) as an agency's system calls it without
 * tooling: SOAP 1.1 envelopes over HTTP with Basic credentials, answers and {@code ProblemFault}s read
 * as XML. Reports (S0-5) idempotent on the request id, the status (S4-5) and the authenticity inquiry
 * (S0-3 note), classified reports hidden from other agencies (S0-5 note).
 */
@ExtendWith(ArquillianExtension.class)
class FilingSoapIT {
    static final String NS = "https://edalat.ir/ws/filing/v1";
    static final String PATH = "soap/filing/filings";

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

    /** The answer of one call: status, body, the body as XML. */
    record Answer(int status, String body, Document xml) {
        String text(String name) {
            if (xml == null) {
                return null;
            }
            NodeList nodes = xml.getElementsByTagNameNS(NS, name);
            return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
        }

        boolean isFault() {
            return xml != null
                    && xml.getElementsByTagNameNS("http://schemas.xmlsoap.org/soap/envelope/", "Fault")
                                    .getLength()
                            == 1;
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    private static Answer call(Http http, String bodyXml) {
        String envelope = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:f=\"" + NS
                + "\"><soapenv:Header/><soapenv:Body>" + bodyXml + "</soapenv:Body></soapenv:Envelope>";
        HttpResponse<String> response = Http.send(http.request(PATH)
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8)));
        return new Answer(response.statusCode(), response.body(), parse(response.body()));
    }

    private static Document parse(String text) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception notXml) {
            return null;
        }
    }

    private static String el(String name, String text) {
        return text == null
                ? ""
                : "<f:" + name + ">" + text.replace("&", "&amp;").replace("<", "&lt;") + "</f:" + name + ">";
    }

    private static String submitReport(
            String requestId, String kind, String unitCode, boolean classified, byte[]... documents) {
        StringBuilder docs = new StringBuilder();
        for (int i = 0; i < documents.length; i++) {
            docs.append("<f:document>")
                    .append(el("fileName", "r" + i + ".pdf"))
                    .append(el("content", FilingsIt.base64(documents[i])))
                    .append("</f:document>");
        }
        return "<f:SubmitReport><f:report>" + el("requestId", requestId) + el("kind", kind) + el("unitCode", unitCode)
                + el("subject", "گزارش کارشناس") + el("body", "متن گزارش کارشناس رسمی.")
                + el("classified", String.valueOf(classified))
                + "<f:party>" + el("role", "OTHER") + el("name", "شخص آزمون") + "</f:party>" + docs
                + "</f:report></f:SubmitReport>";
    }

    private static String status(String code, String secret) {
        return "<f:FilingStatus>" + el("trackingCode", code) + el("accessSecret", secret) + "</f:FilingStatus>";
    }

    private static void assertFault(Answer answer, int status, String code, String field) {
        assertTrue(answer.isFault(), answer.toString());
        assertEquals(String.valueOf(status), answer.text("status"), answer.toString());
        assertEquals(code, answer.text("code"), answer.toString());
        if (field != null) {
            assertEquals(field, answer.text("field"), answer.toString());
        }
        assertNotNull(answer.text("message"), answer.toString());
    }

    @Test
    void theServiceServesItsWsdlAndSchemaWithoutCredentials() {
        Http anonymous = Http.anonymous(base);
        HttpResponse<String> wsdl = anonymous.get(PATH + "?wsdl");
        assertEquals(200, wsdl.statusCode(), wsdl.body());
        for (String expected : new String[] {
            "name=\"FilingService\"",
            "SubmitReport",
            "FilingStatus",
            "AuthenticityInquiry",
            "ProblemFault",
            NS,
            PATH + "\""
        }) {
            assertTrue(wsdl.body().contains(expected), expected + " in " + wsdl.body());
        }
        HttpResponse<String> schema = anonymous.get(PATH + "?xsd=filing-v1.xsd");
        assertEquals(200, schema.statusCode(), schema.body());
        assertTrue(schema.body().contains("name=\"ProblemDetail\""), schema.body());
    }

    @Test
    void submitReportRegistersOnceAndARetryAnswersTheSameTrackingCode_S0_5() {
        String rid = FilingsIt.requestId();
        String call = submitReport(rid, "EXPERT_REPORT", unit, false, FilingsIt.pdf());

        Answer first = call(agency, call);
        assertEquals(200, first.status(), first.toString());
        String code = first.text("trackingCode");
        assertTrue(code.matches("[1-9][0-9]{15}"), first.toString());
        assertEquals("SENT", first.text("step"));
        assertEquals("false", first.text("replayed"));
        long id = Long.parseLong(first.text("filingId"));
        assertEquals(1, fixture.cases(id));
        assertEquals(1, fixture.audits("filing.sent", id, "S4-6"));

        Answer retry = call(agency, call);
        assertEquals(200, retry.status(), retry.toString());
        assertEquals(code, retry.text("trackingCode"));
        assertEquals("true", retry.text("replayed"));
        assertEquals(1, store.reports(ItUsers.username(Role.AGENCY_API), rid));
        assertEquals(1, fixture.cases(id));
    }

    @Test
    void statusAndAuthenticityOfAClassifiedReportAnswerItsSenderOnly_S0_5_S0_5_1() {
        byte[] document = FilingsIt.pdf();
        Answer report = call(agency, submitReport(FilingsIt.requestId(), "OFFICER_REPORT", unit, true, document));
        assertEquals(200, report.status(), report.toString());
        String code = report.text("trackingCode");
        Http other = Http.basic(base, fixture.staff(Role.AGENCY_API, unit, null), ItUsers.PASSWORD);

        Answer mine = call(agency, status(code, null));
        assertEquals(200, mine.status(), mine.toString());
        assertEquals("OFFICER_REPORT", mine.text("kind"));
        assertEquals("SENT", mine.text("step"));
        assertEquals("AWAITING_REFERRAL", mine.text("caseStatus"));
        assertFault(call(other, status(code, null)), 404, "filing-not-found", null);

        String byDocument = "<f:AuthenticityInquiry>" + el("trackingCode", code)
                + el("document", FilingsIt.base64(document)) + "</f:AuthenticityInquiry>";
        Answer senderAsks = call(agency, byDocument);
        assertEquals("true", senderAsks.text("documentFiled"), senderAsks.toString());
        Answer otherAsks = call(other, byDocument);
        assertEquals(200, otherAsks.status(), otherAsks.toString());
        assertEquals("false", otherAsks.text("trackingCodeKnown"), otherAsks.toString());
        assertEquals("false", otherAsks.text("documentFiled"), otherAsks.toString());
    }

    @Test
    void authenticityInquiryByDocumentOrDigest_S0_3_S0_3_1() {
        byte[] filed = FilingsIt.pdf();
        Answer report = call(agency, submitReport(FilingsIt.requestId(), "OFFICER_REPORT", unit, false, filed));
        String code = report.text("trackingCode");
        Http other = Http.basic(base, fixture.staff(Role.AGENCY_API, unit, null), ItUsers.PASSWORD);

        Answer byDocument = call(
                other,
                "<f:AuthenticityInquiry>" + el("trackingCode", code) + el("document", FilingsIt.base64(filed))
                        + "</f:AuthenticityInquiry>");
        assertEquals(200, byDocument.status(), byDocument.toString());
        assertEquals("true", byDocument.text("trackingCodeKnown"));
        assertEquals("true", byDocument.text("documentFiled"));
        assertEquals("1", byDocument.text("documentSeq"));
        assertNotNull(byDocument.text("sentAt"));
        Answer byDigest = call(
                other,
                "<f:AuthenticityInquiry>" + el("trackingCode", code) + el("sha256", FilingsIt.sha256(filed))
                        + "</f:AuthenticityInquiry>");
        assertEquals("true", byDigest.text("documentFiled"), byDigest.toString());
        Answer another = call(
                other,
                "<f:AuthenticityInquiry>" + el("trackingCode", code) + el("document", FilingsIt.base64(FilingsIt.pdf()))
                        + "</f:AuthenticityInquiry>");
        assertEquals("true", another.text("trackingCodeKnown"), another.toString());
        assertEquals("false", another.text("documentFiled"), another.toString());
        assertEquals(null, another.text("documentSeq"));

        assertFault(
                call(
                        other,
                        "<f:AuthenticityInquiry>" + el("trackingCode", FilingsIt.typo(code))
                                + el("sha256", FilingsIt.sha256(filed)) + "</f:AuthenticityInquiry>"),
                422,
                "invalid-tracking-code",
                "trackingCode");
        assertFault(
                call(other, "<f:AuthenticityInquiry>" + el("trackingCode", code) + "</f:AuthenticityInquiry>"),
                422,
                "document-or-digest-required",
                "sha256");
    }

    @Test
    void badCallsAreProblemFaultsNamingTheField_S0_5() {
        String rid = FilingsIt.requestId();
        assertFault(call(agency, submitReport(rid, "LETTER", unit, false)), 422, "unknown-kind", "kind");
        assertFault(call(agency, submitReport(rid, "CIVIL_PETITION", unit, false)), 422, "not-a-report-kind", "kind");
        assertFault(
                call(agency, submitReport("", "OFFICER_REPORT", unit, false)), 422, "request-id-required", "requestId");
        assertFault(call(agency, submitReport(rid, "OFFICER_REPORT", "NOPE", false)), 422, "unknown-unit", "unitCode");
        assertFault(
                call(
                        agency,
                        submitReport(
                                rid, "OFFICER_REPORT", unit, false, "plain text".getBytes(StandardCharsets.UTF_8))),
                422,
                "unsupported-document-type",
                null);
        assertFault(call(agency, status("1234", null)), 422, "invalid-tracking-code", "trackingCode");
        assertEquals(0, store.reports(ItUsers.username(Role.AGENCY_API), rid));

        Answer citizen = call(Http.as(base, Role.CITIZEN), submitReport(rid, "OFFICER_REPORT", unit, false));
        assertFault(citizen, 403, "forbidden", null);
        Answer anonymous = call(Http.anonymous(base), submitReport(rid, "OFFICER_REPORT", unit, false));
        assertEquals(401, anonymous.status(), anonymous.toString());
        assertFalse(anonymous.body().isEmpty());
        assertNotEquals(
                200,
                call(Http.basic(base, ItUsers.username(Role.AGENCY_API), "wrong"), status("1234", null))
                        .status());
    }
}
