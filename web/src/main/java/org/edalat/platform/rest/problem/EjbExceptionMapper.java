package org.edalat.platform.rest.problem;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.edalat.platform.BusinessException;

/**
 * A system exception out of a service, wrapped by the EJB container. The wrapped cause decides: a
 * {@link BusinessException} is answered as such, an {@link IllegalArgumentException} (a service
 * refusing an argument) is 400 with its message, a {@link ConstraintViolationException} is 400
 * with the fields, an {@link EJBAccessException} is 403; anything else is a 500 incident.
 */
@Provider
public class EjbExceptionMapper implements ExceptionMapper<EJBException> {
    /** Causes looked at before giving up (guards against cyclic chains). */
    private static final int MAX_DEPTH = 16;

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(EJBException error) {
        return problem(error).withInstance(Problem.instanceOf(uriInfo)).toResponse();
    }

    static Problem problem(EJBException error) {
        int depth = 0;
        for (Throwable cause = error; cause != null && depth++ < MAX_DEPTH; cause = next(cause)) {
            if (cause instanceof BusinessException business) {
                return BusinessExceptionMapper.problem(business);
            }
            if (cause instanceof EJBAccessException) {
                return EjbAccessExceptionMapper.problem();
            }
            if (cause instanceof ConstraintViolationException violations) {
                return ConstraintViolationExceptionMapper.problem(violations);
            }
            if (cause instanceof IllegalArgumentException refused) {
                return Problem.of(400, "invalid-argument", refused.getMessage());
            }
        }
        return UnexpectedExceptionMapper.logged(error);
    }

    /** The next cause; {@link EJBException#getCausedByException()} for containers that set only it. */
    private static Throwable next(Throwable cause) {
        if (cause.getCause() != null && cause.getCause() != cause) {
            return cause.getCause();
        }
        if (cause instanceof EJBException ejb && ejb.getCausedByException() != cause) {
            return ejb.getCausedByException();
        }
        return null;
    }
}
