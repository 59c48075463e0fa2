package org.edalat.platform.rest.problem;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A service refused the caller ({@code @RolesAllowed} on an EJB): 403, like RESTEasy's own check on
 * the resource (S4-28: access levels per role).
 */
@Provider
public class EjbAccessExceptionMapper implements ExceptionMapper<EJBAccessException> {
    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(EJBAccessException error) {
        return problem().withInstance(Problem.instanceOf(uriInfo)).toResponse();
    }

    static Problem problem() {
        return Problem.ofStatus(403, "The roles of this account do not allow this operation.");
    }
}
