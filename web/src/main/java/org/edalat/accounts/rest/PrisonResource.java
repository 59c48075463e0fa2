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

/** A prison or detention centre registers a detainee who has no account (S4-19.1). */
@Path("/prison/detainees")
@RequestScoped
@Transactional
@RolesAllowed(Role.Names.PRISON)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "accounts")
public class PrisonResource {
    @EJB
    private PersonRegistry registry;

    @POST
    @Operation(summary = "Register a detainee (S4-19.1); a detainee who has an account is returned as is")
    @APIResponse(
            responseCode = "201",
            description = "Registered now; initialPassword is shown this once",
            content = @Content(schema = @Schema(implementation = Views.RegistrationView.class)))
    @APIResponse(
            responseCode = "200",
            description = "The detainee already had an account: the existing person, created false",
            content = @Content(schema = @Schema(implementation = Views.RegistrationView.class)))
    @APIResponse(
            responseCode = "403",
            description = "not-a-prison-account: the caller is not a registered prison",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "A field is invalid; errors[0].field names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@NotNull @Valid PersonBody body, @Context UriInfo uriInfo) {
        return AccountsResponses.createdOrExisting(uriInfo, registry.registerDetainee(body.details()));
    }
}
