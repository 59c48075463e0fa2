package org.edalat.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API: JSON under {@code /api/v1}, every error an RFC 9457 problem ({@code
 * application/problem+json}, see {@code rest.problem}). Callers authenticate with HTTP Basic
 * (accounts of the Elytron domain); {@link ApiAuthenticationFilter} answers 401 to an anonymous call
 * of a non-public endpoint, {@code @RolesAllowed} answers 403 (S4-28: access levels per role).
 *
 * <p>Resources and providers are found by scanning the web module.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "edalat API",
                        version = "v1",
                        description = "Electronic judicial services platform: administration, health and agency"
                                + " interfaces. JSON in and out; errors are RFC 9457 problem details"
                                + " (application/problem+json) with a stable 'code'; validation errors list"
                                + " the fields in 'errors'. Authenticate with HTTP Basic."),
        security = @SecurityRequirement(name = ApiApplication.BASIC))
@SecurityScheme(
        securitySchemeName = ApiApplication.BASIC,
        type = SecuritySchemeType.HTTP,
        scheme = "basic",
        description = "An edalat account (username and password); its roles decide what it may call.")
public class ApiApplication extends Application {
    /** Name of the HTTP Basic security scheme in the OpenAPI document. */
    public static final String BASIC = "basic";

    /** Realm named in the {@code WWW-Authenticate} challenge (the web.xml realm-name). */
    public static final String REALM = "edalat";
}
