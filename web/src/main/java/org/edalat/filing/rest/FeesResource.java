package org.edalat.filing.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.edalat.filing.domain.FilingKind;
import org.edalat.filing.fees.FeeQuotes;
import org.edalat.platform.rest.problem.Problem;

/**
 * The judicial service fee of a filing (S0-3): {@code GET /fees/quote?kind=&claimValue=&date=}, for
 * any signed-in account and agencies (the service decides who: {@code FeeQuotes}).
 */
@Path("/fees")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "fees", description = "Judicial service fees (S0-3) and office tariffs (S0-13)")
public class FeesResource {
    @EJB
    private FeeQuotes quotes;

    @GET
    @Path("/quote")
    @Operation(
            summary = "Quote the judicial service fee of a filing kind (S0-3)",
            description = "kind: CRIMINAL_COMPLAINT, CIVIL_PETITION, SUBMISSION, OFFICER_REPORT,"
                    + " FLAGRANT_PRELIMINARY_CASE, EXPERT_REPORT; claimValue in Rials (civil petitions only);"
                    + " date ISO-8601 (today in Tehran when absent)")
    @APIResponse(
            responseCode = "200",
            description = "The fee, the schedule version and the rule",
            content = @Content(schema = @Schema(implementation = FeeViews.FeeQuoteView.class)))
    @APIResponse(
            responseCode = "422",
            description = "invalid-parameter, invalid-claim-value: errors[0].field names the parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "503",
            description = "no-fee-schedule-in-force on that date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FeeViews.FeeQuoteView quote(
            @QueryParam("kind") String kind,
            @QueryParam("claimValue") String claimValue,
            @QueryParam("date") String date) {
        FilingKind filingKind = Params.kind(kind);
        Long claim = Params.amount("claimValue", claimValue);
        var on = Params.dateOrToday("date", date);
        return FeeViews.FeeQuoteView.of(quotes.quote(filingKind, claim, on), claim, on);
    }
}
