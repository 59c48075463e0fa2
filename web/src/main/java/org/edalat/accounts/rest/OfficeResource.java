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
import org.edalat.accounts.application.ContactDirectory;
import org.edalat.accounts.application.PersonRegistry;
import org.edalat.platform.rest.problem.Problem;
import org.edalat.platform.security.Role;

/**
 * The office clerk's registrations and changes (S0-4, S4-10): each at the recorded request of the
 * data owner or a legal person's representative (S0-40.b); an unrequested one is 403 {@code
 * unrequested-change} and stays in the audit trail.
 */
@Path("/office")
@RequestScoped
@Transactional
@RolesAllowed(Role.Names.OFFICE_CLERK)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "accounts")
public class OfficeResource {
    @EJB
    private PersonRegistry registry;

    @EJB
    private ContactDirectory contacts;

    @POST
    @Path("/registrations")
    @Operation(summary = "Register a person at an office, identity checked against documents (S0-4)")
    @APIResponse(
            responseCode = "201",
            description = "Registered and verified; initialPassword is shown this once",
            content = @Content(schema = @Schema(implementation = Views.RegistrationView.class)))
    @APIResponse(
            responseCode = "403",
            description = "unrequested-change: the requester is not the person or its representative (S0-40.b)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "person-already-registered (S4-9)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "A field is invalid; errors[0].field names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@NotNull @Valid Bodies.OfficeRegistration body, @Context UriInfo uriInfo) {
        return AccountsResponses.created(
                uriInfo, registry.registerAtOffice(body.details(), body.requesterKey, body.requestReference));
    }

    @POST
    @Path("/persons/{key}/verification")
    @Operation(summary = "Verify a pending person's identity against presented documents (S0-4, S4-10)")
    @APIResponse(
            responseCode = "200",
            description = "Verified: the registration is final",
            content = @Content(schema = @Schema(implementation = Views.PersonView.class)))
    @APIResponse(
            responseCode = "404",
            description = "unknown-person",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "already-verified",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Views.PersonView verify(@PathParam("key") String key, @NotNull @Valid Bodies.OfficeVerification body) {
        return Views.PersonView.of(registry.verifyAtOffice(key, body.requestReference));
    }

    @POST
    @Path("/persons/{key}/contact-changes")
    @Operation(summary = "Record a change of contact data at the owner's request (S4-12, S0-40.b)")
    @APIResponse(
            responseCode = "200",
            description = "The new version, in force from now",
            content = @Content(schema = @Schema(implementation = Views.ContactView.class)))
    @APIResponse(
            responseCode = "403",
            description = "unrequested-change (S0-40.b): refused and audited",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "unknown-person",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "A field is invalid or nothing is changed; errors[0].field names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Views.ContactView changeContact(
            @PathParam("key") String key, @NotNull @Valid Bodies.OfficeContactChange body) {
        return Views.ContactView.of(
                contacts.changeAtOffice(key, body.change(), body.requesterKey, body.requestReference));
    }
}
