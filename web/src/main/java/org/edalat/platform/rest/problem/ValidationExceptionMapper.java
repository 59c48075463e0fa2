package org.edalat.platform.rest.problem;

import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failing as such (a bad constraint declaration, a validator that threw), not a
 * client's invalid field: a 500 incident. Registered so RESTEasy's built-in {@code
 * ValidationException} mapper, which writes the exception text into a plain-text body, never
 * answers. Constraint violations go to {@link ConstraintViolationExceptionMapper}.
 */
@Provider
public class ValidationExceptionMapper implements ExceptionMapper<ValidationException> {
    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(ValidationException error) {
        if (error instanceof jakarta.validation.ConstraintViolationException violations) {
            return ConstraintViolationExceptionMapper.problem(violations)
                    .withInstance(Problem.instanceOf(uriInfo))
                    .toResponse();
        }
        return UnexpectedExceptionMapper.logged(error)
                .withInstance(Problem.instanceOf(uriInfo))
                .toResponse();
    }
}
