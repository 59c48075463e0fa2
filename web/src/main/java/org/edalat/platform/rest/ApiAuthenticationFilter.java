package org.edalat.platform.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import org.edalat.platform.rest.problem.Problem;

/**
 * 401 for an anonymous call of anything not {@code @PermitAll} (S4-27: secured access).
 *
 * <p>{@code /api/*} has no auth-constraint in web.xml, so the container never sends an API client
 * to the login form; a request with {@code Authorization: Basic ...} is authenticated by the silent
 * BASIC mechanism before it gets here (a wrong password is the container's 401). What is left is a
 * request without credentials: this filter answers it with a 401 problem and a Basic challenge,
 * before RESTEasy's {@code @RolesAllowed} check (priority AUTHORIZATION) would call it 403.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthenticationFilter implements ContainerRequestFilter {
    /** The challenge sent with every 401. */
    public static final String CHALLENGE = "Basic realm=\"" + ApiApplication.REALM + "\"";

    @Context
    private ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!requiresAuthentication(resourceInfo.getResourceMethod(), resourceInfo.getResourceClass())) {
            return;
        }
        if (request.getSecurityContext() == null || request.getSecurityContext().getUserPrincipal() == null) {
            request.abortWith(Problem.ofStatus(
                            401, "Authentication is required: send HTTP Basic credentials of an edalat account.")
                    .withInstance(Problem.instanceOf(request.getUriInfo()))
                    .toResponseBuilder()
                    .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                    .build());
        }
    }

    /**
     * Whether a caller must be authenticated: yes unless the method is {@code @PermitAll}, or the
     * method names no access rule of its own ({@code @RolesAllowed}, {@code @DenyAll}) and its class
     * is {@code @PermitAll}. An endpoint that says nothing requires authentication.
     */
    static boolean requiresAuthentication(Method method, Class<?> resourceClass) {
        if (method != null) {
            if (method.isAnnotationPresent(PermitAll.class)) {
                return false;
            }
            if (hasOwnRule(method)) {
                return true;
            }
        }
        // The class as written, or the nearest superclass with a rule (past a generated proxy subclass).
        for (Class<?> type = resourceClass; type != null && type != Object.class; type = type.getSuperclass()) {
            if (type.isAnnotationPresent(PermitAll.class)) {
                return false;
            }
            if (hasOwnRule(type)) {
                return true;
            }
        }
        return true;
    }

    private static boolean hasOwnRule(AnnotatedElement element) {
        return element.isAnnotationPresent(RolesAllowed.class) || element.isAnnotationPresent(DenyAll.class);
    }
}
