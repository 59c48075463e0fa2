package org.edalat.it.web;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.edalat.it.support.Http;

/**
 * A browser without a browser: one HTTP session against the deployed intranet, keeping its cookies
 * by hand. {@link java.net.CookieManager} will not send a {@code Secure} cookie over plain http (the
 * IT server has no TLS), so the {@code Cookie} header is written here. Redirects are not followed on
 * their own: {@link #follow} follows them, so tests can look at each hop. Every request names itself
 * {@link #USER_AGENT}, which the login history records.
 */
public final class Browserless {
    public static final String SESSION_COOKIE = "JSESSIONID";
    public static final String VIEW_STATE = "jakarta.faces.ViewState";
    public static final String FORM_URLENCODED = "application/x-www-form-urlencoded";
    /** The {@code User-Agent} header of every request. */
    public static final String USER_AGENT = "edalat-it-browserless/1.0";

    private static final int MAX_REDIRECTS = 5;

    private final Http http;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    /** Every {@code Set-Cookie} header this session has received, in order. */
    private final List<String> setCookieHeaders = new ArrayList<>();
    /** The address of the last page, sent as {@code Referer} like a browser does. */
    private URI lastPage;

    private Browserless(URL base) {
        this.http = Http.anonymous(base);
    }

    /** A fresh session: no cookies. */
    public static Browserless open(URL base) {
        return new Browserless(base);
    }

    /** The current session id, or null. */
    public String sessionId() {
        return cookies.get(SESSION_COOKIE);
    }

    /** Replaces the session cookie (null drops it), as if the browser had kept an older one. */
    public void useSessionId(String id) {
        if (id == null) {
            cookies.remove(SESSION_COOKIE);
        } else {
            cookies.put(SESSION_COOKIE, id);
        }
    }

    public List<String> setCookieHeaders() {
        return List.copyOf(setCookieHeaders);
    }

    /**
     * Signs in through the container's form login as a browser does: open a protected page (the
     * login form is served and a session starts), post {@code j_security_check}, follow the redirect
     * back. Returns the final page.
     */
    public HttpResponse<String> login(String username, String password) {
        browse("index.xhtml");
        return follow(
                post("j_security_check", Form.of().add("j_username", username).add("j_password", password)));
    }

    /** One GET, redirects not followed. */
    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** A GET and every redirect after it. */
    public HttpResponse<String> browse(String path) {
        return follow(get(path));
    }

    /** One form POST ({@code application/x-www-form-urlencoded}), redirects not followed. */
    public HttpResponse<String> post(String path, Form form) {
        return send(request(path)
                .header("Content-Type", FORM_URLENCODED)
                .POST(HttpRequest.BodyPublishers.ofString(form.encoded(), StandardCharsets.UTF_8)));
    }

    /** One POST with extra headers (a Faces ajax request, say), redirects not followed. */
    public HttpResponse<String> post(String path, Form form, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path).header("Content-Type", FORM_URLENCODED);
        headers.forEach(builder::header);
        return send(builder.POST(HttpRequest.BodyPublishers.ofString(form.encoded(), StandardCharsets.UTF_8)));
    }

    /** Follows redirects (with GET, as browsers do after a POST) until a response that is not one. */
    public HttpResponse<String> follow(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int hops = 0; isRedirect(current); hops++) {
            if (hops == MAX_REDIRECTS) {
                throw new IllegalStateException("too many redirects, last to " + location(current));
            }
            current = send(
                    request(current.uri().resolve(location(current)).toString()).GET());
        }
        return current;
    }

    public static boolean isRedirect(HttpResponse<?> response) {
        int status = response.statusCode();
        return status >= 300
                && status < 400
                && response.headers().firstValue("Location").isPresent();
    }

    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = http.request(path)
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .header("Accept-Language", "fa,en;q=0.5")
                .header("User-Agent", USER_AGENT);
        if (!cookies.isEmpty()) {
            builder.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(c -> c.getKey() + "=" + c.getValue())
                            .collect(Collectors.joining("; ")));
        }
        if (lastPage != null) {
            builder.header("Referer", lastPage.toString());
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        HttpResponse<String> response = Http.send(builder);
        for (String header : response.headers().allValues("Set-Cookie")) {
            setCookieHeaders.add(header);
            keep(header);
        }
        if (!isRedirect(response)
                && response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
            lastPage = response.uri();
        }
        return response;
    }

    /** Stores or drops a cookie from a {@code Set-Cookie} header. */
    private void keep(String header) {
        String[] parts = header.split(";");
        int eq = parts[0].indexOf('=');
        if (eq < 1) {
            return;
        }
        String name = parts[0].substring(0, eq).trim();
        String value = parts[0].substring(eq + 1).trim();
        boolean expired = value.isEmpty();
        for (int i = 1; i < parts.length; i++) {
            String attribute = parts[i].trim().toLowerCase(Locale.ROOT);
            if (attribute.equals("max-age=0") || attribute.startsWith("expires=") && attribute.contains("1970")) {
                expired = true;
            }
        }
        if (expired) {
            cookies.remove(name);
        } else {
            cookies.put(name, value);
        }
    }

    /** The {@code Set-Cookie} headers for one cookie name among those received. */
    public List<String> setCookieHeaders(String name) {
        return setCookieHeaders.stream()
                .filter(h -> h.regionMatches(true, 0, name + "=", 0, name.length() + 1))
                .toList();
    }

    // ---- HTML: the few things a test needs from a page, found with patterns (the pages are XHTML).

    /** The HTML of one form ({@code <form id="formId" ...>...</form>}), or null. */
    public static String form(String html, String formId) {
        Matcher m = Pattern.compile(
                        "<form\\b[^>]*\\bid=\"" + Pattern.quote(formId) + "\"[^>]*>.*?</form>", Pattern.DOTALL)
                .matcher(html);
        return m.find() ? m.group() : null;
    }

    /** The action attribute of a form, unescaped, or null. */
    public static String formAction(String html, String formId) {
        String form = form(html, formId);
        if (form == null) {
            return null;
        }
        Matcher m = Pattern.compile("^<form\\b[^>]*\\baction=\"([^\"]*)\"").matcher(form);
        return m.find() ? unescape(m.group(1)) : null;
    }

    /** The view state of a form, or null when the form or its state field is missing. */
    public static String viewState(String html, String formId) {
        String form = form(html, formId);
        return form == null ? null : inputValue(form, VIEW_STATE);
    }

    /** The value of the first input with this name, unescaped, or null. */
    public static String inputValue(String html, String name) {
        Matcher input = Pattern.compile("<input\\b[^>]*\\bname=\"" + Pattern.quote(name) + "\"[^>]*>")
                .matcher(html);
        if (!input.find()) {
            return null;
        }
        Matcher value = Pattern.compile("\\bvalue=\"([^\"]*)\"").matcher(input.group());
        return value.find() ? unescape(value.group(1)) : "";
    }

    /** The names of the fields of a form: inputs, selects, text areas and buttons. */
    public static List<String> fieldNames(String html, String formId) {
        String form = form(html, formId);
        List<String> names = new ArrayList<>();
        if (form != null) {
            Matcher m = Pattern.compile("<(?:input|select|textarea|button)\\b[^>]*\\bname=\"([^\"]*)\"")
                    .matcher(form);
            while (m.find()) {
                if (!names.contains(unescape(m.group(1)))) {
                    names.add(unescape(m.group(1)));
                }
            }
        }
        return names;
    }

    /** The first link whose address contains {@code part}, unescaped, or null. */
    public static String href(String html, String part) {
        Matcher m = Pattern.compile("<a\\b[^>]*\\bhref=\"([^\"]*)\"").matcher(html);
        while (m.find()) {
            String href = unescape(m.group(1));
            if (href.contains(part)) {
                return href;
            }
        }
        return null;
    }

    /** The values of every attribute with this name in the page, in order ({@code data-outcome}, say). */
    public static List<String> attributeValues(String html, String attribute) {
        Matcher m = Pattern.compile("\\b" + Pattern.quote(attribute) + "=\"([^\"]*)\"")
                .matcher(html);
        List<String> values = new ArrayList<>();
        while (m.find()) {
            values.add(unescape(m.group(1)));
        }
        return values;
    }

    private static String unescape(String attribute) {
        return attribute
                .replace("&amp;", "&")
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&#39;", "'");
    }

    /** Form fields in order; a name may repeat (a multi-select). */
    public static final class Form {
        private final List<String[]> fields = new ArrayList<>();

        public static Form of() {
            return new Form();
        }

        public Form add(String name, String value) {
            fields.add(new String[] {name, value});
            return this;
        }

        public String encoded() {
            return fields.stream()
                    .map(f -> URLEncoder.encode(f[0], StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(f[1], StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
        }
    }
}
