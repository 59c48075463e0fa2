package org.edalat.accounts.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.edalat.accounts.application.MandatoryRegistration;
import org.edalat.accounts.domain.IdentifierKeys;
import org.edalat.accounts.domain.PartyRole;
import org.edalat.platform.rest.problem.Problem;
import org.edalat.platform.security.Role;

/**
 * Mandatory registration (S4-11) for judicial units: which parties of an act must still register
 * and be verified, and a guard that refuses (409 {@code party-not-registered}) while one blocks.
 */
@Path("/parties")
@RequestScoped
@RolesAllowed({Role.Names.BRANCH_CLERK, Role.Names.JUDGE, Role.Names.REFERRAL_AUTHORITY})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "accounts")
public class PartiesResource {
    @EJB
    private MandatoryRegistration mandatory;

    @POST
    @Path("/check")
    @Operation(summary = "Flag the parties of an act: standing in SANA and whether each blocks it (S4-11)")
    @APIResponse(
            responseCode = "200",
            description = "One flag per distinct party, in the order sent",
            content = @Content(schema = @Schema(implementation = Views.PartyView.class, type = SchemaType.ARRAY)))
    public List<Views.PartyView> check(@NotNull @Valid Bodies.PartyCheck body) {
        Map<String, PartyRole> parties = new LinkedHashMap<>();
        for (Bodies.Party party : body.parties) {
            parties.put(party.identityKey, party.role);
        }
        return mandatory.flag(parties).stream().map(Views.PartyView::of).toList();
    }

    @GET
    @Path("/{key}/standing")
    @Operation(summary = "Where a party stands; with role, 409 when S4-11 blocks an act concerning it")
    @APIResponse(
            responseCode = "200",
            description = "The standing; not blocking",
            content = @Content(schema = @Schema(implementation = Views.PartyView.class)))
    @APIResponse(
            responseCode = "409",
            description = "party-not-registered: the role must register and the person holds no verified account",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Views.PartyView standing(@PathParam("key") String key, @QueryParam("role") PartyRole role) {
        if (role == null) {
            return new Views.PartyView(IdentifierKeys.normalise(key), null, mandatory.standing(key), false, false);
        }
        mandatory.requireRegistered(key, role); // S4-11: 409 party-not-registered when blocking
        return Views.PartyView.of(mandatory.flag(Map.of(key, role)).get(0));
    }
}
