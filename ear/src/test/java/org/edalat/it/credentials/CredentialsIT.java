package org.edalat.it.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edalat.it.support.As;
import org.edalat.it.support.Deployments;
import org.edalat.it.support.Http;
import org.edalat.it.support.ItUsers;
import org.edalat.it.web.Browserless;
import org.edalat.it.web.Browserless.Form;
import org.edalat.platform.audit.AuditEntry;
import org.edalat.platform.security.Credentials;
import org.edalat.platform.security.LoginEvent;
import org.edalat.platform.security.LoginOutcome;
import org.edalat.platform.security.NotSignedInException;
import org.edalat.platform.security.PasswordUnchangedException;
import org.edalat.platform.security.Passwords;
import org.edalat.platform.security.Role;
import org.edalat.platform.security.UserAccount;
import org.edalat.platform.security.WeakPasswordException;
import org.edalat.platform.security.WrongCurrentPasswordException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Credentials over real HTTP against the deployed server (S4-27: the Center secures access; the
 * holder keeps the credentials): five failed form sign-ins lock an account for every mechanism
 * (form and Basic), the lock ends by itself or by an administrator's release, the holder sees the
 * own sign-ins, changes the own password, and must change a generated one first.
 *
 * <p>Runs in the container (to open dedicated accounts and read what the application wrote) and
 * talks HTTP to the same server, as a browser does. Every test uses its own accounts.
 */
@ExtendWith(ArquillianExtension.class)
class CredentialsIT {
    // Texts of web/src/main/resources/org/edalat/web/messages_fa.properties.
    static final String LOGIN_FAILED = "نام کاربری یا گذرواژه نادرست است.";
    static final String LOCKED = "حساب کاربری شما به سبب ورودهای ناموفق پیاپی تا";
    static final String RELEASED = "قفل حساب باز شد.";
    static final String PASSWORD_CHANGED = "گذرواژه شما تغییر کرد.";
    static final String PASSWORD_REQUIRED = "گذرواژه شما از سوی سامانه ساخته شده است.";
    static final String WRONG_CURRENT = "گذرواژه کنونی درست نیست.";
    static final String OUTCOME_SUCCESS = "ورود موفق";
    static final String OUTCOME_FAILURE = "گذرواژه نادرست";
    /** A Jalali date and time as the pages write it: ۱۴۰۵/۰۹/۰۱ ۱۰:۰۳. */
    static final Pattern JALALI_TIME = Pattern.compile("[۰-۹]{4}/[۰-۹]{2}/[۰-۹]{2} [۰-۹]{2}:[۰-۹]{2}");

    /** An API path a CITIZEN may not use: 401 unauthenticated, 403 when signed in. */
    static final String ADMIN_API = "api/v1/admin/users";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @EJB
    CredentialsItSupport support;

    @EJB
    Credentials credentials;

    @Test
    void fiveWrongFormLoginsLockTheAccountAndEvenTheRightPasswordIsRefused_S4_27() throws Exception {
        String user = support.openAccount("lock");
        Browserless browser = web();

        for (int attempt = 1; attempt <= 4; attempt++) {
            HttpResponse<String> page = browser.login(user, "Wrong-Pass-" + attempt);
            assertGenericFailure(page);
            // The container forwards the failed j_security_check POST to the error page with j_username.
            assertEquals(attempt, support.account(user).getFailedAttempts(), "attempt " + attempt + " counted");
        }
        Instant beforeFifth = Instant.now();
        HttpResponse<String> fifth = browser.login(user, "Wrong-Pass-5");

        UserAccount locked = support.account(user);
        assertEquals(5, locked.getFailedAttempts());
        Instant until = locked.lockedUntil().orElseThrow();
        assertTrue(
                !until.isBefore(beforeFifth.plus(Duration.ofMinutes(15)).minusSeconds(1))
                        && until.isBefore(
                                Instant.now().plus(Duration.ofMinutes(15)).plusSeconds(1)),
                "locked for fifteen minutes: " + until);
        assertLockedUntil(fifth, until);

        // The right password: refused by the form login, by Basic and by the realm itself.
        HttpResponse<String> right = web().login(user, CredentialsItSupport.PASSWORD);
        assertLockedUntil(right, until);
        assertEquals(401, basicGet(user, CredentialsItSupport.PASSWORD).statusCode());
        assertThrows(IllegalStateException.class, () -> As.user(user, CredentialsItSupport.PASSWORD));

        assertEquals(
                List.of(
                        LoginOutcome.LOCKED,
                        LoginOutcome.FAILURE,
                        LoginOutcome.FAILURE,
                        LoginOutcome.FAILURE,
                        LoginOutcome.FAILURE,
                        LoginOutcome.FAILURE),
                outcomes(support.events(user)));
        assertEquals(
                until, support.account(user).lockedUntil().orElseThrow(), "an attempt while locked does not extend it");
        List<AuditEntry> lock = support.audit(user, "user.lock");
        assertEquals(1, lock.size(), "the lock is audited once");
        assertEquals("S4-27", lock.get(0).getRuleId());
    }

    @Test
    void anAdministratorReleasesTheLockOnTheLockoutsScreenAndTheHolderGetsIn_S4_27() throws Exception {
        String user = support.openAccount("release");
        lockThroughTheLoginForm(user);
        assertFalse(isWelcome(web().login(user, CredentialsItSupport.PASSWORD)), "locked");

        Browserless admin = web();
        assertTrue(isWelcome(admin.login(ItUsers.username(Role.ADMIN), ItUsers.PASSWORD)));
        HttpResponse<String> screen = admin.get("admin/lockouts.xhtml");
        assertEquals(200, screen.statusCode(), screen.body());
        String row = row(screen.body(), user);
        assertTrue(JALALI_TIME.matcher(row).find(), "the lock's end in Jalali: " + row);
        assertTrue(row.contains(">۵<"), "five failed sign-ins, in Persian digits: " + row);

        HttpResponse<String> released = admin.post(
                Browserless.formAction(screen.body(), "lockouts"),
                Form.of()
                        .add("lockouts", "lockouts")
                        .add("lockouts:table:" + rowIndex(screen.body(), user) + ":release", "")
                        .add(Browserless.VIEW_STATE, Browserless.viewState(screen.body(), "lockouts")));

        assertEquals(200, released.statusCode(), released.body());
        assertTrue(released.body().contains(RELEASED), released.body());
        assertFalse(released.body().contains(">" + user + "<"), "no longer listed");
        UserAccount account = support.account(user);
        assertFalse(account.isLockedAt(Instant.now()));
        assertEquals(0, account.getFailedAttempts());
        List<AuditEntry> unlock = support.audit(user, "user.unlock");
        assertEquals(1, unlock.size());
        assertEquals(ItUsers.username(Role.ADMIN), unlock.get(0).getActor());
        assertEquals(Role.ADMIN.name(), unlock.get(0).getActorRole());
        assertEquals("S4-27", unlock.get(0).getRuleId());

        assertTrue(isWelcome(web().login(user, CredentialsItSupport.PASSWORD)), "signed in after the release");
        // Basic now authenticates: a CITIZEN is refused the admin API with 403, no longer 401.
        assertEquals(403, basicGet(user, CredentialsItSupport.PASSWORD).statusCode());
    }

    @Test
    void theLockEndsByItselfWhenItsTimeHasPassed_S4_27() throws Exception {
        String user = support.openAccount("timed");
        for (int i = 0; i < 5; i++) {
            credentials.recordFailure(user, "192.0.2.1", "it");
        }
        assertTrue(support.account(user).isLockedAt(Instant.now()));
        assertThrows(IllegalStateException.class, () -> As.user(user, CredentialsItSupport.PASSWORD));

        support.letTheLockRunOut(user); // the realm compares locked_until with the database's clock

        HttpResponse<String> page = web().login(user, CredentialsItSupport.PASSWORD);
        assertTrue(isWelcome(page), page.body());
        UserAccount account = support.account(user);
        assertEquals(0, account.getFailedAttempts(), "the success starts the count again");
        assertEquals(LoginOutcome.SUCCESS, support.events(user).get(0).getOutcome());
    }

    @Test
    void theHolderSeesTheOwnSuccessesAndFailuresNewestFirst_S4_27() throws Exception {
        String user = support.openAccount("history");
        String other = support.openAccount("other");
        assertGenericFailure(web().login(other, "Wrong-Pass-1"));
        assertGenericFailure(web().login(user, "Wrong-Pass-1"));
        assertGenericFailure(web().login(user, "Wrong-Pass-2"));
        Browserless browser = web();
        assertTrue(isWelcome(browser.login(user, CredentialsItSupport.PASSWORD)));
        browser.get("index.xhtml");
        browser.get("index.xhtml"); // one session, one recorded sign-in

        List<LoginEvent> mine = As.user(user, CredentialsItSupport.PASSWORD).call(() -> credentials.myRecentLogins(10));

        assertEquals(List.of(LoginOutcome.SUCCESS, LoginOutcome.FAILURE, LoginOutcome.FAILURE), outcomes(mine));
        assertTrue(mine.stream().allMatch(e -> e.getUsername().equals(user)), "only the own events");
        assertEquals(Browserless.USER_AGENT, mine.get(0).getUserAgent());
        assertNotNull(mine.get(0).getRemoteAddress());
        assertEquals(
                1,
                As.user(user, CredentialsItSupport.PASSWORD)
                        .call(() -> credentials.myRecentLogins(1))
                        .size());

        HttpResponse<String> page = browser.get("account/logins.xhtml");
        assertEquals(200, page.statusCode(), page.body());
        assertEquals(
                List.of("SUCCESS", "FAILURE", "FAILURE"), Browserless.attributeValues(page.body(), "data-outcome"));
        assertTrue(page.body().contains(OUTCOME_SUCCESS), page.body());
        assertTrue(page.body().contains(OUTCOME_FAILURE), page.body());
        assertTrue(page.body().contains(Browserless.USER_AGENT), page.body());
        assertTrue(JALALI_TIME.matcher(page.body()).find(), "times in Jalali");
    }

    @Test
    void theHolderChangesTheOwnPasswordOnThePasswordScreen_S4_27() throws Exception {
        String user = support.openAccount("change");
        Browserless browser = web();
        assertTrue(isWelcome(browser.login(user, CredentialsItSupport.PASSWORD)));

        HttpResponse<String> wrong = changePassword(browser, "Not-The-One-1", "Brand-New-1405");
        assertTrue(wrong.body().contains(WRONG_CURRENT), wrong.body());
        assertTrue(support.account(user).passwordMatches(CredentialsItSupport.PASSWORD), "unchanged");

        HttpResponse<String> changed = changePassword(browser, CredentialsItSupport.PASSWORD, "Brand-New-1405");
        assertTrue(changed.body().contains(PASSWORD_CHANGED), changed.body());

        assertTrue(isWelcome(web().login(user, "Brand-New-1405")), "the new password signs in");
        assertGenericFailure(web().login(user, CredentialsItSupport.PASSWORD));
        assertEquals(1, support.audit(user, "user.password.change").size());
    }

    @Test
    void changingThePasswordNeedsTheCallerTheCurrentPasswordAndAStrongNewOne_S4_27() throws Exception {
        String user = support.openAccount("rules");
        As holder = As.user(user, CredentialsItSupport.PASSWORD);

        assertThrows(
                NotSignedInException.class,
                () -> credentials.changeOwnPassword(CredentialsItSupport.PASSWORD, "Brand-New-1405"));
        assertThrows(
                WrongCurrentPasswordException.class,
                () -> holder.call(() -> {
                    credentials.changeOwnPassword("Not-The-One-1", "Brand-New-1405");
                    return null;
                }));
        assertThrows(
                WeakPasswordException.class,
                () -> holder.call(() -> {
                    credentials.changeOwnPassword(CredentialsItSupport.PASSWORD, "short");
                    return null;
                }));
        assertThrows(
                PasswordUnchangedException.class,
                () -> holder.call(() -> {
                    credentials.changeOwnPassword(CredentialsItSupport.PASSWORD, CredentialsItSupport.PASSWORD);
                    return null;
                }));
        assertTrue(support.account(user).passwordMatches(CredentialsItSupport.PASSWORD), "nothing changed");
    }

    @Test
    void aGeneratedPasswordMustBeChangedBeforeAnyOtherScreen_S4_27() throws Exception {
        String initial = Passwords.generate();
        String user = support.openWithInitialPassword("initial", initial);
        Browserless browser = web();

        HttpResponse<String> landed = browser.login(user, initial);
        assertTrue(
                landed.uri().getPath().endsWith("/account/password.xhtml"),
                landed.uri().toString());
        assertTrue(landed.body().contains(PASSWORD_REQUIRED), landed.body());
        for (String screen : List.of("index.xhtml", "account/logins.xhtml")) {
            HttpResponse<String> refused = browser.get(screen);
            assertEquals(302, refused.statusCode(), screen);
            assertTrue(
                    Browserless.location(refused).endsWith("/account/password.xhtml"), Browserless.location(refused));
        }

        HttpResponse<String> changed = changePassword(browser, initial, "Chosen-By-Me-1405");
        assertTrue(changed.body().contains(PASSWORD_CHANGED), changed.body());
        assertFalse(support.account(user).isPasswordChangeRequired());

        HttpResponse<String> dashboard = browser.get("index.xhtml");
        assertEquals(200, dashboard.statusCode(), dashboard.body());
        assertTrue(isWelcome(dashboard));
        assertTrue(isWelcome(web().login(user, "Chosen-By-Me-1405")), "and in the next session too");
    }

    @Test
    void failedSignInsWithAnUnknownUsernameChangeNothingAndRevealNothing_S4_27() throws Exception {
        String nobody = "cr-nobody-" + Long.toString(System.nanoTime(), 36);
        for (int i = 0; i < 6; i++) {
            assertGenericFailure(web().login(nobody, "Wrong-Pass-" + i));
        }
        assertGenericFailure(web().login("<script>alert(1)</script>", "x"));
        assertTrue(support.events(nobody).isEmpty(), "no history for an account that does not exist");
    }

    @Test
    void postingAUsernameStraightToTheLoginPageLocksNobody_S4_27() throws Exception {
        String user = support.openAccount("direct");
        Browserless browser = web();
        browser.browse("index.xhtml");
        for (int i = 0; i < 6; i++) {
            browser.post(
                    "login.xhtml?error=true", Form.of().add("j_username", user).add("j_password", "Wrong-Pass-1"));
        }
        assertEquals(0, support.account(user).getFailedAttempts());
        assertTrue(isWelcome(web().login(user, CredentialsItSupport.PASSWORD)));
    }

    @Test
    void onlyAnAdministratorMaySeeAndReleaseLocks_S4_28() throws Exception {
        As judge = As.role(Role.JUDGE);
        assertThrows(EJBAccessException.class, () -> judge.call(() -> credentials.lockedAccounts(0, 10)));
        assertThrows(EJBAccessException.class, () -> judge.call(() -> credentials.countLocked()));
        assertThrows(
                EJBAccessException.class,
                () -> judge.call(() -> {
                    credentials.release(ItUsers.username(Role.CITIZEN));
                    return null;
                }));
        assertTrue(As.role(Role.ADMIN).call(() -> credentials.countLocked()) >= 0);

        Browserless browser = web();
        assertTrue(isWelcome(browser.login(ItUsers.username(Role.JUDGE), ItUsers.PASSWORD)));
        assertEquals(403, browser.get("admin/lockouts.xhtml").statusCode());
    }

    // ---- helpers

    private Browserless web() {
        return Browserless.open(base);
    }

    /** A GET of {@link #ADMIN_API} with HTTP Basic credentials and no cookies, as an API client sends it. */
    private HttpResponse<String> basicGet(String username, String password) {
        Http api = Http.basic(base, username, password);
        return Http.send(api.request(ADMIN_API).header("Accept", Http.JSON).GET());
    }

    private void lockThroughTheLoginForm(String user) throws Exception {
        Browserless browser = web();
        for (int i = 1; i <= 5; i++) {
            browser.login(user, "Wrong-Pass-" + i);
        }
        assertTrue(support.account(user).isLockedAt(Instant.now()), "locked after five failures");
    }

    private HttpResponse<String> changePassword(Browserless browser, String current, String chosen) {
        HttpResponse<String> page = browser.get("account/password.xhtml");
        assertEquals(200, page.statusCode(), page.body());
        String action = Browserless.formAction(page.body(), "password");
        assertNotNull(action, page.body());
        HttpResponse<String> response = browser.post(
                action,
                Form.of()
                        .add("password", "password")
                        .add("password:current", current)
                        .add("password:new", chosen)
                        .add("password:confirmation", chosen)
                        .add("password:change", "")
                        .add(Browserless.VIEW_STATE, Browserless.viewState(page.body(), "password")));
        assertEquals(200, response.statusCode(), response.body());
        return response;
    }

    private static boolean isWelcome(HttpResponse<String> page) {
        return page.statusCode() == 200 && page.body().contains("id=\"welcome\"");
    }

    private static void assertGenericFailure(HttpResponse<String> page) {
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("id=\"login\""), "the login page: " + page.body());
        assertTrue(page.body().contains(LOGIN_FAILED), page.body());
        assertFalse(page.body().contains("id=\"login-locked\""), page.body());
    }

    /** The login page says the account is locked, until the lock's end in Tehran, in Jalali with Persian digits. */
    private static void assertLockedUntil(HttpResponse<String> page, Instant until) {
        assertEquals(200, page.statusCode(), page.body());
        assertFalse(page.body().contains("id=\"welcome\""), "not signed in");
        assertTrue(page.body().contains("id=\"login-locked\""), page.body());
        assertTrue(page.body().contains(LOCKED), page.body());
        assertFalse(page.body().contains(LOGIN_FAILED), "the lock message replaces the generic one");
        Matcher shown = JALALI_TIME.matcher(page.body());
        assertTrue(shown.find(), page.body());
        String clock =
                persianDigits(DateTimeFormatter.ofPattern("HH:mm").format(until.atZone(ZoneId.of("Asia/Tehran"))));
        assertTrue(shown.group().endsWith(clock), shown.group() + " ends with " + clock);
    }

    private static String persianDigits(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('۰' + (c - '0')) : c);
        }
        return out.toString();
    }

    private static List<LoginOutcome> outcomes(List<LoginEvent> events) {
        return events.stream().map(LoginEvent::getOutcome).toList();
    }

    /** The HTML of the table row that lists this username. */
    private static String row(String html, String username) {
        Matcher m = Pattern.compile("<tr\\b[^>]*\\bdata-ri=\"\\d+\"[^>]*>(?:(?!</tr>).)*</tr>", Pattern.DOTALL)
                .matcher(html);
        while (m.find()) {
            if (m.group().contains(">" + username + "<")) {
                return m.group();
            }
        }
        throw new AssertionError(username + " is not listed: " + html);
    }

    private static String rowIndex(String html, String username) {
        Matcher ri = Pattern.compile("data-ri=\"(\\d+)\"").matcher(row(html, username));
        assertTrue(ri.find());
        return ri.group(1);
    }
}
