package org.edalat.it.filing.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.edalat.filing.domain.TrackingCode;
import org.edalat.it.support.Http;

/**
 * Shared helpers of the filing API ITs (REST and SOAP): this server's address, JSON over plain HTTP
 * with textual reads (the IT classpath has no JSON provider; the server writes compact JSON-B), and
 * documents the inspector accepts, different every time.
 */
public final class FilingsIt {
    private FilingsIt() {}

    /** This server's own HTTP address (in-container tests call the API over HTTP). */
    public static URL base() {
        try {
            int port = Integer.getInteger("jboss.http.port", 8080)
                    + Integer.getInteger("jboss.socket.binding.port-offset", 0);
            String host = System.getProperty("jboss.bind.address", "127.0.0.1");
            if (host.equals("0.0.0.0")) {
                host = "127.0.0.1";
            }
            return new URL("http://" + host + ":" + port + "/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new request id. */
    public static String requestId() {
        return "it-" + UUID.randomUUID();
    }

    /** A one-page PDF, different from every other (its title is random). */
    public static byte[] pdf() {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.getDocumentInformation().setTitle("it " + UUID.randomUUID());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A tracking code with a wrong check digit: the last digit of a valid one changed. */
    public static String typo(String trackingCode) {
        char last = trackingCode.charAt(trackingCode.length() - 1);
        return trackingCode.substring(0, trackingCode.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
    }

    /** A valid tracking code other than {@code trackingCode} (one digit changed, the check digit made right). */
    public static String another(String trackingCode) {
        char middle = trackingCode.charAt(7);
        String body =
                trackingCode.substring(0, 7) + (char) ('0' + (middle - '0' + 1) % 10) + trackingCode.substring(8, 15);
        for (char last = '0'; last <= '9'; last++) {
            if (TrackingCode.isValid(body + last)) {
                return body + last;
            }
        }
        throw new IllegalStateException("no check digit for " + body);
    }

    /** A JSON report body with one party and the given documents (PDF bytes). */
    public static String report(
            String requestId, String kind, String unitCode, boolean classified, byte[]... documents) {
        StringBuilder docs = new StringBuilder();
        for (int i = 0; i < documents.length; i++) {
            if (i > 0) {
                docs.append(',');
            }
            docs.append("{\"fileName\":\"report-")
                    .append(i + 1)
                    .append(".pdf\",\"contentBase64\":\"")
                    .append(base64(documents[i]))
                    .append("\"}");
        }
        return "{" + (requestId == null ? "" : "\"requestId\":\"" + requestId + "\",")
                + "\"kind\":\"" + kind + "\",\"unitCode\":\"" + unitCode + "\","
                + "\"subject\":\"گزارش آزمون\",\"body\":\"متن گزارش ضابط دربارهٔ رویداد.\","
                + "\"classified\":" + classified + ","
                + "\"parties\":[{\"role\":\"ACCUSED\",\"name\":\"متهم آزمون\"}],"
                + "\"documents\":[" + docs + "]}";
    }

    public static HttpResponse<String> postJson(Http http, String path, String json) {
        return Http.send(http.request(path)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public static HttpResponse<String> postBytes(Http http, String path, String mediaType, byte[] body) {
        return Http.send(http.request(path)
                .header("Content-Type", mediaType)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public static HttpResponse<String> post(Http http, String path) {
        return Http.send(
                http.request(path).header("Accept", "application/json").POST(HttpRequest.BodyPublishers.noBody()));
    }

    public static HttpResponse<String> get(Http http, String path) {
        return Http.send(http.request(path).header("Accept", "application/json").GET());
    }

    /** The first string member {@code name} of a compact JSON text, or null. */
    public static String string(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\":\"((?:[^\"\\\\]|\\\\.)*)\"")
                .matcher(json);
        return m.find() ? m.group(1) : null;
    }

    /** The first number or literal member {@code name} of a compact JSON text, or null. */
    public static String literal(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\":(-?[0-9]+|true|false|null)")
                .matcher(json);
        return m.find() ? m.group(1) : null;
    }

    public static long number(String json, String name) {
        String value = literal(json, name);
        if (value == null || value.equals("null")) {
            throw new AssertionError("no number " + name + " in " + json);
        }
        return Long.parseLong(value);
    }
}
