package org.edalat.filing.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.edalat.filing.application.DocumentContent;
import org.edalat.filing.application.OfficeFilings;
import org.edalat.filing.application.PortalFilings;
import org.edalat.platform.BusinessException;
import org.edalat.platform.security.Role;

/**
 * {@value #PATH}?filing=…&amp;seq=…: the content of one document of a filing, for the preview on the
 * wizards (S0-4: the electronic documents are shown to the applicant; S0-3: the filer's own). An
 * office clerk reads the own office's filings ({@link OfficeFilings#document}), a citizen the own
 * ones ({@link PortalFilings#document}); anything else, or a filing or document that is not there,
 * answers 404 without saying which. web.xml lets only these two roles reach the path.
 */
@WebServlet(FilingDocumentServlet.PATH)
public class FilingDocumentServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /** The servlet's path (web.xml's security constraint names it too). */
    public static final String PATH = "/filing-document";

    @EJB
    private OfficeFilings office;

    @EJB
    private PortalFilings portal;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long filing;
        int seq;
        try {
            filing = Long.parseLong(request.getParameter("filing"));
            seq = Integer.parseInt(request.getParameter("seq"));
        } catch (NumberFormatException | NullPointerException malformed) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        DocumentContent content;
        try {
            if (request.isUserInRole(Role.Names.OFFICE_CLERK)) {
                content = office.document(filing, seq);
            } else if (request.isUserInRole(Role.Names.CITIZEN)) {
                content = portal.document(filing, seq);
            } else {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
        } catch (BusinessException notThere) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException refused) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType(content.mediaType());
        response.setContentLength(content.content().length);
        response.setHeader(
                "Content-Disposition",
                "inline; filename*=UTF-8''"
                        + URLEncoder.encode(content.fileName(), StandardCharsets.UTF_8)
                                .replace("+", "%20"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(content.content());
    }
}
