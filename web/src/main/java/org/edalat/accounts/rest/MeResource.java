package org.edalat.accounts.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.edalat.accounts.application.ContactDirectory;
import org.edalat.accounts.application.PersonDirectory;
import org.edalat.accounts.application.PersonRegistry;
import org.edalat.accounts.domain.UnknownPersonException;
import org.edalat.platform.rest.problem.Problem;
import org.edalat.platform.security.Role;

/**
 * The signed-in account holder's own record: the registration, the contact data and its history,
 * changes of it (S4-12: recorded at once, in force from now), and online identity verification
 * against the civil registry (S0-48), which makes a self-registration final (S4-10).
 */
@Path("/me")
@RequestScoped
@Transactional
@RolesAllowed(Role.Names.CITIZEN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "accounts")
public class MeResource {
    @EJB
    private PersonDirectory directory;

    @EJB
    private ContactDirectory contacts;

    @EJB
    private PersonRegistry registry;

    @Context
    private SecurityContext security;

    @GET
    @Operation(summary = "My registration")
    @APIResponse(
            responseCode = "200",
            description = "The person",
            content = @Content(schema = @Schema(implementation = Views.PersonView.class)))
    @APIResponse(
            responseCode = "404",
            description = "unknown-person: the account is not a SANA account holder's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Views.PersonView me() {
        return Views.PersonView.of(directory.me().orElseThrow(() -> new UnknownPersonException(caller())));
    }

    @GET
    @Path("/contact")
    @Operation(summary = "My current contact data")
    @APIResponse(
            responseCode = "200",
            description = "The version in force now",
            content = @Content(schema = @Schema(implementation = Views.ContactView.class)))
    @APIResponse(
            responseCode = "404",
            description = "unknown-person",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Views.ContactView contact() {
        return Views.ContactView.of(contacts.myContact().orElseThrow(() -> new UnknownPersonException(caller())));
    }

    @GET
    @Path("/contact-history")
    @Operation(summary = "Every version of my contact data, newest first")
    @APIResponse(
            responseCode = "200",
            description = "The versions",
            content = @Content(schema = @Schema(implementation = Views.ContactView.class, type = SchemaType.ARRAY)))
    public List<Views.ContactView> history() {
        return contacts.myHistory().stream().map(Views.ContactView::of).toList();
    }

    @POST
    @Path("/contact-changes")
    @Operation(summary = "Record a change of my contact data, in force from now (S4-12)")
    @APIResponse(
            responseCode = "200",
            description = "The new version",
            content = @Content(schema = @Schema(implementation = Views.ContactView.class)))
    @APIResponse(
            responseCode = "422",
            description = "A field is invalid or nothing is changed; errors[0].field names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Views.ContactView changeContact(@NotNull @Valid ContactBody body) {
        return Views.ContactView.of(contacts.changeOwn(body.change()));
    }

    @POST
    @Path("/verification")
    @Operation(summary = "Verify my identity online against the civil registry (S0-48)")
    @APIResponse(
            responseCode = "200",
            description = "Verified: the registration is final (S4-10)",
            content = @Content(schema = @Schema(implementation = Views.PersonView.class)))
    @APIResponse(
            responseCode = "409",
            description = "already-verified",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "identity-not-confirmed: the registry does not confirm these details",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "503",
            description = "identity-service-unavailable: the civil registry cannot be reached; try later",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Views.PersonView verify(@NotNull @Valid Bodies.OnlineVerification body) {
        return Views.PersonView.of(registry.verifyOnline(body.birthDate, body.firstName, body.lastName));
    }

    private String caller() {
        return security.getUserPrincipal() == null
                ? "?"
                : security.getUserPrincipal().getName();
    }
}
