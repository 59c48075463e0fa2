package org.edalat.it.filing.payment;

import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edalat.it.support.Http;
import org.edalat.platform.security.Role;

/** The payments API over plain HTTP, as the bank and a payer call it, from inside the server. */
final class PaymentClient {
    private static final HttpClient BYTES = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private PaymentClient() {}

    /** This server's own HTTP address. */
    static URL base() throws Exception {
        int port =
                Integer.getInteger("jboss.http.port", 8080) + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        String host = System.getProperty("jboss.bind.address", "127.0.0.1");
        if (host.equals("0.0.0.0")) {
            host = "127.0.0.1";
        }
        return new URL("http://" + host + ":" + port + "/");
    }

    /** The bank's callback, a form post without credentials. */
    static HttpResponse<String> callback(String token, String status, String reference) throws Exception {
        StringBuilder form = new StringBuilder();
        append(form, "token", token);
        append(form, "status", status);
        append(form, "reference", reference);
        return Http.send(Http.anonymous(base())
                .request("api/v1/payments/callback")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString(), StandardCharsets.UTF_8)));
    }

    /** The bank's callback as JSON, without credentials. */
    static HttpResponse<String> callbackJson(String token, String status, String reference) throws Exception {
        String json = "{\"token\":\"" + token + "\",\"status\":\"" + status + "\",\"reference\":\"" + reference + "\"}";
        return Http.send(Http.anonymous(base())
                .request("api/v1/payments/callback")
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    static HttpResponse<String> get(Role role, String path) throws Exception {
        return Http.send(Http.as(base(), role)
                .request(path)
                .header("Accept", "application/json")
                .GET());
    }

    static HttpResponse<byte[]> getBytes(Role role, String path) throws Exception {
        HttpRequest request = Http.as(base(), role).request(path).GET().build();
        try {
            return BYTES.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first string member {@code name} of a compact JSON text, or null. */
    static String string(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\":\"((?:[^\"\\\\]|\\\\.)*)\"")
                .matcher(json);
        return m.find() ? m.group(1) : null;
    }

    private static void append(StringBuilder form, String name, String value) {
        if (value == null) {
            return;
        }
        if (form.length() > 0) {
            form.append('&');
        }
        form.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
