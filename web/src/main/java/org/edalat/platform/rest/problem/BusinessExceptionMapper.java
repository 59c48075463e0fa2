package org.edalat.platform.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.edalat.platform.BusinessException;

/**
 * A business error: its own status ({@link BusinessException#httpStatus()}), type {@code
 * https://edalat.ir/problems/<code>}, the Persian message as detail; when the error is about one
 * input field ({@link BusinessException#field()}), {@code errors} names it with the same message,
 * so a client can show it next to the field (e.g. 422 {@code invalid-national-code} with {@code
 * errors[0].field} {@code nationalCode}).
 */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {
    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(BusinessException error) {
        return problem(error).withInstance(Problem.instanceOf(uriInfo)).toResponse();
    }

    /** The problem for a business error, with the field it is about in {@code errors} when there is one. */
    public static Problem problem(BusinessException error) {
        Problem problem = Problem.of(error.httpStatus(), error.code(), error.getMessage());
        String field = error.field();
        if (field != null && !field.isBlank()) {
            problem.withErrors(List.of(new Problem.FieldError(field, error.getMessage())));
        }
        return problem;
    }
}
