package org.edalat.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edalat.it.support.Deployments;
import org.edalat.it.support.ItUsers;
import org.edalat.it.web.Browserless.Form;
import org.edalat.platform.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The intranet's web security over real HTTP, as a browser meets it: form login, session fixation
 * protection and the session cookie's flags (S4-27: secured registration and access), role checks
 * on screens with the Persian error pages (S4-28: access levels per role), the protected-view token
 * on the admin screens and the Faces view state as CSRF protection of the user-account form.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebSecurityIT {
    // Texts of web/src/main/resources/org/edalat/web/messages_fa.properties and faces_fa.properties.
    static final String ERROR_403 = "شما به این صفحه دسترسی ندارید.";
    static final String ERROR_404 = "صفحه‌ای که خواستید یافت نشد.";
    static final String ERROR_500 = "خطایی پیش آمد.";
    static final String ERROR_EXPIRED = "نشست شما منقضی شده یا فرم از اعتبار افتاده است.";
    static final String USER_CREATED = "حساب کاربری ایجاد شد.";
    static final String USERNAME_REQUIRED = "نام کاربری: این فیلد الزامی است.";

    static final String USERS_PAGE = "/admin/users.xhtml";
    static final String TOKEN = "jakarta.faces.Token=";
    /** The headers of a Faces ajax request (PrimeFaces sends both). */
    static final Map<String, String> AJAX_HEADERS =
            Map.of("Faces-Request", "partial/ajax", "X-Requested-With", "XMLHttpRequest");
    /** A stack frame: {@code at org.x.Y.m(Y.java:12)} or {@code at java.base/...}. */
    static final Pattern STACK_FRAME = Pattern.compile("\\bat [\\w.$/@-]+\\([\\w$]+\\.java:\\d+\\)");

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    @Test
    void unauthenticatedPageRedirectsToLogin() {
        Browserless browser = Browserless.open(base);

        HttpResponse<String> response = browser.get("index.xhtml");

        // Elytron's FORM mechanism forwards to the login page (no redirect): 200, the login form.
        assertEquals(200, response.statusCode(), response.body());
        assertFalse(Browserless.isRedirect(response), Browserless.location(response));
        assertLoginPage(response);
        assertFalse(response.body().contains("id=\"welcome\""), "no dashboard before login");
        assertFalse(response.body().contains("id=\"shell\""), "no shell before login");
        assertNotNull(browser.sessionId(), "the challenge starts a session (it keeps the requested page)");
    }

    @Test
    void loginRenewsTheSessionId_S4_27() {
        Browserless browser = Browserless.open(base);
        assertLoginPage(browser.browse("index.xhtml"));
        String before = browser.sessionId();
        assertNotNull(before, "a session before login");

        HttpResponse<String> login = browser.post(
                "j_security_check",
                Form.of().add("j_username", ItUsers.username(Role.JUDGE)).add("j_password", ItUsers.PASSWORD));

        assertTrue(Browserless.isRedirect(login), login.statusCode() + " " + login.body());
        assertTrue(Browserless.location(login).endsWith("/index.xhtml"), Browserless.location(login));
        String after = browser.sessionId();
        assertNotNull(after);
        assertNotEquals(before, after, "session fixation: the id changes at login");

        HttpResponse<String> dashboard = browser.get("index.xhtml");
        assertEquals(200, dashboard.statusCode(), dashboard.body());
        assertTrue(dashboard.body().contains("dir=\"rtl\""), dashboard.body());
        assertTrue(dashboard.body().contains("lang=\"fa\""), dashboard.body());
        assertTrue(dashboard.body().contains("id=\"welcome\""), dashboard.body());
        assertTrue(dashboard.body().contains("id=\"shell\""), dashboard.body());

        // Whoever planted the pre-login id has no signed-in session.
        Browserless attacker = Browserless.open(base);
        attacker.useSessionId(before);
        HttpResponse<String> planted = attacker.get("index.xhtml");
        assertLoginPage(planted);
        assertFalse(planted.body().contains("id=\"welcome\""), planted.body());
    }

    @Test
    void sessionCookieIsHttpOnlySecureAndSameSite() {
        Browserless browser = Browserless.open(base);
        browser.login(ItUsers.username(Role.JUDGE), ItUsers.PASSWORD);

        List<String> cookies = browser.setCookieHeaders(Browserless.SESSION_COOKIE);
        // One at the challenge, one with the new id at login.
        assertTrue(cookies.size() >= 2, cookies.toString());
        for (String cookie : cookies) {
            assertTrue(hasAttribute(cookie, "HttpOnly"), "HttpOnly: " + cookie);
            assertTrue(hasAttribute(cookie, "Secure"), "Secure: " + cookie);
        }
        for (String cookie : cookies) {
            assertTrue(hasAttribute(cookie, "SameSite=Lax"), "SameSite=Lax (web.xml cookie-config): " + cookie);
        }
    }

    private static boolean hasAttribute(String setCookie, String attribute) {
        return Pattern.compile(";\\s*" + Pattern.quote(attribute) + "\\s*(;|$)", Pattern.CASE_INSENSITIVE)
                .matcher(setCookie)
                .find();
    }

    @Test
    void wrongRoleGetsThePersian403Page_S4_28() {
        Browserless citizen = signedIn(Role.CITIZEN);

        HttpResponse<String> response = citizen.get("admin/users.xhtml");

        assertEquals(403, response.statusCode(), response.body());
        assertTrue(response.body().contains("id=\"error-403\""), response.body());
        assertTrue(response.body().contains(ERROR_403), response.body());
        assertFalse(response.body().contains("id=\"users\""), "no user form");
        assertNoStackTrace(response.body());
    }

    @Test
    void unknownPageGetsThePersian404Page() {
        Browserless judge = signedIn(Role.JUDGE);

        HttpResponse<String> response = judge.get("nope.xhtml");

        assertEquals(404, response.statusCode(), response.body());
        assertTrue(response.body().contains("id=\"error-404\""), response.body());
        assertTrue(response.body().contains(ERROR_404), response.body());
        assertNoStackTrace(response.body());
    }

    @Test
    void protectedViewWithoutTokenIsRefused() {
        Browserless admin = signedIn(Role.ADMIN);

        HttpResponse<String> response = admin.get("admin/users.xhtml");

        // Mojarra throws ProtectedViewException in Restore View: the container's error page for it.
        assertEquals(500, response.statusCode(), response.body());
        assertTrue(response.body().contains("id=\"error-500\""), response.body());
        assertTrue(response.body().contains(ERROR_500), response.body());
        assertFalse(response.body().contains("id=\"users\""), "the user form is not served");
        assertNoStackTrace(response.body());

        // A token that is not the session's is refused the same way.
        HttpResponse<String> forged = admin.get("admin/users.xhtml?" + TOKEN + "forged-token");
        assertEquals(500, forged.statusCode(), forged.body());
        assertFalse(forged.body().contains("id=\"users\""), "the user form is not served");
        assertNoStackTrace(forged.body());
    }

    @Test
    void forgedViewStateIsRefused() {
        Browserless admin = signedIn(Role.ADMIN);
        String page = openUsersPage(admin);
        String username = freshUsername("forged");

        HttpResponse<String> response = admin.post(action(page), createForm(username, "-1234:5678"));

        assertFalse(userExists(username), "a forged view state must not create " + username);
        assertNoStackTrace(response.body());
        assertFalse(response.body().contains(USER_CREATED), response.body());
        // Mojarra cannot restore the view: ViewExpiredException, which web.xml maps to the expired page.
        // (Undertow matches the ServletException that wraps it against the error pages first, so a
        // java.lang.Throwable mapping in web.xml would win and show the generic 500 page instead.)
        assertNotEquals(200, response.statusCode(), response.body());
        HttpResponse<String> shown = admin.follow(response);
        assertTrue(shown.body().contains("id=\"error-expired\""), "the view-expired page: " + shown.body());
        assertTrue(shown.body().contains(ERROR_EXPIRED), shown.body());
    }

    @Test
    void forgedViewStateInAnAjaxPostIsRefused() {
        Browserless admin = signedIn(Role.ADMIN);
        String page = openUsersPage(admin);
        String username = freshUsername("ajaxforged");

        HttpResponse<String> response =
                admin.post(action(page), ajax(createForm(username, "-1234:5678")), AJAX_HEADERS);

        assertFalse(userExists(username), "a forged view state must not create " + username);
        assertNoStackTrace(response.body());
        assertFalse(response.body().contains(USER_CREATED), response.body());
        // Mojarra answers a partial response naming the error ("class jakarta...ViewExpiredException",
        // message "See your server log..."); PrimeFaces' client strips "class " and opens the page
        // its settings map the exception to: web.xml's expired page.
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("<partial-response"), response.body());
        assertTrue(
                Pattern.compile(
                                "<error-name>(class )?jakarta\\.faces\\.application\\.ViewExpiredException</error-name>")
                        .matcher(response.body())
                        .find(),
                response.body());
        assertTrue(
                page.contains("'jakarta.faces.application.ViewExpiredException':'/errors/expired.xhtml'"),
                "PrimeFaces.settings.errorPages maps the exception to the expired page");
        HttpResponse<String> expired = admin.get("errors/expired.xhtml");
        assertEquals(200, expired.statusCode(), expired.body());
        assertTrue(expired.body().contains(ERROR_EXPIRED), expired.body());
    }

    @Test
    void validAjaxPostCreatesTheUser() {
        Browserless admin = signedIn(Role.ADMIN);
        String page = openUsersPage(admin);
        String username = freshUsername("webajax");

        HttpResponse<String> response = admin.post(
                action(page), ajax(createForm(username, Browserless.viewState(page, "users"))), AJAX_HEADERS);

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("<partial-response"), response.body());
        assertTrue(response.body().contains(USER_CREATED), response.body());
        assertTrue(userExists(username), "the real view state creates " + username);
    }

    @Test
    void missingViewStateDoesNotExecuteTheAction() {
        Browserless admin = signedIn(Role.ADMIN);
        String page = openUsersPage(admin);
        String username = freshUsername("nostate");

        HttpResponse<String> response = admin.post(action(page), createForm(username, null));

        assertFalse(userExists(username), "a post without view state must not create " + username);
        assertFalse(response.body().contains(USER_CREATED), response.body());
        assertNoStackTrace(response.body());
        // No view state, no postback: Faces renders the screen afresh (the form's address carries the
        // protected-view token) and runs no action.
        assertEquals(200, response.statusCode(), response.body());
        assertNotNull(Browserless.form(response.body(), "users"), response.body());
    }

    @Test
    void validPostCreatesTheUser() {
        Browserless admin = signedIn(Role.ADMIN);
        String page = openUsersPage(admin);
        String username = freshUsername("webform");

        HttpResponse<String> response =
                admin.post(action(page), createForm(username, Browserless.viewState(page, "users")));

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains(USER_CREATED), response.body());
        assertNoStackTrace(response.body());
        assertTrue(userExists(username), "the real view state creates " + username);
    }

    @Test
    void persianValidationMessages() {
        Browserless admin = signedIn(Role.ADMIN);
        String page = openUsersPage(admin);
        String displayName = "بی‌نام " + freshUsername("x");

        HttpResponse<String> response = admin.post(
                action(page),
                Form.of()
                        .add("users", "users")
                        .add("users:username", "")
                        .add("users:displayName", displayName)
                        .add("users:password", "Judge-Pass-1405")
                        .add("users:roles", "JUDGE")
                        .add("users:create", "")
                        .add(Browserless.VIEW_STATE, Browserless.viewState(page, "users")));

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains(USERNAME_REQUIRED), response.body());
        assertFalse(response.body().contains(USER_CREATED), response.body());
        assertFalse(usersJson().contains(displayName), "no account opened without a username");
    }

    @Test
    void logoutEndsTheSession() {
        Browserless browser = signedIn(Role.JUDGE);
        HttpResponse<String> dashboard = browser.get("index.xhtml");
        assertEquals(200, dashboard.statusCode());
        String session = browser.sessionId();
        String viewState = Browserless.viewState(dashboard.body(), "shell");
        assertNotNull(viewState, dashboard.body());

        HttpResponse<String> logout = browser.post(
                action(dashboard.body(), "shell"),
                Form.of().add("shell", "shell").add("shell:logout", "").add(Browserless.VIEW_STATE, viewState));

        assertTrue(Browserless.isRedirect(logout), logout.statusCode() + " " + logout.body());
        assertTrue(Browserless.location(logout).contains("/login.xhtml"), Browserless.location(logout));
        assertLoginPage(browser.follow(logout));

        Browserless old = Browserless.open(base);
        old.useSessionId(session);
        HttpResponse<String> again = old.get("index.xhtml");
        assertLoginPage(again);
        assertFalse(again.body().contains("id=\"welcome\""), again.body());
    }

    // ---- helpers

    private Browserless signedIn(Role role) {
        Browserless browser = Browserless.open(base);
        HttpResponse<String> page = browser.login(ItUsers.username(role), ItUsers.PASSWORD);
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("id=\"welcome\""), "signed in as " + role + ": " + page.body());
        return browser;
    }

    /** Opens the user accounts screen as a user would: through the dashboard's link (with its token). */
    private static String openUsersPage(Browserless admin) {
        HttpResponse<String> dashboard = admin.get("index.xhtml");
        assertEquals(200, dashboard.statusCode(), dashboard.body());
        String link = Browserless.href(dashboard.body(), USERS_PAGE);
        assertNotNull(link, dashboard.body());
        assertTrue(link.contains(TOKEN), "a protected view's link carries the token: " + link);

        HttpResponse<String> users = admin.get(link);
        assertEquals(200, users.statusCode(), users.body());
        String page = users.body();
        assertNotNull(Browserless.form(page, "users"), page);
        assertNotNull(Browserless.viewState(page, "users"), page);
        List<String> fields = Browserless.fieldNames(page, "users");
        for (String field : List.of(
                "users",
                "users:username",
                "users:displayName",
                "users:password",
                "users:roles",
                "users:create",
                Browserless.VIEW_STATE)) {
            assertTrue(fields.contains(field), field + " in " + fields);
        }
        return page;
    }

    private static String action(String page) {
        return action(page, "users");
    }

    private static String action(String page, String formId) {
        String action = Browserless.formAction(page, formId);
        assertNotNull(action, page);
        return action;
    }

    /** The create-user form as the browser posts it (non-ajax, with the button), viewState null: none. */
    private static Form createForm(String username, String viewState) {
        Form form = Form.of()
                .add("users", "users")
                .add("users:username", username)
                .add("users:displayName", "کاربر وب " + username)
                .add("users:password", "Judge-Pass-1405")
                .add("users:roles", "JUDGE")
                .add("users:create", "");
        if (viewState != null) {
            form.add(Browserless.VIEW_STATE, viewState);
        }
        return form;
    }

    /** The form as PrimeFaces' ajax request of the create button sends it (process @form, update @form). */
    private static Form ajax(Form form) {
        return form.add("jakarta.faces.partial.ajax", "true")
                .add("jakarta.faces.source", "users:create")
                .add("jakarta.faces.partial.execute", "users")
                .add("jakarta.faces.partial.render", "users");
    }

    /** Whether the account exists, asked of the API as the ADMIN fixture (every page of the list). */
    private boolean userExists(String username) {
        return usersJson().contains("\"username\":\"" + username + "\"");
    }

    private String usersJson() {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String authorization = "Basic "
                + Base64.getEncoder()
                        .encodeToString((ItUsers.username(Role.ADMIN) + ":" + ItUsers.PASSWORD)
                                .getBytes(StandardCharsets.UTF_8));
        StringBuilder all = new StringBuilder();
        try {
            URI root = base.toURI();
            for (int first = 0; ; first += 200) {
                HttpResponse<String> page = http.send(
                        HttpRequest.newBuilder(root.resolve("api/v1/admin/users?first=" + first + "&max=200"))
                                .header("Authorization", authorization)
                                .header("Accept", "application/json")
                                .timeout(Duration.ofSeconds(60))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                assertEquals(200, page.statusCode(), page.body());
                all.append(page.body());
                Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(page.body());
                if (!total.find() || first + 200 >= Long.parseLong(total.group(1))) {
                    return all.toString();
                }
            }
        } catch (IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String freshUsername(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36) + Integer.toString((int) (Math.random() * 1000), 36);
    }

    static void assertLoginPage(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("id=\"login\""), response.body());
        assertTrue(response.body().contains("j_security_check"), response.body());
    }

    /**
     * No trace of the server's insides. (Every PrimeFaces page names {@code ViewExpiredException} in
     * its client settings, the error-page map, so the bare word "Exception" is no evidence.)
     */
    static void assertNoStackTrace(String body) {
        assertFalse(STACK_FRAME.matcher(body).find(), body);
        assertFalse(body.contains("Caused by"), body);
        assertFalse(Pattern.compile("\\w+Exception: ").matcher(body).find(), body);
        assertFalse(body.contains("UT005023"), body);
    }
}
