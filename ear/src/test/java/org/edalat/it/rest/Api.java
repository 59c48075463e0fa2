package org.edalat.it.rest;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edalat.it.support.ItUsers;
import org.edalat.platform.security.Role;

/**
 * A client of the deployed API, as an agency would call it: plain HTTP, Basic credentials, JSON
 * text. The JSON checks are textual (the IT classpath has no JSON provider); the server writes
 * compact JSON-B output, {@code "name":value} without spaces.
 */
final class Api {
    static final String JSON = "application/json";
    static final String PROBLEM = "application/problem+json";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final URI base;
    private final String authorization;

    private Api(URL base, String authorization) {
        try {
            this.base = base.toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
        this.authorization = authorization;
    }

    /** No credentials at all. */
    static Api anonymous(URL base) {
        return new Api(base, null);
    }

    /** The fixture account of a role. */
    static Api as(URL base, Role role) {
        return as(base, ItUsers.username(role), ItUsers.PASSWORD);
    }

    static Api as(URL base, String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api(base, "Basic " + token);
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    HttpResponse<String> get(String path, String accept) {
        return send(request(path).header("Accept", accept).GET());
    }

    HttpResponse<String> post(String path, String contentType, String body) {
        return send(request(path)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    HttpResponse<String> postJson(String path, String body) {
        return post(path, JSON, body);
    }

    HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The media type of a response, without parameters; empty when there is none. */
    static String mediaType(HttpResponse<?> response) {
        return response.headers()
                .firstValue("Content-Type")
                .map(value -> value.split(";")[0].trim())
                .orElse("");
    }

    /** The first string member {@code name} in a JSON text, or null. */
    static String string(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"")
                .matcher(json);
        return m.find() ? m.group(1) : null;
    }

    /** The first number or boolean member {@code name} in a JSON text, as written, or null. */
    static String scalar(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(-?[0-9.]+|true|false|null)")
                .matcher(json);
        return m.find() ? m.group(1) : null;
    }

    /** Whether the JSON text holds a field error {@code {"field":"<field>",...}}. */
    static boolean hasFieldError(String json, String field) {
        return json.contains("\"field\":\"" + field + "\"");
    }

    /** A username no earlier run has used. */
    static String freshUsername(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36) + Integer.toString((int) (Math.random() * 1000), 36);
    }
}
