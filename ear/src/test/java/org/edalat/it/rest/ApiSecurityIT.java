package org.edalat.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import org.edalat.it.support.Deployments;
import org.edalat.it.support.ItUsers;
import org.edalat.platform.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API's security and error contract over real HTTP: 401 without credentials, 403 for a role
 * that may not (S4-28: access levels per role), 400 problem details for a malformed or invalid
 * body, 409 for a business conflict; every error {@code application/problem+json}, never a stack
 * trace.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiSecurityIT {
    private static final String USERS = "api/v1/admin/users";

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    @Test
    void callWithoutCredentialsGets401ProblemWithBasicChallenge_S4_27() {
        HttpResponse<String> response = Api.anonymous(base).get(USERS);

        assertProblem(response, 401);
        assertEquals("unauthorized", Api.string(response.body(), "code"));
        String challenge = response.headers().firstValue("WWW-Authenticate").orElse("");
        assertTrue(challenge.startsWith("Basic") && challenge.contains("realm=\"edalat\""), challenge);
    }

    @Test
    void postWithoutCredentialsGets401Too_S4_27() {
        assertProblem(Api.anonymous(base).postJson(USERS, newUser(Api.freshUsername("anon"), "JUDGE")), 401);
    }

    @Test
    void wrongPasswordGets401() {
        HttpResponse<String> response =
                Api.as(base, ItUsers.username(Role.ADMIN), "Not-The-Password-1").get(USERS);

        // The container's answer (silent BASIC failed, then FORM): 401 with the Basic challenge.
        assertEquals(401, response.statusCode(), response.body());
        String challenge = response.headers().firstValue("WWW-Authenticate").orElse("");
        assertTrue(challenge.startsWith("Basic"), challenge);
    }

    @Test
    void agencyAccountCannotAdministerUsers_S4_28() {
        Api agency = Api.as(base, Role.AGENCY_API);

        HttpResponse<String> list = agency.get(USERS);
        assertProblem(list, 403);
        assertEquals("forbidden", Api.string(list.body(), "code"));

        HttpResponse<String> create = agency.postJson(USERS, newUser(Api.freshUsername("agency"), "ADMIN"));
        assertProblem(create, 403);
    }

    @Test
    void judgeCannotAdministerUsersEither_S4_28() {
        assertProblem(Api.as(base, Role.JUDGE).get(USERS), 403);
    }

    @Test
    void malformedJsonBodyIs400ProblemWithoutStackTrace() {
        HttpResponse<String> response = Api.as(base, Role.ADMIN).postJson(USERS, "{\"username\":");

        assertProblem(response, 400);
        assertEquals("malformed-body", Api.string(response.body(), "code"));
    }

    @Test
    void valueOfTheWrongTypeIs400Problem() {
        HttpResponse<String> response = Api.as(base, Role.ADMIN)
                .postJson(
                        USERS,
                        "{\"username\":\"typo\",\"displayName\":\"x\",\"password\":\"Abcdef123\",\"roles\":{\"a\":1}}");

        assertProblem(response, 400);
        assertEquals("malformed-body", Api.string(response.body(), "code"));
    }

    @Test
    void emptyBodyIs400Problem() {
        HttpResponse<String> response = Api.as(base, Role.ADMIN).postJson(USERS, "");

        assertProblem(response, 400);
        assertEquals("validation-failed", Api.string(response.body(), "code"));
    }

    @Test
    void blankUsernameIs400NamingTheField() {
        HttpResponse<String> response = Api.as(base, Role.ADMIN).postJson(USERS, newUser(" ", "JUDGE"));

        assertProblem(response, 400);
        assertEquals("validation-failed", Api.string(response.body(), "code"));
        assertTrue(Api.hasFieldError(response.body(), "username"), response.body());
        assertFalse(response.body().contains("create.body"), "the method/parameter prefix is stripped");
    }

    @Test
    void missingRolesIs400NamingTheField_S4_28() {
        HttpResponse<String> response = Api.as(base, Role.ADMIN)
                .postJson(
                        USERS,
                        "{\"username\":\"" + Api.freshUsername("noroles")
                                + "\",\"displayName\":\"x\",\"password\":\"Abcdef123\",\"roles\":[]}");

        assertProblem(response, 400);
        assertTrue(Api.hasFieldError(response.body(), "roles"), response.body());
    }

    @Test
    void unknownRoleIs400NamingTheField_S4_28() {
        HttpResponse<String> response =
                Api.as(base, Role.ADMIN).postJson(USERS, newUser(Api.freshUsername("emperor"), "EMPEROR"));

        assertProblem(response, 400);
        assertTrue(Api.hasFieldError(response.body(), "roles[0]"), response.body());
        assertTrue(response.body().contains("EMPEROR"), response.body());
    }

    @Test
    void weakPasswordIs422BusinessProblem() {
        String body = "{\"username\":\"" + Api.freshUsername("weak")
                + "\",\"displayName\":\"x\",\"password\":\"abcdefgh\",\"roles\":[\"JUDGE\"]}";
        HttpResponse<String> response = Api.as(base, Role.ADMIN).postJson(USERS, body);

        assertProblem(response, 422);
        assertEquals("weak-password", Api.string(response.body(), "code"));
        assertEquals("https://edalat.ir/problems/weak-password", Api.string(response.body(), "type"));
    }

    @Test
    void duplicateUsernameIs409UsernameTaken_S4_28() {
        Api admin = Api.as(base, Role.ADMIN);
        String username = Api.freshUsername("twice");
        assertEquals(201, admin.postJson(USERS, newUser(username, "JUDGE")).statusCode());

        HttpResponse<String> again = admin.postJson(USERS, newUser(username, "BRANCH_CLERK"));

        assertProblem(again, 409);
        assertEquals("username-taken", Api.string(again.body(), "code"));
        assertEquals("https://edalat.ir/problems/username-taken", Api.string(again.body(), "type"));
        assertEquals("/" + USERS, Api.string(again.body(), "instance"));
    }

    @Test
    void adminOpensAnAccountAndFindsItInTheList_S4_28() {
        Api admin = Api.as(base, Role.ADMIN);
        String username = Api.freshUsername("judge");

        HttpResponse<String> created = admin.postJson(USERS, newUser(username, "JUDGE"));

        assertEquals(201, created.statusCode(), created.body());
        assertEquals(Api.JSON, Api.mediaType(created));
        String location = created.headers().firstValue("Location").orElse("");
        assertTrue(location.endsWith("/" + USERS + "/" + username), location);
        assertEquals(username, Api.string(created.body(), "username"));
        assertTrue(created.body().contains("\"roles\":[\"JUDGE\"]"), created.body());
        assertFalse(created.body().contains("password"), "no password member: " + created.body());
        assertFalse(created.body().contains("$2a$"), "no bcrypt hash: " + created.body());

        HttpResponse<String> one = admin.get(USERS + "/" + username);
        assertEquals(200, one.statusCode(), "Location resolves: " + one.body());
        assertEquals(username, Api.string(one.body(), "username"));
        assertProblem(admin.get(USERS + "/nobody-" + username), 404);

        HttpResponse<String> page = admin.get(USERS + "?first=0&max=200");

        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("\"username\":\"" + username + "\""), page.body());
        assertEquals("0", Api.scalar(page.body(), "first"));
        assertEquals("200", Api.scalar(page.body(), "max"));
        assertNotNull(Api.scalar(page.body(), "total"));
        assertTrue(Long.parseLong(Api.scalar(page.body(), "total")) >= Role.values().length);

        // The new account can authenticate against the API (and, as a JUDGE, is refused here).
        assertProblem(Api.as(base, username, "Judge-Pass-1405").get(USERS), 403);
    }

    @Test
    void pageBoundsAreValidated() {
        Api admin = Api.as(base, Role.ADMIN);

        HttpResponse<String> tooMany = admin.get(USERS + "?max=201");
        assertProblem(tooMany, 400);
        assertTrue(Api.hasFieldError(tooMany.body(), "max"), tooMany.body());

        HttpResponse<String> none = admin.get(USERS + "?max=0");
        assertProblem(none, 400);
        assertTrue(Api.hasFieldError(none.body(), "max"), none.body());

        HttpResponse<String> negative = admin.get(USERS + "?first=-1");
        assertProblem(negative, 400);
        assertTrue(Api.hasFieldError(negative.body(), "first"), negative.body());

        assertProblem(admin.get(USERS + "?first=abc"), 400);
    }

    @Test
    void unknownPathIs404Problem() {
        assertProblem(Api.as(base, Role.ADMIN).get("api/v1/no-such-thing"), 404);
    }

    @Test
    void wrongMethodIs405ProblemWithAllowHeader() {
        HttpResponse<String> response = Api.as(base, Role.ADMIN).delete(USERS);

        assertProblem(response, 405);
        String allow = String.join(",", response.headers().allValues("Allow"));
        assertTrue(allow.contains("GET") && allow.contains("POST"), allow);
    }

    @Test
    void wrongMediaTypeIs415Problem() {
        assertProblem(Api.as(base, Role.ADMIN).post(USERS, "text/plain", "username=x"), 415);
    }

    static void assertProblem(HttpResponse<String> response, int status) {
        String body = response.body();
        assertEquals(status, response.statusCode(), body);
        assertEquals(Api.PROBLEM, Api.mediaType(response), body);
        assertEquals(String.valueOf(status), Api.scalar(body, "status"), body);
        assertNotNull(Api.string(body, "type"), body);
        assertNotNull(Api.string(body, "title"), body);
        assertNoStackTrace(body);
    }

    static void assertNoStackTrace(String body) {
        assertFalse(body.contains("Exception"), body);
        assertFalse(body.contains("at org."), body);
        assertFalse(body.contains("RESTEASY"), body);
    }

    private static String newUser(String username, String role) {
        return "{\"username\":\"" + username + "\",\"displayName\":\"کاربر آزمون\",\"password\":\"Judge-Pass-1405\","
                + "\"roles\":[\"" + role + "\"]}";
    }
}
