package org.edalat.it.accounts.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.edalat.it.support.ItUsers;
import org.edalat.platform.security.Role;

/**
 * A client of the deployed accounts API as an agency, a prison or a citizen calls it: plain HTTP,
 * Basic credentials, JSON text in, {@link Reply} (status, body, parsed JSON) out.
 */
final class Client {
    static final String JSON = "application/json";
    static final String PROBLEM = "application/problem+json";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final URI base;
    private final String authorization;

    private Client(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    static Client anonymous(URL base) {
        return new Client(uri(base), null);
    }

    /** The fixture account of a role ({@code it-<role>}). */
    static Client as(URL base, Role role) {
        return as(base, ItUsers.username(role), ItUsers.PASSWORD);
    }

    static Client as(URL base, String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Client(uri(base), "Basic " + token);
    }

    private static URI uri(URL base) {
        try {
            return base.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    Reply get(String path) {
        return send(request(path).GET());
    }

    Reply post(String path, String json) {
        return send(request(path).header("Content-Type", JSON).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply put(String path, String json) {
        return send(request(path).header("Content-Type", JSON).PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve("api/v1/" + path))
                .timeout(Duration.ofSeconds(120))
                .header("Accept", JSON + ", " + PROBLEM);
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            return new Reply(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, media type, body, and the body's JSON walked by path. */
    static final class Reply {
        final HttpResponse<String> response;
        private Object json;

        Reply(HttpResponse<String> response) {
            this.response = response;
        }

        int status() {
            return response.statusCode();
        }

        String body() {
            return response.body();
        }

        String mediaType() {
            return response.headers()
                    .firstValue("Content-Type")
                    .map(v -> v.split(";")[0].trim())
                    .orElse("");
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        /** The value at a dotted path of the JSON body ({@code person.status}, {@code items.0.outcome}). */
        Object at(String path) {
            if (json == null) {
                json = Json.parse(body());
            }
            return Json.at(json, path);
        }

        /** The value at a path as text (numbers and booleans as written); null when absent. */
        String text(String path) {
            Object value = at(path);
            return value == null
                    ? null
                    : value instanceof java.math.BigDecimal n ? n.toPlainString() : value.toString();
        }

        int size(String path) {
            Object value = path.isEmpty() ? at0() : at(path);
            return ((java.util.List<?>) value).size();
        }

        private Object at0() {
            if (json == null) {
                json = Json.parse(body());
            }
            return json;
        }

        /** Asserts the status (and for an error, a problem body), showing the body when it differs. */
        Reply expect(int status) {
            assertEquals(status, status(), body());
            if (status >= 400) {
                assertEquals(PROBLEM, mediaType(), body());
            }
            return this;
        }

        /** Asserts a problem with this status and code. */
        Reply expectProblem(int status, String code) {
            expect(status);
            assertEquals(code, text("code"), body());
            return this;
        }
    }
}
