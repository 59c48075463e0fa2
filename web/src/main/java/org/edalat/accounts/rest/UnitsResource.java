package org.edalat.accounts.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.edalat.accounts.application.PersonRegistry;
import org.edalat.platform.rest.problem.Problem;
import org.edalat.platform.security.Role;

/**
 * A judicial unit registers a party itself: in urgent cases (S4-11) or where the district has no
 * office (S4-11.1); otherwise the party is sent to an office (409 {@code
 * unit-registration-not-allowed}).
 */
@Path("/units/{unitCode}/registrations")
@RequestScoped
@Transactional
@RolesAllowed({Role.Names.BRANCH_CLERK, Role.Names.JUDGE, Role.Names.REFERRAL_AUTHORITY})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "accounts")
public class UnitsResource {
    @EJB
    private PersonRegistry registry;

    @POST
    @Operation(summary = "Register a party at a judicial unit: URGENT (S4-11) or NO_OFFICE_IN_DISTRICT (S4-11.1)")
    @APIResponse(
            responseCode = "201",
            description = "Registered and verified by the unit; initialPassword is shown this once",
            content = @Content(schema = @Schema(implementation = Views.RegistrationView.class)))
    @APIResponse(
            responseCode = "409",
            description = "person-already-registered, unit-registration-not-allowed (the district has an office)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "unknown-unit (field unitCode) or an invalid field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(
            @PathParam("unitCode") String unitCode,
            @NotNull @Valid Bodies.UnitRegistration body,
            @Context UriInfo uriInfo) {
        return AccountsResponses.created(uriInfo, registry.registerByUnit(body.details(), unitCode, body.reason));
    }
}
