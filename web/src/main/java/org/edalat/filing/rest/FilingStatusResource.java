package org.edalat.filing.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.edalat.filing.application.FilingStatus;
import org.edalat.filing.application.FilingTracking;
import org.edalat.platform.rest.problem.Problem;

/**
 * Following a filing by its tracking code (S4-5): {@code GET /filings/{trackingCode}/status}, public
 * or signed in. The filer (signed in), the holder of the filing's access secret ({@code ?secret=} or
 * the header {@code X-Access-Secret}) and the addressed unit's staff get the status; to anyone else
 * the filing is as unknown as a code never issued (404). A classified report (S0-5 note) answers only
 * its sender and the unit. A code with a typo is caught by its check digit: 422 naming {@code
 * trackingCode}.
 */
@Path("/filings/{trackingCode}/status")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "filings", description = "Filings on the portal (S0-3), their status (S4-5) and authenticity (S0-3 note)")
public class FilingStatusResource {
    /** The header that may carry the access secret instead of the query parameter. */
    public static final String ACCESS_SECRET = "X-Access-Secret";

    @EJB
    private FilingTracking tracking;

    @GET
    @PermitAll // S4-5: anyone holding the code and the secret may follow the filing
    @Operation(summary = "The status of a filing, to its filer, the access secret's holder or the unit (S4-5)")
    @APIResponse(
            responseCode = "200",
            description = "The step the filing reached, its unit, when it was sent, the case's status",
            content = @Content(schema = @Schema(implementation = FilingStatus.class)))
    @APIResponse(
            responseCode = "404",
            description = "filing-not-found: no such code, or not one the caller may follow (wrong secret)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description =
                    "invalid-tracking-code: not 16 digits or a wrong check digit; errors[0].field is trackingCode",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FilingStatus status(
            @PathParam("trackingCode") String trackingCode,
            @QueryParam("secret") String secret,
            @HeaderParam(ACCESS_SECRET) String secretHeader) {
        return tracking.status(trackingCode, secret != null && !secret.isBlank() ? secret : secretHeader);
    }
}
