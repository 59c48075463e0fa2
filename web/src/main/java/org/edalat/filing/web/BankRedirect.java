package org.edalat.filing.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.edalat.filing.payment.PaymentView;

/**
 * Sends the payer to the bank's page of a payment (S0-13.1), telling it where to come back: a path
 * of this application, which the local bank's page ({@code bank/pay.xhtml}) accepts and nothing
 * else ({@link #safeReturn}). A bank address relative to the server (the local bank, {@code
 * /bank/pay/{token}}) is one of this application.
 */
final class BankRedirect {
    private BankRedirect() {}

    /** Redirects the browser to the bank's page of {@code payment}; back to {@code returnPath} after. */
    static void send(PaymentView payment, String returnPath) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String url = payment.redirectUrl();
        if (url.startsWith("/")) {
            url = external.getRequestContextPath() + url;
        }
        url += (url.contains("?") ? "&" : "?") + "return=" + URLEncoder.encode(returnPath, StandardCharsets.UTF_8);
        try {
            external.redirect(url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code path} when it is a path of this application ({@code /office/filing.xhtml?id=7}); null
     * for anything that could lead elsewhere: another host ({@code //evil}, {@code /\evil}), an
     * absolute address ({@code https://...}), control characters or spaces.
     */
    static String safeReturn(String path) {
        if (path == null || path.isBlank() || path.length() > 500) {
            return null;
        }
        if (!path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
            return null;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x21 || c == 0x7f) {
                return null;
            }
        }
        return path;
    }
}
