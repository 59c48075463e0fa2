package org.edalat.filing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.edalat.filing.application.ReportIntake;
import org.edalat.filing.application.Submitted;
import org.edalat.filing.domain.FilingNotFoundException;
import org.edalat.filing.domain.FilingStep;
import org.edalat.filing.domain.InvalidFilingException;
import org.edalat.platform.rest.problem.Problem;
import org.edalat.platform.security.Role;

/**
 * Reports of law-enforcement officers, official experts and other bodies (S0-5) and preliminary
 * cases of flagrant crimes (S0-6), sent by their systems ({@code AGENCY_API}, HTTP Basic):
 * {@code POST /reports} registers the report with its documents, gives it a tracking code and sends
 * it to the judicial unit, where it awaits referral (S4-6). Idempotent on the sender's request id
 * (the body's {@code requestId} or the {@code Idempotency-Key} header): the first call answers 201,
 * a retry 200 with the same tracking code and registers nothing.
 */
@Path("/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports", description = "Reports of officers, experts and other bodies (S0-5, S0-6)")
@RolesAllowed(Role.Names.AGENCY_API)
public class ReportsResource {
    /** The header that may carry the request id instead of the body's {@code requestId}. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @EJB
    private ReportIntake intake;

    /** The report as a sender's system sends it. */
    public static class ReportBody {
        @Schema(
                description = "The sender's id of this request (1-100 of A-Z a-z 0-9 . _ : -): a retry with it"
                        + " answers the report registered first")
        public String requestId;

        @Schema(description = "OFFICER_REPORT, EXPERT_REPORT or FLAGRANT_PRELIMINARY_CASE")
        public String kind;

        @Schema(description = "Code of the judicial unit the report is for")
        public String unitCode;

        public String subject;
        public String body;

        @Schema(description = "S0-5 note: shown only to the sender and the unit's staff")
        public boolean classified;

        public List<PartyBody> parties;
        public List<DocumentBody> documents;
    }

    /** A person the report is about (described; the referral context links accounts later). */
    public static class PartyBody {
        @Schema(description = "COMPLAINANT, ACCUSED, PLAINTIFF, DEFENDANT or OTHER")
        public String role;

        public String name;
        public String nationalCode;
        public String address;
    }

    /** A document of the report: PDF, PNG or JPEG, the type decided by the content. */
    public static class DocumentBody {
        public String fileName;

        @Schema(description = "The file's bytes in base64")
        public String contentBase64;
    }

    /** The answer: the report registered and sent, with its tracking code. */
    public record ReportReceipt(
            String requestId,
            String trackingCode,
            String trackingCodeFormatted,
            long filingId,
            FilingStep step,
            Instant sentAt,
            boolean replayed) {
        static ReportReceipt of(String requestId, Submitted submitted, boolean replayed) {
            return new ReportReceipt(
                    requestId,
                    submitted.trackingCode(),
                    FilingsViews.formatted(submitted.trackingCode()),
                    submitted.filing().id(),
                    submitted.filing().step(),
                    submitted.filing().sentAt(),
                    replayed);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Register and send a report (S0-5, S0-6); idempotent on requestId",
            description = "The request id is the body's requestId or the Idempotency-Key header (they must agree"
                    + " when both are sent). Documents: up to 20, each PDF, PNG or JPEG in base64.")
    @APIResponse(
            responseCode = "201",
            description = "Registered and sent to the unit (S4-6); Location names the report",
            content = @Content(schema = @Schema(implementation = ReportReceipt.class)))
    @APIResponse(
            responseCode = "200",
            description = "A retry: the report registered first under this request id, with the same tracking code",
            content = @Content(schema = @Schema(implementation = ReportReceipt.class)))
    @APIResponse(
            responseCode = "400",
            description = "Malformed JSON or no body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "request-id-required, unknown-kind, unit-required, unknown-unit, subject-required,"
                    + " invalid-base64, unsupported-document-type, ...: errors[0].field names the field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(
            @NotNull ReportBody body, @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey, @Context UriInfo uriInfo) {
        String requestId = requestId(body.requestId, idempotencyKey);
        ReportsSubmission.Outcome outcome = ReportsSubmission.submit(
                intake,
                requestId,
                FilingsInput.draft(
                        FilingsInput.reportKind("kind", body.kind),
                        body.unitCode,
                        body.subject,
                        body.body,
                        null,
                        null,
                        body.classified,
                        parties(body.parties)),
                FilingsInput.uploads(documents(body.documents)));
        ReportReceipt receipt = ReportReceipt.of(requestId, outcome.submitted(), outcome.replayed());
        if (outcome.replayed()) {
            return Response.ok(receipt).build();
        }
        return Response.created(uriInfo.getAbsolutePathBuilder().path(requestId).build())
                .entity(receipt)
                .build();
    }

    @GET
    @Path("/{requestId}")
    @Operation(summary = "The report the caller registered under a request id")
    @APIResponse(
            responseCode = "200",
            description = "The report's receipt",
            content = @Content(schema = @Schema(implementation = ReportReceipt.class)))
    @APIResponse(
            responseCode = "404",
            description = "filing-not-found: the caller registered nothing under this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReportReceipt find(@PathParam("requestId") String requestId) {
        String id = FilingsInput.requestId("requestId", requestId);
        return intake.find(id).map(s -> ReportReceipt.of(id, s, true)).orElseThrow(FilingNotFoundException::new);
    }

    /** The request id of the body or the header; both sent must agree. */
    static String requestId(String inBody, String inHeader) {
        boolean hasBody = inBody != null && !inBody.isBlank();
        boolean hasHeader = inHeader != null && !inHeader.isBlank();
        if (hasBody && hasHeader && !inBody.strip().equals(inHeader.strip())) {
            throw new InvalidFilingException(
                    "requestId", "request-id-mismatch", "شناسهٔ درخواست در بدنه و سرآیند Idempotency-Key یکی نیست.");
        }
        return FilingsInput.requestId("requestId", hasBody ? inBody : inHeader);
    }

    /** The parties as the body spells them (also a portal draft's, {@link FilingsResource}). */
    static List<FilingsInput.PartyInput> parties(List<PartyBody> parties) {
        return parties == null
                ? null
                : parties.stream()
                        .map(p -> p == null
                                ? null
                                : new FilingsInput.PartyInput(p.role, p.name, p.nationalCode, p.address))
                        .toList();
    }

    private static List<FilingsInput.DocumentInput> documents(List<DocumentBody> documents) {
        return documents == null
                ? null
                : documents.stream()
                        .map(d -> d == null ? null : new FilingsInput.DocumentInput(d.fileName, d.contentBase64))
                        .toList();
    }
}
