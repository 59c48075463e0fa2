package org.edalat.platform.rest.problem;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every JAX-RS HTTP error (404 no such resource, 405 method not allowed, 406 not acceptable, 415
 * unsupported media type, 400, 401, 403 from {@code @RolesAllowed}, ...) as a problem with the same
 * status and the same headers ({@code Allow}, {@code WWW-Authenticate}, ...). The detail is ours,
 * never the exception message (RESTEasy's messages carry internal codes and full URLs).
 *
 * <p>A response that already carries a {@link Problem} (a resource built it) is kept as it is.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    private static final Logger LOG = Logger.getLogger(WebApplicationExceptionMapper.class.getName());

    /** Headers of the original response not to copy: the body is a new one. */
    private static final Set<String> BODY_HEADERS = Set.of("content-type", "content-length", "content-encoding");

    @Context
    private UriInfo uriInfo;

    @Context
    private ResourceInfo resourceInfo;

    @Context
    private Request request;

    @Override
    public Response toResponse(WebApplicationException error) {
        Response original = error.getResponse();
        if (original != null && original.getEntity() instanceof Problem) {
            return original;
        }
        int status = original == null ? 500 : original.getStatus();
        Problem problem;
        if (status >= 500) {
            String incident = UnexpectedExceptionMapper.incident();
            LOG.log(Level.SEVERE, "API incident " + incident, error);
            problem = Problem.internal(incident);
            status = 500;
        } else if (isParameterConversionFailure(error)) {
            // A query/path parameter that is not of its type: JAX-RS says 404, the client erred: 400.
            problem = Problem.ofStatus(400, "A query or path parameter has a value of the wrong type.");
        } else {
            problem = Problem.ofStatus(status, detailFor(status));
        }
        Response.ResponseBuilder builder =
                problem.withInstance(Problem.instanceOf(uriInfo)).toResponseBuilder();
        if (original != null && problem.getStatus() == original.getStatus()) {
            for (Map.Entry<String, List<Object>> header : original.getHeaders().entrySet()) {
                if (copies(header.getKey())) {
                    for (Object value : header.getValue()) {
                        builder.header(header.getKey(), value);
                    }
                }
            }
        }
        return builder.build();
    }

    /** A 404 RESTEasy raised while converting a parameter of a matched resource method. */
    private boolean isParameterConversionFailure(WebApplicationException error) {
        if (!(error instanceof NotFoundException) || error.getCause() == null) {
            return false;
        }
        try {
            return resourceInfo != null && resourceInfo.getResourceMethod() != null;
        } catch (RuntimeException outsideRequest) {
            return false;
        }
    }

    private String detailFor(int status) {
        return switch (status) {
            case 400 -> "The request could not be understood.";
            case 401 -> "Authentication is required: send HTTP Basic credentials of an edalat account.";
                // S4-28: access levels per role.
            case 403 -> "The roles of this account do not allow this operation.";
            case 404 -> "There is no resource at this path.";
            case 405 -> "The method " + method() + " is not allowed on this resource; see the Allow header.";
            case 406 -> "The resource cannot answer in any of the media types the Accept header names.";
            case 415 -> "The request body media type is not supported; send application/json.";
            default -> null;
        };
    }

    private String method() {
        try {
            return request.getMethod();
        } catch (RuntimeException outsideRequest) {
            return "used";
        }
    }

    /** Whether a header of the original response is kept: all but those describing its body. */
    static boolean copies(String header) {
        return !BODY_HEADERS.contains(header.toLowerCase(Locale.ROOT));
    }
}
