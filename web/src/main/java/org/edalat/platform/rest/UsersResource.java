package org.edalat.platform.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.edalat.platform.rest.problem.Problem;
import org.edalat.platform.security.Postings;
import org.edalat.platform.security.Role;
import org.edalat.platform.security.StaffPosting;
import org.edalat.platform.security.UserAccount;
import org.edalat.platform.security.UserAccountService;

/**
 * User administration over the API (S4-27, S4-28: secured access, access levels per role): only
 * ADMIN may open or list accounts; RESTEasy answers 403 to any other role before the service's own
 * {@code @RolesAllowed} would. Thin: translates DTOs, {@link UserAccountService} decides.
 */
@Path("/admin/users")
@RequestScoped
@RolesAllowed(Role.Names.ADMIN) // S4-28
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "users", description = "User accounts (ADMIN, S4-28)")
public class UsersResource {
    /** Largest page {@code GET} returns. */
    public static final int MAX_PAGE = 200;

    @EJB
    private UserAccountService accounts;

    @EJB
    private Postings postings;

    @POST
    @Operation(summary = "Open an account")
    @APIResponse(
            responseCode = "201",
            description = "Opened; Location names it",
            content = @Content(schema = @Schema(implementation = UserView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Malformed body or invalid fields (problem with errors)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "username-taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "invalid-username, weak-password, no-role",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull @Valid NewUser body, @Context UriInfo uriInfo) {
        List<Problem.FieldError> unknown = new ArrayList<>();
        Set<Role> roles = roles(body.getRoles(), unknown);
        if (!unknown.isEmpty()) {
            return Problem.validation(unknown)
                    .withInstance(Problem.instanceOf(uriInfo))
                    .toResponse();
        }
        UserAccount account = accounts.open(body.getUsername(), body.getDisplayName(), body.getPassword(), roles);
        URI location =
                uriInfo.getAbsolutePathBuilder().path(account.getUsername()).build();
        return Response.created(location).entity(UserView.of(account)).build();
    }

    @GET
    @Operation(summary = "A page of accounts, by username")
    @APIResponse(
            responseCode = "200",
            description = "The page",
            content = @Content(schema = @Schema(implementation = UserPage.class)))
    public UserPage list(
            @QueryParam("first") @DefaultValue("0") @Min(0) int first,
            @QueryParam("max") @DefaultValue("20") @Min(1) @Max(MAX_PAGE) int max) {
        List<UserView> items =
                accounts.list(first, max).stream().map(UserView::of).toList();
        return new UserPage(items, accounts.count(), first, max);
    }

    @GET
    @Path("{username}")
    @Operation(summary = "One account by username")
    @APIResponse(
            responseCode = "200",
            description = "The account",
            content = @Content(schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "404", description = "No such account")
    public UserView one(@PathParam("username") String username) {
        return UserView.of(accounts.find(username));
    }

    @PUT
    @Path("{username}/posting")
    @Operation(summary = "Record where a user works: a judicial unit or a service office")
    @APIResponse(responseCode = "200", description = "The posting")
    @APIResponse(responseCode = "422", description = "Unknown user, unit or office, or neither or both given")
    public PostingView post(@PathParam("username") String username, PostingBody body) {
        StaffPosting posting =
                postings.post(username, body == null ? null : body.unitCode, body == null ? null : body.officeCode);
        return new PostingView(posting.username(), posting.unitCode(), posting.officeCode());
    }

    /** Request body of {@code PUT .../posting}: exactly one of the two codes. */
    public static class PostingBody {
        public String unitCode;
        public String officeCode;
    }

    /** Where a user works. */
    public record PostingView(String username, String unitCode, String officeCode) {}

    /**
     * The roles named in the request; each unknown name becomes a field error {@code roles[i]}
     * (a 400 naming the field, not a failure deep in the service).
     */
    static Set<Role> roles(List<String> names, List<Problem.FieldError> unknown) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException | NullPointerException e) {
                unknown.add(new Problem.FieldError("roles[" + i + "]", "unknown role: " + name));
            }
        }
        return roles;
    }

    /** Request body of {@code POST}: a new account. */
    public static class NewUser {
        @NotBlank
        @Size(min = 3, max = 100)
        private String username;

        @NotBlank
        @Size(max = 200)
        private String displayName;

        @NotBlank
        @Size(min = 8, max = 72)
        private String password;

        @NotEmpty
        private List<@NotBlank String> roles;

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        @Schema(writeOnly = true)
        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        @Schema(example = "[\"JUDGE\"]")
        public List<String> getRoles() {
            return roles;
        }

        public void setRoles(List<String> roles) {
            this.roles = roles;
        }
    }

    /** An account as the API shows it: never the password hash. */
    public record UserView(
            String username, String displayName, boolean enabled, List<String> roles, Instant createdAt) {
        static UserView of(UserAccount account) {
            return new UserView(
                    account.getUsername(),
                    account.getDisplayName(),
                    account.isEnabled(),
                    account.getRoles().stream().sorted().map(Role::name).toList(),
                    account.getCreatedAt());
        }
    }

    /** A page of accounts: {@code items}, {@code total} accounts, and the {@code first}/{@code max} asked. */
    public record UserPage(List<UserView> items, long total, int first, int max) {}
}
