package org.edalat.it.accounts.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.edalat.it.support.Http;
import org.edalat.platform.security.Role;

/**
 * A client of the deployed accounts API as an agency, a prison or a citizen calls it: plain HTTP ({@link Http}),
 * Basic credentials, JSON text in, {@link Reply} (status, body, parsed JSON) out.
 */
final class Client {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private final Http http;

    private Client(Http http) {
        this.http = http;
    }

    static Client anonymous(URL base) {
        return new Client(Http.anonymous(base));
    }

    /** The fixture account of a role ({@code it-<role>}). */
    static Client as(URL base, Role role) {
        return new Client(Http.as(base, role));
    }

    static Client as(URL base, String username, String password) {
        return new Client(Http.basic(base, username, password));
    }

    Reply get(String path) {
        return send(request(path).GET());
    }

    Reply post(String path, String json) {
        return send(request(path).header("Content-Type", Http.JSON).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply put(String path, String json) {
        return send(request(path).header("Content-Type", Http.JSON).PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path) {
        return http.request("api/v1/" + path).timeout(TIMEOUT).header("Accept", Http.JSON + ", " + Http.PROBLEM);
    }

    private static Reply send(HttpRequest.Builder request) {
        return new Reply(Http.send(request));
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
            return Http.mediaType(response);
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
                assertEquals(Http.PROBLEM, mediaType(), body());
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
