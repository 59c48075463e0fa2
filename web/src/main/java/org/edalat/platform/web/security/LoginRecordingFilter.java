package org.edalat.platform.web.security;

import jakarta.ejb.EJB;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.edalat.platform.security.Credentials;

/**
 * Reports sign-in attempts of the intranet's form login to {@link Credentials} (S4-27: lockout
 * after repeated failures, the holder's login history).
 *
 * <p>A failure: Elytron's FORM mechanism answers a failed {@code j_security_check} POST by
 * <em>forwarding</em> to the form-error page ({@code /login.xhtml?error=true}); the forwarded
 * request still carries the posted {@code j_username}. Only such a forward from {@code
 * j_security_check} counts, so posting a username straight to the login page locks nobody. When the
 * account is locked (now or already) the request attribute {@link CredentialAttributes#LOCKED_UNTIL}
 * tells the login page until when.
 *
 * <p>A success: the first page request of a session with a signed-in user records it, with the
 * remote address and the browser, and resets the count of failures; a session attribute keeps it to
 * once per session.
 */
@WebFilter(
        filterName = "LoginRecordingFilter",
        urlPatterns = "*.xhtml",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class LoginRecordingFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(LoginRecordingFilter.class.getName());
    static final String LOGIN_PAGE = "/login.xhtml";
    static final String LOGIN_ACTION = "/j_security_check";

    @EJB
    private Credentials credentials;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isFailedFormLogin(request)) {
            recordFailure(request);
        } else if (request.getDispatcherType() == DispatcherType.REQUEST && request.getUserPrincipal() != null) {
            recordSuccessOncePerSession(request);
        }
        chain.doFilter(request, response);
    }

    /** The container forwarded a failed j_security_check POST to the form-error page. */
    static boolean isFailedFormLogin(HttpServletRequest request) {
        if (request.getDispatcherType() != DispatcherType.FORWARD || request.getUserPrincipal() != null) {
            return false;
        }
        Object from = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        return LOGIN_PAGE.equals(request.getServletPath())
                && from instanceof String uri
                && uri.endsWith(LOGIN_ACTION)
                && request.getParameter(CredentialAttributes.USERNAME_PARAMETER) != null;
    }

    private void recordFailure(HttpServletRequest request) {
        String username =
                request.getParameter(CredentialAttributes.USERNAME_PARAMETER).strip();
        try {
            Optional<Instant> lockedUntil =
                    credentials.recordFailure(username, request.getRemoteAddr(), request.getHeader("User-Agent"));
            lockedUntil.ifPresent(until -> request.setAttribute(CredentialAttributes.LOCKED_UNTIL, until));
        } catch (RuntimeException e) {
            // The sign-in failed anyway; the page still says so. Never show why recording failed.
            LOG.log(Level.WARNING, "could not record a failed sign-in", e);
        }
    }

    private void recordSuccessOncePerSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return; // form login always has a session; a sessionless client is not a browser sign-in
        }
        Principal principal = request.getUserPrincipal();
        if (principal.getName().equals(session.getAttribute(CredentialAttributes.RECORDED_SIGN_IN))) {
            return;
        }
        // Marked first, so the parallel requests a page makes right after sign-in do not record it again.
        session.setAttribute(CredentialAttributes.RECORDED_SIGN_IN, principal.getName());
        try {
            credentials.recordSuccess(request.getRemoteAddr(), request.getHeader("User-Agent"));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not record a sign-in of " + principal.getName(), e);
        }
    }
}
