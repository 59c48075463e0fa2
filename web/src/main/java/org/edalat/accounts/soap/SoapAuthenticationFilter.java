package org.edalat.accounts.soap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * 401 with a Basic challenge for an anonymous call of a SOAP endpoint (S4-27: secured access).
 *
 * <p>{@code /soap/*} has no auth-constraint in web.xml (so an agency is never sent to the login
 * form); a request with {@code Authorization: Basic ...} is authenticated by the silent BASIC
 * mechanism before it gets here, and a wrong password is the container's own 401. What is left is a
 * request without credentials: answered here with HTTP 401, {@code WWW-Authenticate: Basic} and a
 * SOAP 1.1 fault whose detail is the {@code problem} of the contracts (code {@code unauthorized}).
 * The contracts themselves ({@code GET ...?wsdl}, {@code ?xsd=...}) stay public. Which account may
 * call which operation is decided by {@code @RolesAllowed} on the services (S4-28).
 */
@WebFilter(filterName = "SoapAuthenticationFilter", urlPatterns = "/soap/*")
public class SoapAuthenticationFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    /** The challenge sent with every 401 (realm of web.xml's login-config). */
    static final String CHALLENGE = "Basic realm=\"edalat\"";

    static final String MESSAGE =
            "برای فراخوانی این سرویس، نام کاربری و گذرواژهٔ حساب دستگاه را با HTTP Basic بفرستید.";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null || isContractRequest(request)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = unauthorizedFault().getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", CHALLENGE);
        response.setContentType("text/xml;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** A GET of a WSDL or of a schema it imports: public, like any published contract. */
    static boolean isContractRequest(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return false;
        }
        String query = request.getQueryString();
        if (query == null) {
            return false;
        }
        String q = query.toLowerCase(Locale.ROOT);
        return q.equals("wsdl") || q.startsWith("wsdl=") || q.startsWith("xsd=");
    }

    /** A SOAP 1.1 fault carrying the contracts' problem detail (the message text needs no escaping). */
    static String unauthorizedFault() {
        String ns = SoapContract.NAMESPACE;
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault>"
                + "<faultcode>soap:Client</faultcode><faultstring xml:lang=\"fa\">" + MESSAGE + "</faultstring>"
                + "<detail><problem xmlns=\"" + ns + "\"><code>" + SoapFaults.UNAUTHORIZED + "</code>"
                + "<title>Unauthorized</title><message>" + MESSAGE + "</message><status>401</status></problem>"
                + "</detail></soap:Fault></soap:Body></soap:Envelope>";
    }
}
