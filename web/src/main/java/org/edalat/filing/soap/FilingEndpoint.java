package org.edalat.filing.soap;

import jakarta.ejb.EJB;
import jakarta.jws.WebService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import org.edalat.filing.application.Authenticity;
import org.edalat.filing.application.FilingStatus;
import org.edalat.filing.application.FilingTracking;
import org.edalat.filing.application.ReportIntake;
import org.edalat.filing.application.Upload;
import org.edalat.filing.domain.InvalidFilingException;
import org.edalat.filing.domain.TrackingCode;
import org.edalat.filing.rest.FilingsInput;
import org.edalat.filing.rest.ReportsSubmission;
import org.edalat.filing.soap.v1.AuthenticityResult;
import org.edalat.filing.soap.v1.FilingPortType;
import org.edalat.filing.soap.v1.ProblemFault;
import org.edalat.filing.soap.v1.Report;
import org.edalat.filing.soap.v1.ReportResult;
import org.edalat.filing.soap.v1.StatusResult;

/**
 * SOAP endpoint of the filing context for other bodies' systems (contract WEB-INF/wsdl/filing-v1.wsdl,
 * URL {@code /soap/filing/filings}, HTTP Basic like every SOAP endpoint):
 *
 * <ul>
 *   <li>{@code SubmitReport} (S0-5, S0-6; {@code AGENCY_API}): the same idempotent submission as {@code
 *       POST /api/v1/reports} — a retry with the same {@code requestId} answers the same tracking
 *       code with {@code replayed=true} and registers nothing;
 *   <li>{@code FilingStatus} (S4-5) and {@code AuthenticityInquiry} (S0-3 note): the same answers as
 *       the REST API, for the calling account (a classified report only to its sender, S0-5 note).
 * </ul>
 *
 * Translation only: the services decide and check the roles.
 */
@WebService(
        serviceName = "FilingService",
        portName = "FilingPort",
        targetNamespace = FilingEndpoint.NAMESPACE,
        endpointInterface = "org.edalat.filing.soap.v1.FilingPortType",
        wsdlLocation = "WEB-INF/wsdl/filing-v1.wsdl")
public class FilingEndpoint implements FilingPortType {
    /** Target namespace of the WSDL and its schema, version 1. */
    static final String NAMESPACE = "https://edalat.ir/ws/filing/v1";

    private static final DatatypeFactory XML_TIME;

    static {
        try {
            XML_TIME = DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @EJB
    private ReportIntake intake;

    @EJB
    private FilingTracking tracking;

    @Override
    public ReportResult submitReport(Report report) throws ProblemFault {
        return FilingSoapFaults.answer("SubmitReport", () -> {
            if (report == null) {
                throw new InvalidFilingException("report", "report-required", "گزارش لازم است.");
            }
            String requestId = FilingsInput.requestId("requestId", report.getRequestId());
            List<FilingsInput.PartyInput> parties = report.getParty().stream()
                    .map(p -> p == null
                            ? null
                            : new FilingsInput.PartyInput(
                                    p.getRole(), p.getName(), p.getNationalCode(), p.getAddress()))
                    .toList();
            List<Upload> documents = new ArrayList<>();
            for (int i = 0; i < report.getDocument().size(); i++) {
                var d = report.getDocument().get(i);
                String field = "document[" + i + "]";
                if (d == null || d.getContent() == null || d.getContent().length == 0) {
                    throw new InvalidFilingException(
                            field + ".content", "document-content-required", "محتوای سند لازم است.");
                }
                documents.add(new Upload(FilingsInput.fileName(field + ".fileName", d.getFileName()), d.getContent()));
            }
            ReportsSubmission.Outcome outcome = ReportsSubmission.submit(
                    intake,
                    requestId,
                    FilingsInput.draft(
                            FilingsInput.reportKind("kind", report.getKind()),
                            report.getUnitCode(),
                            report.getSubject(),
                            report.getBody(),
                            null,
                            null,
                            Boolean.TRUE.equals(report.isClassified()),
                            parties),
                    documents);
            ReportResult result = new ReportResult();
            result.setRequestId(requestId);
            result.setTrackingCode(outcome.submitted().trackingCode());
            result.setTrackingCodeFormatted(
                    TrackingCode.of(outcome.submitted().trackingCode()).formatted());
            result.setFilingId(outcome.submitted().filing().id());
            result.setStep(outcome.submitted().filing().step().name());
            result.setSentAt(time(outcome.submitted().filing().sentAt()));
            result.setReplayed(outcome.replayed());
            return result;
        });
    }

    @Override
    public StatusResult filingStatus(String trackingCode, String accessSecret) throws ProblemFault {
        return FilingSoapFaults.answer("FilingStatus", () -> {
            FilingStatus status = tracking.status(trackingCode, accessSecret);
            StatusResult result = new StatusResult();
            result.setTrackingCode(status.trackingCode());
            result.setKind(status.kind().name());
            result.setStep(status.step().name());
            result.setUnitCode(status.unitCode());
            result.setCreatedAt(time(status.createdAt()));
            result.setSentAt(time(status.sentAt()));
            result.setCaseStatus(status.caseStatus());
            return result;
        });
    }

    @Override
    public AuthenticityResult authenticityInquiry(String trackingCode, String sha256, byte[] document)
            throws ProblemFault {
        return FilingSoapFaults.answer("AuthenticityInquiry", () -> {
            Authenticity answer = tracking.authenticity(trackingCode, sha256, document);
            AuthenticityResult result = new AuthenticityResult();
            result.setTrackingCode(answer.trackingCode());
            result.setTrackingCodeKnown(answer.trackingCodeKnown());
            result.setDocumentFiled(answer.documentFiled());
            result.setDocumentSeq(answer.documentSeq());
            result.setSentAt(time(answer.sentAt()));
            return result;
        });
    }

    /** An instant as {@code xs:dateTime} in UTC; null stays null. */
    static XMLGregorianCalendar time(Instant instant) {
        if (instant == null) {
            return null;
        }
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(instant.toEpochMilli());
        return XML_TIME.newXMLGregorianCalendar(calendar);
    }
}
