package org.edalat.platform.rest.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jboss.resteasy.spi.ReaderException;

/**
 * A request body that could not be read: 400 {@code malformed-body}.
 *
 * <p>What RESTEasy 6.2 + Yasson do with unparseable JSON or a value of the wrong type (say {@code
 * {"username":} or {@code "roles": 5}): Yasson throws {@code jakarta.json.bind.JsonbException}
 * (wrapping Parsson's {@code JsonParsingException} for syntax errors); RESTEasy's {@code
 * JsonBindingProvider.readFrom} wraps it in {@code jakarta.ws.rs.ProcessingException}; the
 * parameter injector wraps that in {@code org.jboss.resteasy.spi.ReaderException}. Without this
 * mapper RESTEasy unwraps to the {@code ProcessingException} and would reach the catch-all 500
 * mapper. {@code ProcessingException} itself is not mapped to 400: a failure while <em>writing</em>
 * a response arrives as one too, and that is a server error. An empty body is no error here: the
 * provider returns null and the resource's {@code @NotNull} answers 400 {@code validation-failed}.
 */
@Provider
public class ReaderExceptionMapper implements ExceptionMapper<ReaderException> {
    private static final Logger LOG = Logger.getLogger(ReaderExceptionMapper.class.getName());

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(ReaderException error) {
        for (Throwable cause = error.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof WebApplicationException wae
                    && wae.getResponse() != null
                    && wae.getResponse().getStatus() < 500) {
                // A reader that chose its own client error (e.g. 415): keep its status.
                return Problem.ofStatus(wae.getResponse().getStatus(), null)
                        .withInstance(Problem.instanceOf(uriInfo))
                        .toResponse();
            }
        }
        LOG.log(Level.FINE, "unreadable request body", error);
        return problem().withInstance(Problem.instanceOf(uriInfo)).toResponse();
    }

    /** The 400 for an unreadable body: says what to fix, never what the parser said. */
    static Problem problem() {
        return Problem.of(
                400,
                Problem.MALFORMED_BODY,
                "The request body is not well-formed JSON of the expected shape (syntax error or a value of the wrong type).");
    }
}
