package org.edalat.accounts.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
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
import org.edalat.accounts.application.PersonDetails;
import org.edalat.accounts.application.PersonRegistry;
import org.edalat.platform.rest.problem.Problem;
import org.edalat.platform.security.Role;

/**
 * The company registration office registers a legal person at first registration and records every
 * change (S4-21), naming the natural person who represents it (S4-10.1).
 */
@Path("/registry/legal-persons")
@RequestScoped
@Transactional
@RolesAllowed(Role.Names.COMPANY_REGISTRY)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "accounts")
public class CompanyRegistryResource {
    @EJB
    private PersonRegistry registry;

    @PUT
    @Path("/{legalId}")
    @Operation(summary = "Register or change a legal person (S4-21, S4-10.1)")
    @APIResponse(
            responseCode = "201",
            description = "First registration; initialPassword is shown this once",
            content = @Content(schema = @Schema(implementation = Views.RegistrationView.class)))
    @APIResponse(
            responseCode = "200",
            description = "A change, recorded as a new version; created false",
            content = @Content(schema = @Schema(implementation = Views.RegistrationView.class)))
    @APIResponse(
            responseCode = "409",
            description = "not-verified: the representative's registration is not final",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "invalid-legal-person-id (field legalId), representative-not-registered, ...",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response registerOrChange(
            @PathParam("legalId") String legalId, @NotNull @Valid Bodies.LegalPerson body, @Context UriInfo uriInfo) {
        PersonDetails details = PersonDetails.legal(
                legalId,
                body.registrationNumber,
                body.representativeNationalCode,
                body.representativeCapacity,
                body.change().isEmpty() ? null : body.change());
        return AccountsResponses.createdOrExisting(
                uriInfo, registry.registerOrChangeLegalPerson(details, body.registryReference));
    }
}
