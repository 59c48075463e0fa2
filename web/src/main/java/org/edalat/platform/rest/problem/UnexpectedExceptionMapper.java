package org.edalat.platform.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything no other mapper claims: 500 "Internal error" naming a fresh incident id. The exception,
 * with its stack trace, goes to the server log under that id; the body never carries the exception
 * class, message or trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable error) {
        return logged(error).withInstance(Problem.instanceOf(uriInfo)).toResponse();
    }

    /** Logs the error under a new incident id and returns the 500 problem naming it. */
    static Problem logged(Throwable error) {
        String incident = incident();
        LOG.log(Level.SEVERE, "API incident " + incident, error);
        return Problem.internal(incident);
    }

    /** A new incident id: random, unguessable, short enough to read out over the phone. */
    static String incident() {
        return UUID.randomUUID().toString();
    }
}
