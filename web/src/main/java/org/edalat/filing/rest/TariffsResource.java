package org.edalat.filing.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.edalat.filing.fees.OfficeService;
import org.edalat.filing.fees.Rials;
import org.edalat.filing.fees.TariffApproval;
import org.edalat.filing.fees.TariffVersion;
import org.edalat.platform.rest.problem.Problem;

/**
 * Office tariffs and their approval chain (S0-13): the Association proposes ({@code POST /tariffs});
 * the Center's head approves or rejects ({@code /approval}, {@code /rejection}) and records the
 * ratification decree of the head of the judiciary ({@code /ratification}, which has no account of
 * its own); {@code GET /tariffs/in-force?date=} gives the ratified version in force. Roles are checked
 * by {@link TariffApproval} (403); a step out of order is 409.
 */
@Path("/tariffs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "fees")
public class TariffsResource {
    @EJB
    private TariffApproval approval;

    /** A proposal: the version id, the Association's reference and the amount per service unit. */
    public static class Proposal {
        public String id;
        public String reference;

        @Schema(description = "service name (FILING_COMPLAINT, ...) -> amount in Rials per unit")
        public Map<String, Long> items;
    }

    /** A rejection and its reason. */
    public static class Rejection {
        public String reason;
    }

    /** The ratification decree of the head of the judiciary and the in-force date (ISO-8601 dates). */
    public static class Ratification {
        public String decreeNumber;
        public String decreeDate;
        public String inForceFrom;
    }

    @GET
    @Path("/in-force")
    @Operation(summary = "The ratified office tariff in force on a date (S0-13); today in Tehran when absent")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = FeeViews.TariffView.class)))
    @APIResponse(
            responseCode = "404",
            description = "no-tariff-in-force on that date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response inForce(@QueryParam("date") String date, @Context UriInfo uriInfo) {
        LocalDate on = Params.dateOrToday("date", date);
        return approval.inForceAt(on)
                .map(v -> Response.ok(FeeViews.TariffView.of(v)).build())
                .orElseGet(() -> Problem.of(
                                404,
                                "no-tariff-in-force",
                                "در تاریخ " + on + " تعرفهٔ مصوبی برای خدمات دفاتر اجرا نمی‌شود.")
                        .withInstance(Problem.instanceOf(uriInfo))
                        .toResponse());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A tariff version with its approval steps (S0-13)")
    public FeeViews.TariffView get(@PathParam("id") String id) {
        return FeeViews.TariffView.of(approval.find(id));
    }

    @POST
    @Operation(summary = "The Association proposes a tariff version (S0-13)")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = FeeViews.TariffView.class)))
    @APIResponse(
            responseCode = "409",
            description = "tariff-version-exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "invalid-tariff, invalid-parameter, amount-negative: errors[0].field names the field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response propose(Proposal body, @Context UriInfo uriInfo) {
        if (body == null) {
            throw new InvalidFeeParameterException("id", "پیشنهاد تعرفه (شناسه و مبالغ) را بفرستید.");
        }
        Map<OfficeService, Rials> items = new EnumMap<>(OfficeService.class);
        if (body.items != null) {
            body.items.forEach((service, amount) -> {
                if (amount == null) {
                    throw new InvalidFeeParameterException("items." + service, "مبلغ خدمت را وارد کنید.");
                }
                items.put(Params.service("items", service), Rials.of(amount));
            });
        }
        TariffVersion version = approval.propose(body.id, items, body.reference);
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path(TariffsResource.class)
                        .path(version.id())
                        .build())
                .entity(FeeViews.TariffView.of(version))
                .build();
    }

    @POST
    @Path("/{id}/approval")
    @Operation(summary = "The Center's head approves a proposed version (S0-13)")
    @APIResponse(
            responseCode = "409",
            description = "tariff-step-out-of-order, tariff-proposal-closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FeeViews.TariffView approve(@PathParam("id") String id) {
        return FeeViews.TariffView.of(approval.approve(id));
    }

    @POST
    @Path("/{id}/rejection")
    @Operation(summary = "The Center's head rejects (or records the head of the judiciary's rejection) (S0-13)")
    public FeeViews.TariffView reject(@PathParam("id") String id, Rejection body) {
        return FeeViews.TariffView.of(approval.reject(id, body == null ? null : body.reason));
    }

    @POST
    @Path("/{id}/ratification")
    @Operation(summary = "The Center's head records the ratification decree of the head of the judiciary (S0-13)")
    @APIResponse(
            responseCode = "422",
            description = "invalid-tariff (decreeNumber, decreeDate), retroactive-tariff (inForceFrom)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FeeViews.TariffView ratify(@PathParam("id") String id, Ratification body) {
        if (body == null) {
            throw new InvalidFeeParameterException("decreeNumber", "شماره و تاریخ ابلاغیه و تاریخ اجرا را بفرستید.");
        }
        return FeeViews.TariffView.of(approval.ratify(
                id,
                body.decreeNumber,
                body.decreeDate == null || body.decreeDate.isBlank()
                        ? null
                        : Params.date("decreeDate", body.decreeDate),
                body.inForceFrom == null || body.inForceFrom.isBlank()
                        ? null
                        : Params.date("inForceFrom", body.inForceFrom)));
    }
}
