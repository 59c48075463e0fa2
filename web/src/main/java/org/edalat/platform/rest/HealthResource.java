package org.edalat.platform.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.edalat.platform.health.HealthReport;
import org.edalat.platform.health.HealthService;

/** {@code GET /api/v1/health}: 200 UP when the database answers, 503 DOWN otherwise. Public. */
@Path("/health")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "health", description = "Liveness of the application and its database")
public class HealthResource {
    static final String UP = "UP";
    static final String DOWN = "DOWN";

    @EJB
    private HealthService health;

    @GET
    @SecurityRequirementsSet // public: an empty set, i.e. no credentials needed, overrides the Basic default
    @Operation(summary = "Whether the application and its database answer")
    @APIResponse(
            responseCode = "200",
            description = "UP",
            content = @Content(schema = @Schema(implementation = Health.class)))
    @APIResponse(
            responseCode = "503",
            description = "DOWN",
            content = @Content(schema = @Schema(implementation = Health.class)))
    public Response health() {
        Health body = Health.of(health.check());
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.status(DOWN.equals(body.status()) ? 503 : 200)
                .entity(body)
                .cacheControl(noStore)
                .build();
    }

    /**
     * The health body: {@code {"status":"UP","checks":{"database":"UP"}}}.
     *
     * @param status UP or DOWN: UP when every check is UP
     * @param checks each check by name: UP or DOWN
     */
    @JsonbPropertyOrder({"status", "checks"})
    public record Health(String status, Map<String, String> checks) {
        static Health of(HealthReport database) {
            String state = database.up() ? UP : DOWN;
            return new Health(state, Map.of("database", state));
        }
    }
}
