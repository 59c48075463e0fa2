package org.edalat.it.credentials;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser session against the deployed intranet over plain HTTP, cookies kept by hand (the
 * session cookie is {@code Secure}, which {@link java.net.CookieManager} would not send over http).
 * Redirects are followed only by {@link #follow}, so a test can look at each hop.
 */
final class WebClient {
    static final String USER_AGENT = "edalat-credentials-it/1.0";
    static final String VIEW_STATE = "jakarta.faces.ViewState";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final URI base;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    WebClient(URI base) {
        this.base = base;
    }

    /** Form login as a browser does it: a protected page, then the login form's POST, then its redirects. */
    HttpResponse<String> login(String username, String password) {
        browse("index.xhtml");
        return follow(post("j_security_check", List.of("j_username", username, "j_password", password)));
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    HttpResponse<String> browse(String path) {
        return follow(get(path));
    }

    /** A form POST; fields are name, value, name, value, ... */
    HttpResponse<String> post(String path, List<String> fields) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < fields.size(); i += 2) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(URLEncoder.encode(fields.get(i), StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(fields.get(i + 1), StandardCharsets.UTF_8));
        }
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    HttpResponse<String> follow(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int hops = 0; isRedirect(current); hops++) {
            if (hops == 5) {
                throw new IllegalStateException("too many redirects, last to " + location(current));
            }
            current = send(
                    request(current.uri().resolve(location(current)).toString()).GET());
        }
        return current;
    }

    /** A GET with HTTP Basic credentials and no cookies (an API client). */
    static HttpResponse<String> basicGet(URI base, String path, String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        try {
            return HTTP.send(
                    HttpRequest.newBuilder(base.resolve(path))
                            .header("Authorization", "Basic " + token)
                            .header("Accept", "application/json")
                            .timeout(Duration.ofSeconds(60))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static boolean isRedirect(HttpResponse<?> response) {
        return response.statusCode() >= 300
                && response.statusCode() < 400
                && response.headers().firstValue("Location").isPresent();
    }

    static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "text/html,application/xhtml+xml")
                .header("Accept-Language", "fa")
                .header("User-Agent", USER_AGENT);
        if (!cookies.isEmpty()) {
            builder.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(c -> c.getKey() + "=" + c.getValue())
                            .collect(Collectors.joining("; ")));
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        HttpResponse<String> response;
        try {
            response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                String value = pair.substring(eq + 1).trim();
                if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
                    cookies.remove(pair.substring(0, eq).trim());
                } else {
                    cookies.put(pair.substring(0, eq).trim(), value);
                }
            }
        }
        return response;
    }

    // ---- HTML: the few things the tests need from a page.

    static String form(String html, String formId) {
        Matcher m = Pattern.compile(
                        "<form\\b[^>]*\\bid=\"" + Pattern.quote(formId) + "\"[^>]*>.*?</form>", Pattern.DOTALL)
                .matcher(html);
        return m.find() ? m.group() : null;
    }

    static String formAction(String html, String formId) {
        String form = form(html, formId);
        if (form == null) {
            return null;
        }
        Matcher m = Pattern.compile("^<form\\b[^>]*\\baction=\"([^\"]*)\"").matcher(form);
        return m.find() ? unescape(m.group(1)) : null;
    }

    static String viewState(String html, String formId) {
        String form = form(html, formId);
        if (form == null) {
            return null;
        }
        Matcher input = Pattern.compile("<input\\b[^>]*\\bname=\"" + Pattern.quote(VIEW_STATE) + "\"[^>]*>")
                .matcher(form);
        if (!input.find()) {
            return null;
        }
        Matcher value = Pattern.compile("\\bvalue=\"([^\"]*)\"").matcher(input.group());
        return value.find() ? unescape(value.group(1)) : null;
    }

    /** The texts of the elements with this class attribute value, in order. */
    static List<String> attributeValues(String html, String attribute) {
        Matcher m = Pattern.compile("\\b" + Pattern.quote(attribute) + "=\"([^\"]*)\"")
                .matcher(html);
        List<String> values = new ArrayList<>();
        while (m.find()) {
            values.add(unescape(m.group(1)));
        }
        return values;
    }

    static String unescape(String attribute) {
        return attribute
                .replace("&amp;", "&")
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&#39;", "'");
    }
}
