package org.edalat.accounts.rest;

import jakarta.annotation.security.PermitAll;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.edalat.accounts.application.PersonRegistry;
import org.edalat.accounts.application.Registration;
import org.edalat.platform.rest.problem.Problem;

/**
 * {@code POST /api/v1/registrations}: self-registration on the portal (S4-10), the one public
 * endpoint of the accounts API ({@code @PermitAll}, which {@code ApiAuthenticationFilter} lets
 * through without credentials). The registration stays pending until identity is verified online
 * (S0-48) or at an office (S0-4). One identity, one account (S4-9): a second attempt, even a
 * concurrent one, is 409 {@code person-already-registered}.
 */
@Path("/registrations")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "accounts", description = "SANA accounts: registration, verification, contact data (S4-9 … S4-21)")
public class RegistrationsResource {
    @EJB
    private PersonRegistry registry;

    @POST
    @PermitAll // the portal's self-registration needs no account (S4-10)
    @SecurityRequirementsSet // public: no credentials
    @Operation(summary = "Register oneself on the portal (pending until verified, S4-10)")
    @APIResponse(
            responseCode = "201",
            description = "Registered, pending verification; Location names the person",
            content = @Content(schema = @Schema(implementation = Views.RegistrationView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Malformed body, unknown enum value, malformed date, or missing password",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "person-already-registered (S4-9)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "invalid-national-code, weak-password, ...: errors[0].field names the field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@NotNull @Valid Bodies.SelfRegistration body, @Context UriInfo uriInfo) {
        Registration registration = registry.selfRegister(body.details(), body.password);
        return AccountsResponses.created(uriInfo, registration);
    }
}
