package org.edalat.filing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.edalat.filing.application.DocumentContent;
import org.edalat.filing.application.FilingView;
import org.edalat.filing.application.PortalFilings;
import org.edalat.filing.domain.InvalidFilingException;
import org.edalat.filing.payment.PaymentView;
import org.edalat.platform.rest.problem.Problem;
import org.edalat.platform.security.Role;

/**
 * The portal path of S0-3 over REST for a citizen with a verified SANA account ({@code CITIZEN},
 * HTTP Basic): draft the request, attach its documents, have the judicial service fee computed, pay
 * it through the Center's payment method (S0-13.1: the bank's redirect, then the bank's callback on
 * {@code /payments/callback}), confirm the payment, submit: the answer carries the tracking code and
 * the access secret (shown once), and the filing reaches its judicial unit electronically, where it
 * awaits referral (S4-6, S4-13.3). Each step in the wrong order is 409 {@code step-out-of-order}; an
 * unpaid filing cannot be submitted (409 {@code filing-not-paid}). A filing of someone else is 404.
 */
@Path("/filings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "filings")
@RolesAllowed(Role.Names.CITIZEN)
public class FilingsResource {
    static final int MAX_PAGE = 200;

    /** The header naming an uploaded document's file (percent-encoded when it is not ASCII). */
    public static final String FILE_NAME = "X-File-Name";

    @EJB
    private PortalFilings filings;

    /** A request as its filer drafts it (S0-2, S0-3). */
    public static class DraftBody {
        @Schema(description = "CRIMINAL_COMPLAINT, CIVIL_PETITION or SUBMISSION")
        public String kind;

        public String unitCode;
        public String subject;
        public String body;

        @Schema(description = "Rials; civil petitions only")
        public Long claimValue;

        @Schema(description = "The existing case's number; submissions only")
        public String caseReference;

        @Schema(description = "At least two: the filer's side and the other")
        public List<ReportsResource.PartyBody> parties;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft a filing (S0-3); the account must be verified")
    @APIResponse(
            responseCode = "201",
            description = "Drafted; Location names the filing",
            content = @Content(schema = @Schema(implementation = FilingView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Malformed JSON or no body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "unverified-filer: the account is not verified (S0-2)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "unknown-kind, unit-required, unknown-unit, subject-required, parties-required, ...:"
                    + " errors[0].field names the field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response draft(@NotNull DraftBody body, @Context UriInfo uriInfo) {
        FilingView view = filings.draft(FilingsInput.draft(
                FilingsInput.kind("kind", body.kind),
                body.unitCode,
                body.subject,
                body.body,
                body.claimValue,
                body.caseReference,
                false,
                ReportsResource.parties(body.parties)));
        return created(view.id(), view, uriInfo);
    }

    @GET
    @Operation(summary = "A page of the caller's filings, newest first")
    @APIResponse(
            responseCode = "200",
            description = "The page",
            content = @Content(schema = @Schema(implementation = FilingsViews.FilingPage.class)))
    public FilingsViews.FilingPage list(
            @QueryParam("first") @DefaultValue("0") @Min(0) int first,
            @QueryParam("max") @DefaultValue("20") @Min(1) @Max(MAX_PAGE) int max) {
        return new FilingsViews.FilingPage(filings.filings(first, max), filings.countFilings(), first, max);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of the caller's filings")
    @APIResponse(
            responseCode = "200",
            description = "The filing",
            content = @Content(schema = @Schema(implementation = FilingView.class)))
    @APIResponse(
            responseCode = "404",
            description = "filing-not-found (also someone else's)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FilingView find(@PathParam("id") long id) {
        return filings.find(id);
    }

    @POST
    @Path("/{id}/documents")
    @Consumes({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            summary = "Attach a document to a draft (S0-3): the raw bytes, the name in X-File-Name",
            description = "PDF, PNG or JPEG, decided by the content; X-File-Name percent-encoded when not ASCII")
    @RequestBody(description = "The document's bytes")
    @APIResponse(
            responseCode = "201",
            description = "Attached; the filing with its documents, Location names the document",
            content = @Content(schema = @Schema(implementation = FilingView.class)))
    @APIResponse(
            responseCode = "409",
            description = "documents-locked: no longer a draft; too-many-documents",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "empty-document, document-too-large, unsupported-document-type, unreadable-pdf",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response attach(
            @PathParam("id") long id,
            @HeaderParam(FILE_NAME) String fileName,
            byte[] content,
            @Context UriInfo uriInfo) {
        FilingView view = filings.attach(id, FilingsInput.fileName(FILE_NAME, fileName), content);
        return attached(view, uriInfo);
    }

    @POST
    @Path("/{id}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Attach documents to a draft (S0-3) as multipart/form-data, one file per part")
    @APIResponse(
            responseCode = "201",
            description = "Attached; the filing with its documents",
            content = @Content(schema = @Schema(implementation = FilingView.class)))
    @APIResponse(
            responseCode = "422",
            description = "document-required: no file part; the document errors as above",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response attachParts(@PathParam("id") long id, List<EntityPart> parts, @Context UriInfo uriInfo) {
        FilingView view = null;
        for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
            if (part.getFileName().isEmpty() && !isDocument(part.getMediaType())) {
                continue; // a plain form field
            }
            view = filings.attach(
                    id, FilingsInput.fileName(part.getName(), part.getFileName().orElse(null)), bytes(part));
        }
        if (view == null) {
            throw new InvalidFilingException("file", "document-required", "هیچ پرونده‌ای در درخواست نیست.");
        }
        return attached(view, uriInfo);
    }

    @GET
    @Path("/{id}/documents/{seq}")
    @Produces({"application/pdf", "image/png", "image/jpeg", Problem.MEDIA_TYPE})
    @Operation(summary = "The content of a document of one of the caller's filings")
    @APIResponse(responseCode = "200", description = "The document as filed")
    @APIResponse(
            responseCode = "404",
            description = "filing-not-found: no such filing or document",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response document(@PathParam("id") long id, @PathParam("seq") int seq) {
        DocumentContent document = filings.document(id, seq);
        String ascii = document.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        return Response.ok(document.content(), document.mediaType())
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                                + java.net.URLEncoder.encode(document.fileName(), StandardCharsets.UTF_8)
                                        .replace("+", "%20"))
                .build();
    }

    @POST
    @Path("/{id}/fee")
    @Operation(summary = "Compute the judicial service fee from the schedule in force (S0-3)")
    @APIResponse(
            responseCode = "200",
            description = "FEE_COMPUTED: judicialFee, feeScheduleVersion, amountDue",
            content = @Content(schema = @Schema(implementation = FilingView.class)))
    @APIResponse(
            responseCode = "409",
            description = "step-out-of-order",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "503",
            description = "no-fee-schedule-in-force",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FilingView computeFee(@PathParam("id") long id) {
        return filings.computeFee(id);
    }

    @POST
    @Path("/{id}/payment")
    @Operation(summary = "Open the payment of the fee (S0-13.1): the bank's redirect")
    @APIResponse(
            responseCode = "201",
            description = "The payment, with the redirectUrl to send the payer to",
            content = @Content(schema = @Schema(implementation = PaymentView.class)))
    @APIResponse(responseCode = "204", description = "Nothing is due: the filing is PAID at once")
    @APIResponse(
            responseCode = "409",
            description = "step-out-of-order: the fee is not computed yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response pay(@PathParam("id") long id) {
        PaymentView payment = filings.pay(id);
        if (payment == null) {
            return Response.noContent().build();
        }
        return Response.status(Response.Status.CREATED).entity(payment).build();
    }

    @POST
    @Path("/{id}/payment/confirmation")
    @Operation(summary = "PAID (S0-13.1): after the bank settled exactly the amount due")
    @APIResponse(
            responseCode = "200",
            description = "The filing, PAID",
            content = @Content(schema = @Schema(implementation = FilingView.class)))
    @APIResponse(
            responseCode = "409",
            description = "filing-not-paid: no settled payment of the amount due; step-out-of-order",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FilingView confirmPayment(@PathParam("id") long id) {
        return filings.confirmPayment(id);
    }

    @POST
    @Path("/{id}/submission")
    @Operation(summary = "Submit (S0-3): tracking code, then sent to the judicial unit (S4-6, S4-13.3)")
    @APIResponse(
            responseCode = "201",
            description = "The tracking code and the access secret for the status page (shown this once)",
            content = @Content(schema = @Schema(implementation = FilingsViews.SubmissionView.class)))
    @APIResponse(
            responseCode = "409",
            description = "filing-not-paid, step-out-of-order (S0-13.1: no filing is sent unpaid)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(@PathParam("id") long id, @Context UriInfo uriInfo) {
        FilingsViews.SubmissionView submitted = FilingsViews.SubmissionView.of(filings.submit(id));
        URI status = uriInfo.getBaseUriBuilder()
                .path("filings")
                .path(submitted.trackingCode())
                .path("status")
                .build();
        return Response.created(status).entity(submitted).build();
    }

    private static Response attached(FilingView view, UriInfo uriInfo) {
        int seq = view.documents().isEmpty()
                ? 0
                : view.documents().get(view.documents().size() - 1).seq();
        return created(seq, view, uriInfo);
    }

    /** 201 with {@code view}, Location naming {@code id} under the request's path. */
    private static Response created(long id, FilingView view, UriInfo uriInfo) {
        URI location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(id)).build();
        return Response.created(location).entity(view).build();
    }

    private static boolean isDocument(MediaType type) {
        return type != null && !type.isCompatible(MediaType.TEXT_PLAIN_TYPE);
    }

    private static byte[] bytes(EntityPart part) {
        try (InputStream in = part.getContent()) {
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new InvalidFilingException(
                    part.getName(), "unreadable-part", "بخش «" + part.getName() + "» درخواست خوانا نیست.");
        }
    }
}
