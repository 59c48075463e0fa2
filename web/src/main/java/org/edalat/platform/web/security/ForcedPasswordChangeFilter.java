package org.edalat.platform.web.security;

import jakarta.ejb.EJB;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.edalat.platform.security.Credentials;

/**
 * While the signed-in user must change a generated password (S4-27: a password someone else has
 * seen does not stay in use), every screen except the password page, the login page, the error
 * pages and static resources redirects to {@value #PASSWORD_PAGE}. The flag is read from the
 * account once per session and kept in it; {@code ChangePasswordBacking} clears it.
 */
@WebFilter(filterName = "ForcedPasswordChangeFilter", urlPatterns = "*.xhtml", dispatcherTypes = DispatcherType.REQUEST)
public class ForcedPasswordChangeFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    static final String PASSWORD_PAGE = "/account/password.xhtml";
    private static final List<String> EXEMPT_PREFIXES = List.of("/errors/", "/jakarta.faces.resource/");
    private static final List<String> EXEMPT_PAGES = List.of(PASSWORD_PAGE, LoginRecordingFilter.LOGIN_PAGE);

    @EJB
    private Credentials credentials;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null && !exempt(request.getServletPath()) && mustChange(request)) {
            redirect(request, response, request.getContextPath() + PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean exempt(String path) {
        return EXEMPT_PAGES.contains(path) || EXEMPT_PREFIXES.stream().anyMatch(path::startsWith);
    }

    private boolean mustChange(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return false;
        }
        Object known = session.getAttribute(CredentialAttributes.PASSWORD_CHANGE_REQUIRED);
        if (known instanceof Boolean required) {
            return required;
        }
        boolean required = credentials.passwordChangeRequired();
        session.setAttribute(CredentialAttributes.PASSWORD_CHANGE_REQUIRED, required);
        return required;
    }

    /** A plain redirect; a Faces ajax request gets it as a partial response, which the client follows. */
    private static void redirect(HttpServletRequest request, HttpServletResponse response, String url)
            throws IOException {
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                            + url.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
        } else {
            response.sendRedirect(url);
        }
    }
}
