package org.edalat.accounts.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.edalat.accounts.application.ContactDirectory;
import org.edalat.accounts.application.PersonDirectory;
import org.edalat.accounts.domain.UnknownPersonException;
import org.edalat.platform.rest.problem.Problem;
import org.edalat.platform.security.Role;

/**
 * Person lookup for authorised agencies and staff: a person by identity key, a page of persons, and
 * contact data — the version in force at an instant (S4-12: what notices are based on) and the whole
 * history, each version saying who asked for it (S0-40.b). The roles of the class may look persons
 * up; the contact data names its own, narrower, roles.
 */
@Path("/persons")
@RolesAllowed({
    Role.Names.OFFICE_CLERK,
    Role.Names.BRANCH_CLERK,
    Role.Names.JUDGE,
    Role.Names.REFERRAL_AUTHORITY,
    Role.Names.NOTICE_OFFICER,
    Role.Names.AGENCY_API,
    Role.Names.ADMIN
})
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "accounts")
public class PersonsResource {
    /** Largest page {@code GET /persons} returns. */
    public static final int MAX_PAGE = 200;

    /** Problem code of "no contact data in force at that instant". */
    public static final String NO_CONTACT_AT = "no-contact-data-at-time";

    @EJB
    private PersonDirectory directory;

    @EJB
    private ContactDirectory contacts;

    @GET
    @Path("/{key}")
    @Operation(summary = "A person by identity key (national code, national id, or f + foreign-national id)")
    @APIResponse(
            responseCode = "200",
            description = "The person",
            content = @Content(schema = @Schema(implementation = Views.PersonView.class)))
    @APIResponse(
            responseCode = "404",
            description = "unknown-person",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Views.PersonView one(@PathParam("key") String key) {
        return Views.PersonView.of(directory.find(key).orElseThrow(() -> new UnknownPersonException(key)));
    }

    @GET
    @Operation(summary = "A page of persons whose identity key is q, or whose name contains q; by name")
    @APIResponse(
            responseCode = "200",
            description = "The page and the total matching",
            content = @Content(schema = @Schema(implementation = Views.PersonPage.class)))
    public Views.PersonPage search(
            @QueryParam("q") @Size(max = 300) String q,
            @QueryParam("first") @DefaultValue("0") @Min(0) int first,
            @QueryParam("max") @DefaultValue("20") @Min(1) @Max(MAX_PAGE) int max) {
        List<Views.PersonView> items = directory.search(q, first, max).stream()
                .map(Views.PersonView::of)
                .toList();
        return new Views.PersonPage(items, directory.count(q), first, max);
    }

    @GET
    @Path("/{key}/contact")
    @RolesAllowed({
        Role.Names.AGENCY_API,
        Role.Names.NOTICE_OFFICER,
        Role.Names.BRANCH_CLERK,
        Role.Names.JUDGE,
        Role.Names.OFFICE_CLERK,
        Role.Names.ADMIN
    })
    @Operation(summary = "The contact data in force for the person at an instant (S4-12); default now")
    @APIResponse(
            responseCode = "200",
            description = "The version in force at that instant",
            content = @Content(schema = @Schema(implementation = Views.ContactView.class)))
    @APIResponse(
            responseCode = "400",
            description = "at is not an ISO-8601 instant (errors[0].field at)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "unknown-person, or no-contact-data-at-time: the person had no data yet then",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response contactAt(
            @PathParam("key") String key,
            @Parameter(
                            description = "ISO-8601 instant, e.g. 2026-03-21T08:30:00Z; default now",
                            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                    @QueryParam("at")
                    String at,
            @Context UriInfo uriInfo) {
        Instant instant;
        try {
            instant = at == null || at.isBlank() ? Instant.now() : Instant.parse(at.strip());
        } catch (DateTimeParseException e) {
            return answer(
                    Problem.validation(List.of(
                            new Problem.FieldError("at", "not an ISO-8601 instant such as 2026-03-21T08:30:00Z"))),
                    uriInfo);
        }
        return contacts.contactAt(key, instant)
                .map(snapshot -> Response.ok(Views.ContactView.of(snapshot)).build())
                .orElseGet(() -> answer(
                        Problem.of(
                                404,
                                NO_CONTACT_AT,
                                "در زمان خواسته‌شده هنوز اطلاعات تماسی برای این شخص ثبت نشده بود (مادهٔ ۱۲)."),
                        uriInfo));
    }

    /** The problem as the response, its instance the request's path. */
    private static Response answer(Problem problem, UriInfo uriInfo) {
        return problem.withInstance(Problem.instanceOf(uriInfo)).toResponse();
    }

    @GET
    @Path("/{key}/contact-history")
    @RolesAllowed({
        Role.Names.OFFICE_CLERK,
        Role.Names.BRANCH_CLERK,
        Role.Names.JUDGE,
        Role.Names.NOTICE_OFFICER,
        Role.Names.ADMIN
    })
    @Operation(summary = "Every version of the person's contact data, newest first (S4-12, S0-40.b)")
    @APIResponse(
            responseCode = "200",
            description = "The versions",
            content = @Content(schema = @Schema(implementation = Views.ContactView.class, type = SchemaType.ARRAY)))
    @APIResponse(
            responseCode = "404",
            description = "unknown-person",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<Views.ContactView> history(@PathParam("key") String key) {
        return contacts.history(key).stream().map(Views.ContactView::of).toList();
    }
}
