package org.edalat.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The REST API of the server under test over {@code java.net.http}: one HTTP/1.1 client with
 * keep-alive connections, and the two ways an agency client authenticates: HTTP Basic on every
 * request (the realm re-checks the bcrypt hash each time), or once through the form login ({@code
 * POST /j_security_check}) and then the session cookie.
 */
final class Api {
    private final URI base;
    private final HttpClient client;

    Api(URI base) {
        this.base = base;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    URI uri(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder get(String path, Auth auth) {
        return auth.apply(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)))
                .header("Accept", "application/json")
                .GET();
    }

    HttpRequest.Builder postJson(String path, String json, Auth auth) {
        return auth.apply(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    /**
     * Signs in through the form login and returns the session cookie, or empty when the server did
     * not answer with a session that carries the identity (checked by the caller on an API call).
     */
    Optional<Auth> formLogin(String username, String password) throws IOException, InterruptedException {
        String form = "j_username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/j_security_check"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        // The session cookie is marked Secure; sent back by hand over plain HTTP on the loopback.
        String session = null;
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0].strip();
            if (pair.startsWith("JSESSIONID=")) {
                session = pair;
            }
        }
        if (session == null || response.statusCode() >= 400) {
            return Optional.empty();
        }
        return Optional.of(new Auth("session cookie of a form login (" + username + ")", "Cookie", session));
    }

    /** How a request authenticates: a header, or none. */
    record Auth(String description, String header, String value) {
        static final Auth NONE = new Auth("anonymous", null, null);

        static Auth basic(String username, String password) {
            String token =
                    Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
            return new Auth("HTTP Basic (" + username + ")", "Authorization", "Basic " + token);
        }

        HttpRequest.Builder apply(HttpRequest.Builder builder) {
            return header == null ? builder : builder.header(header, value);
        }
    }

    /** A JSON string literal. */
    static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** A JSON object of string members, in order. */
    static String object(List<String[]> members) {
        StringBuilder out = new StringBuilder("{");
        for (String[] m : members) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append(json(m[0])).append(':').append(json(m[1]));
        }
        return out.append('}').toString();
    }

    /** The integer member {@code name} of a flat JSON object, or -1. */
    static int intMember(String body, String name) {
        String key = "\"" + name + "\":";
        int at = body.indexOf(key);
        if (at < 0) {
            return -1;
        }
        int i = at + key.length();
        while (i < body.length() && body.charAt(i) == ' ') {
            i++;
        }
        int start = i;
        while (i < body.length() && Character.isDigit(body.charAt(i))) {
            i++;
        }
        return i == start ? -1 : Integer.parseInt(body.substring(start, i));
    }
}
