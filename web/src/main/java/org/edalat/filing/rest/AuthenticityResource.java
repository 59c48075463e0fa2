package org.edalat.filing.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.edalat.filing.application.Authenticity;
import org.edalat.filing.application.FilingTracking;
import org.edalat.platform.rest.problem.Problem;

/**
 * The authenticity inquiry (S0-3 note), public: {@code POST /filings/{trackingCode}/authenticity}
 * with the document itself (PDF, PNG, JPEG or any bytes) or JSON {@code {"sha256": "..."}} answers
 * whether that document was filed under the code. An unknown code, like a classified report asked by
 * an outsider (S0-5 note), answers {@code trackingCodeKnown=false}.
 */
@Path("/filings/{trackingCode}/authenticity")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "filings")
@PermitAll // S0-3 note: anyone presented with a document may ask
public class AuthenticityResource {
    @EJB
    private FilingTracking tracking;

    /** The digest of the document to check. */
    public static class DigestBody {
        @Schema(description = "SHA-256 of the document, 64 hexadecimal digits")
        public String sha256;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Was the document with this SHA-256 filed under the tracking code? (S0-3 note)")
    @APIResponse(
            responseCode = "200",
            description = "trackingCodeKnown, documentFiled, documentSeq, sentAt",
            content = @Content(schema = @Schema(implementation = Authenticity.class)))
    @APIResponse(
            responseCode = "422",
            description = "invalid-tracking-code (field trackingCode), document-or-digest-required (field sha256)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Authenticity byDigest(@PathParam("trackingCode") String trackingCode, DigestBody body) {
        return tracking.authenticity(trackingCode, body == null ? null : body.sha256, null);
    }

    @POST
    @Consumes({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Was this document filed under the tracking code? (S0-3 note)")
    @RequestBody(description = "The document's bytes as presented")
    @APIResponse(
            responseCode = "200",
            description = "trackingCodeKnown, documentFiled, documentSeq, sentAt",
            content = @Content(schema = @Schema(implementation = Authenticity.class)))
    @APIResponse(
            responseCode = "422",
            description = "invalid-tracking-code (field trackingCode), document-or-digest-required (empty body)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Authenticity byDocument(@PathParam("trackingCode") String trackingCode, byte[] document) {
        return tracking.authenticity(trackingCode, null, document);
    }
}
