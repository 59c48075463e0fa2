package org.edalat.platform.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.edalat.platform.BusinessException;

/**
 * A business error: its own status ({@link BusinessException#httpStatus()}), type {@code
 * https://edalat.ir/problems/<code>}, the Persian message as detail.
 */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {
    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(BusinessException error) {
        return problem(error).withInstance(Problem.instanceOf(uriInfo)).toResponse();
    }

    /** The problem for a business error. */
    static Problem problem(BusinessException error) {
        return Problem.of(error.httpStatus(), error.code(), error.getMessage());
    }
}
