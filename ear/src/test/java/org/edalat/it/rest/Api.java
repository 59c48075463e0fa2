package org.edalat.it.rest;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edalat.it.support.Http;
import org.edalat.platform.security.Role;

/**
 * A client of the deployed API, as an agency would call it: plain HTTP ({@link Http}), Basic
 * credentials, JSON text. The JSON checks are textual (the IT classpath has no JSON provider); the server writes
 * compact JSON-B output, {@code "name":value} without spaces.
 */
final class Api {
    static final String JSON = Http.JSON;
    static final String PROBLEM = Http.PROBLEM;

    private final Http http;

    private Api(Http http) {
        this.http = http;
    }

    /** No credentials at all. */
    static Api anonymous(URL base) {
        return new Api(Http.anonymous(base));
    }

    /** The fixture account of a role. */
    static Api as(URL base, Role role) {
        return new Api(Http.as(base, role));
    }

    static Api as(URL base, String username, String password) {
        return new Api(Http.basic(base, username, password));
    }

    HttpResponse<String> get(String path) {
        return http.get(path);
    }

    HttpResponse<String> get(String path, String accept) {
        return Http.send(http.request(path).header("Accept", accept).GET());
    }

    HttpResponse<String> post(String path, String contentType, String body) {
        return Http.send(http.request(path)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    HttpResponse<String> postJson(String path, String body) {
        return post(path, JSON, body);
    }

    HttpResponse<String> delete(String path) {
        return Http.send(http.request(path).DELETE());
    }

    /** The media type of a response, without parameters; empty when there is none. */
    static String mediaType(HttpResponse<?> response) {
        return Http.mediaType(response);
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
