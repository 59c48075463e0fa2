package org.edalat.filing.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code /bank/pay/{token}}: the address the LOCAL bank ({@code LocalBankGateway}, property {@code
 * edalat.local-bank.url}, by default {@code /bank/pay/}) sends the payer to; it opens the local bank's
 * page bank/pay.xhtml for the order, passing on where to come back ({@code return}).
 */
@WebServlet("/bank/pay/*")
public class BankPaymentLinkServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token =
                request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (!token.matches("[0-9A-Za-z]{1,64}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String back = BankRedirect.safeReturn(request.getParameter("return"));
        response.sendRedirect(request.getContextPath() + "/bank/pay.xhtml?token=" + token
                + (back == null ? "" : "&return=" + URLEncoder.encode(back, StandardCharsets.UTF_8)));
    }
}
