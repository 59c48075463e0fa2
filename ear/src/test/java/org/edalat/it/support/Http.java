package org.edalat.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.edalat.platform.security.Role;

/**
 * Plain HTTP to the deployed server, the one piece every HTTP client of the ITs builds on (the REST
 * {@code Api}, the accounts REST and SOAP clients, {@code Browserless}): one shared {@link
 * HttpClient} that follows no redirects, requests against a base address with HTTP Basic credentials
 * or none, and bodies read as UTF-8 text.
 */
public final class Http {
    public static final String JSON = "application/json";
    public static final String PROBLEM = "application/problem+json";

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final URI base;
    private final String authorization;

    private Http(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** No credentials at all. */
    public static Http anonymous(URL base) {
        return new Http(uri(base), null);
    }

    /** The fixture account of a role ({@code it-<role>}, {@link ItUsers#PASSWORD}). */
    public static Http as(URL base, Role role) {
        return basic(base, ItUsers.username(role), ItUsers.PASSWORD);
    }

    /** HTTP Basic credentials. */
    public static Http basic(URL base, String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Http(uri(base), "Basic " + token);
    }

    /** A request for {@code path} (resolved against the base), with the credentials if there are any. */
    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    /** One GET, redirects not followed. */
    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** Sends a request; the body is read as UTF-8 text. Failures to connect are unchecked. */
    public static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The media type of a response, without parameters; empty when there is none. */
    public static String mediaType(HttpResponse<?> response) {
        return response.headers()
                .firstValue("Content-Type")
                .map(value -> value.split(";")[0].trim())
                .orElse("");
    }

    public static URI uri(URL url) {
        try {
            return url.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
