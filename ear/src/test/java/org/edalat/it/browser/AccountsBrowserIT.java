package org.edalat.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.edalat.accounts.domain.InvalidNationalCodeException;
import org.edalat.it.support.ItUsers;
import org.edalat.platform.security.Role;
import org.edalat.platform.text.PersianDigits;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The accounts screens in headless Chromium: an office clerk registers a person at the person's
 * request after checking the documents (S0-4), which makes the registration final (S4-10), hands
 * over the initial password from the slip, and the person signs in on the portal with the national
 * code (S4-27), changes the generated password and sees the verified status; a person who registers
 * on the portal stays pending until a clerk verifies the identity at an office; a malformed national
 * code is refused in Persian next to the field, keeping everything else typed (S4-9). Every run uses
 * fresh random national codes. Screenshots go to ear/target/screenshots. Skipped without Chromium
 * unless -Dedalat.browser.required=true or CI=true.
 */
class AccountsBrowserIT extends BrowserITBase {
    private static final String NEW_PASSWORD = "Portal-Pass-1405";

    AccountsBrowserIT() {
        super(1280, 1400);
    }

    @Test
    void clerkRegistersAndVerifiesAPersonWhoThenSignsInOnThePortal_S0_4_S4_10() throws Exception {
        String code = randomNationalCode();
        String lastName = "آزمون" + PersianDigits.toPersian(String.valueOf(RANDOM.nextInt(1_000_000)));

        // The clerk: the register page is the office path (requester, signed request, documents checked).
        signIn(ItUsers.username(Role.OFFICE_CLERK), ItUsers.PASSWORD, "persons/register.xhtml");
        waitFor(By.id("register:office"));
        assertTrue(browser.findElements(By.id("register:unit")).isEmpty(), "no unit path for an office clerk");
        type("register:nationalCode", PersianDigits.toPersian(code)); // Persian digits are accepted
        type("register:birthDate", "۱۳۶۵/۰۳/۱۵");
        type("register:firstName", "مریم");
        type("register:lastName", lastName);
        type("register:mobile", "0912" + digits(7));
        type("register:requesterKey", code);
        type("register:requestReference", "REQ-" + digits(6));

        // S0-4: without the documents checked against the originals the office does not register.
        browser.findElement(By.id("register:submit")).click();
        WebElement documentsMessage = waitForText(By.id("register:documentsChecked-message"));
        assertTrue(documentsMessage.getText().contains("مدارک"), documentsMessage.getText());
        assertEquals(code, PersianDigits.toLatin(value("register:nationalCode")), "the typed code is kept");

        tick("register:documentsChecked");
        browser.findElement(By.id("register:submit")).click();
        WebElement password = waitFor(By.id("slip-password"));
        String initialPassword = password.getText().strip();
        assertFalse(initialPassword.isEmpty(), "the slip shows the initial password");
        assertEquals(code, browser.findElement(By.id("slip-username")).getText().strip());
        assertTrue(browser.findElement(By.id("slip-name")).getText().contains(lastName));
        screenshot("accounts-clerk-slip");

        // The person's page: verified at the office by the clerk, at the person's own request (S0-40.b).
        browser.findElement(By.id("register:slip-view")).click();
        WebElement status = waitFor(By.id("person-status"));
        assertEquals("VERIFIED", status.getAttribute("data-status"));
        assertEquals("هویت احرازشده", status.getText().strip());
        String verification = browser.findElement(By.id("person-verification")).getText();
        assertTrue(verification.contains("بررسی مدارک در دفتر خدمات"), verification);
        assertTrue(verification.contains(ItUsers.username(Role.OFFICE_CLERK)), verification);
        assertTrue(browser.findElement(By.id("person-requester")).getText().contains(code));
        assertTrue(browser.findElement(By.id("person-birth-date")).getText().contains("۱۵ خرداد ۱۳۶۵"));
        List<WebElement> versions =
                browser.findElements(By.cssSelector("[id='historyForm:history'] tbody tr[data-ri]"));
        assertEquals(1, versions.size(), "one contact version");
        assertTrue(versions.get(0).getText().contains("۱"), versions.get(0).getText());
        assertTrue(
                versions.get(0).getText().contains("دفتر خدمات"),
                versions.get(0).getText());
        assertTrue(browser.findElements(By.id("verify:submit")).isEmpty(), "nothing left to verify");
        screenshot("accounts-clerk-view");
        signOut();

        // The person on the portal: username = national code, the initial password from the slip.
        signIn(code, initialPassword, "portal/profile.xhtml");
        if (browser.getCurrentUrl().contains("/account/password.xhtml")
                || !browser.findElements(By.id("password:current")).isEmpty()) {
            // S4-27: a generated password is changed before anything else.
            type("password:current", initialPassword);
            type("password:new", NEW_PASSWORD);
            type("password:confirmation", NEW_PASSWORD);
            browser.findElement(By.id("password:change")).click();
            waitFor(By.id("password:to-dashboard"));
            browser.get(base + "portal/profile.xhtml");
        }
        WebElement own = waitFor(By.id("person-status"));
        assertEquals("VERIFIED", own.getAttribute("data-status"));
        assertEquals("هویت احرازشده", own.getText().strip());
        assertTrue(browser.findElement(By.id("person-name")).getText().contains(lastName));
        assertTrue(browser.findElements(By.id("verifyOnline:submit")).isEmpty(), "no verification form when verified");
        assertTrue(menu().contains("/portal/profile.xhtml"), menu().toString());
        screenshot("accounts-portal-profile");

        // The person changes the own mobile: a new version in force from now, the first one kept.
        browser.findElement(By.id("to-contact")).click();
        String newMobile = "0935" + digits(7);
        type("contact:mobile", newMobile);
        browser.findElement(By.id("contact:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> "۲"
                        .equals(d.findElement(By.id("current-version"))
                                .getText()
                                .strip()));
        assertEquals(newMobile, value("contact:mobile"));
        browser.findElement(By.id("contact:to-profile")).click();
        assertEquals(newMobile, waitFor(By.id("current-mobile")).getText().strip());
        assertEquals(
                2,
                browser.findElements(By.cssSelector("[id='historyForm:history'] tbody tr[data-ri]"))
                        .size());
    }

    @Test
    void selfRegisteredPersonStaysPendingUntilAClerkVerifiesAtTheOffice_S4_10_S0_4() throws Exception {
        String code = randomNationalCode();
        String lastName = "درگاه" + PersianDigits.toPersian(String.valueOf(RANDOM.nextInt(1_000_000)));

        // Public self-registration, linked from the login page.
        browser.get(base + "index.xhtml");
        waitFor(By.id("login"));
        browser.findElement(By.cssSelector("a[href*='portal/register.xhtml']")).click();
        waitFor(By.id("selfRegister:nationalCode"));
        assertTrue(browser.findElement(By.id("pending-hint")).getText().contains("احراز هویت"));
        type("selfRegister:nationalCode", code);
        type("selfRegister:birthDate", "1370/11/22");
        type("selfRegister:firstName", "رضا");
        type("selfRegister:lastName", lastName);
        type("selfRegister:email", "r" + digits(8) + "@example.ir");
        type("selfRegister:password", NEW_PASSWORD);
        type("selfRegister:passwordRepeat", NEW_PASSWORD);
        browser.findElement(By.id("selfRegister:submit")).click();
        assertEquals(code, waitFor(By.id("registered-username")).getText().strip());
        screenshot("accounts-self-registered");

        // Signed in, the person sees the registration pending, with the online verification form (S0-48).
        browser.findElement(By.id("selfRegister:to-login")).click();
        waitFor(By.id("login"));
        submitLogin(code, NEW_PASSWORD);
        WebElement pending = waitFor(By.id("person-status"));
        assertEquals("PENDING_VERIFICATION", pending.getAttribute("data-status"));
        // Names the civil registry does not confirm: refused in Persian, nothing changes.
        type("verifyOnline:birthDate", "1370/11/22");
        type("verifyOnline:firstName", "نام");
        type("verifyOnline:lastName", "نادرست");
        browser.findElement(By.id("verifyOnline:submit")).click();
        WebElement refusal = waitForText(By.id("page-messages"));
        assertTrue(refusal.getText().contains("هویت احراز نشد"), refusal.getText());
        assertEquals(
                "PENDING_VERIFICATION",
                browser.findElement(By.id("person-status")).getAttribute("data-status"));
        screenshot("accounts-online-refused");
        signOut();

        // The clerk finds the person by national code and verifies the identity against the documents.
        signIn(ItUsers.username(Role.OFFICE_CLERK), ItUsers.PASSWORD, "persons/index.xhtml");
        type("persons:query", PersianDigits.toPersian(code));
        browser.findElement(By.id("persons:search")).click();
        // The ajax update replaces the table (it may still hold an earlier page for a moment): find this
        // person's link afresh and click it on each try, so a table replaced in between is tried again.
        until(d -> {
            d.findElements(By.cssSelector("[id='persons:table'] a.person-link")).stream()
                    .filter(a -> a.getText().strip().equals(code))
                    .findFirst()
                    .orElseThrow(() -> new StaleElementReferenceException("not listed yet"))
                    .click();
            return true;
        });
        assertEquals("PENDING_VERIFICATION", waitFor(By.id("person-status")).getAttribute("data-status"));
        type("verify:verifyReference", "VER-" + digits(6));
        tick("verify:verifyDocumentsChecked");
        browser.findElement(By.id("verify:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(d ->
                        "VERIFIED".equals(d.findElement(By.id("person-status")).getAttribute("data-status")));
        assertTrue(browser.findElement(By.id("person-verification")).getText().contains("بررسی مدارک در دفتر خدمات"));
        screenshot("accounts-clerk-verified");
    }

    @Test
    void malformedNationalCodeIsRefusedNextToTheFieldKeepingEverythingTyped_S4_9() throws Exception {
        signIn(ItUsers.username(Role.OFFICE_CLERK), ItUsers.PASSWORD, "persons/register.xhtml");
        waitFor(By.id("register:nationalCode"));
        String mobile = "0935" + digits(7);
        String reference = "REQ-" + digits(6);
        type("register:nationalCode", "12345");
        type("register:birthDate", "۱۳۶۰/۰۱/۰۱");
        type("register:firstName", "سارا");
        type("register:lastName", "نمونه");
        type("register:mobile", mobile);
        type("register:city", "تبریز");
        type("register:requesterKey", "12345");
        type("register:requestReference", reference);
        tick("register:documentsChecked");
        browser.findElement(By.id("register:submit")).click();

        WebElement message = waitForText(By.id("register:nationalCode-message"));
        String expected = new InvalidNationalCodeException(InvalidNationalCodeException.Reason.MALFORMED).getMessage();
        assertEquals(expected, message.getText().strip(), "the Persian message next to the field");
        assertTrue(
                browser.findElement(By.id("register:nationalCode"))
                        .getAttribute("class")
                        .contains("ui-state-error"),
                "the field is marked");
        assertEquals("12345", value("register:nationalCode"));
        assertEquals("۱۳۶۰/۰۱/۰۱", value("register:birthDate"));
        assertEquals("سارا", value("register:firstName"));
        assertEquals("نمونه", value("register:lastName"));
        assertEquals(mobile, value("register:mobile"));
        assertEquals("تبریز", value("register:city"));
        assertEquals("12345", value("register:requesterKey"));
        assertEquals(reference, value("register:requestReference"));
        assertTrue(
                browser.findElement(By.cssSelector("[id='register:documentsChecked'] input"))
                        .isSelected(),
                "the box stays ticked");
        assertTrue(browser.findElements(By.id("slip-password")).isEmpty(), "nothing registered");
        screenshot("accounts-bad-national-code");
    }

    // ---------------------------------------------------------------------------------------------

    @Test
    void clerkResetsAForgottenPasswordOnlyWithTheDocumentsCheckedAgain_S4_27() throws Exception {
        String code = randomNationalCode();
        signIn(ItUsers.username(Role.OFFICE_CLERK), ItUsers.PASSWORD, "persons/register.xhtml");
        type("register:nationalCode", code);
        type("register:birthDate", "۱۳۷۰/۰۱/۰۱");
        type("register:firstName", "پرویز");
        type("register:lastName", "فراموش‌کار");
        type("register:requesterKey", code);
        type("register:requestReference", "REQ-" + digits(6));
        tick("register:documentsChecked");
        browser.findElement(By.id("register:submit")).click();
        String initialPassword = waitFor(By.id("slip-password")).getText().strip();
        browser.findElement(By.id("register:slip-view")).click();

        // S4-27: no new password without the identity documents checked again.
        type("reset:resetReference", "REQ-PW-" + digits(5));
        browser.findElement(By.id("reset:submit")).click();
        WebElement refused = waitForText(By.id("reset:resetDocumentsChecked-message"));
        assertTrue(refused.getText().contains("مدارک"), refused.getText());
        assertTrue(browser.findElements(By.id("reset-password")).isEmpty(), "no password issued");

        tick("reset:resetDocumentsChecked");
        browser.findElement(By.id("reset:submit")).click();
        String issued = waitFor(By.id("reset-password")).getText().strip();
        assertFalse(issued.isEmpty());
        assertFalse(issued.equals(initialPassword), "a new password");
        screenshot("accounts-clerk-reset");
        signOut();

        // The person signs in with the new password and must choose an own one first.
        signIn(code, issued, "portal/profile.xhtml");
        waitFor(By.id("password:current"));
        assertTrue(browser.getCurrentUrl().contains("/account/password.xhtml"), browser.getCurrentUrl());
    }

    @Test
    void theLoginPageOffersTheOnlinePasswordReset_S4_27() {
        browser.get(base + "login.xhtml");
        browser.findElement(By.id("forgot")).click();
        waitFor(By.id("reset:nationalCode"));
        type("reset:nationalCode", randomNationalCode());
        type("reset:birthDate", "۱۳۶۰/۰۱/۰۱");
        type("reset:firstName", "ناشناس");
        type("reset:lastName", "ناشناس");
        type("reset:password", NEW_PASSWORD);
        type("reset:passwordRepeat", NEW_PASSWORD);
        browser.findElement(By.id("reset:submit")).click();
        WebElement refused =
                waitForText(By.cssSelector("[id='reset:messages'], .ui-messages-error, .ui-message-error"));
        assertTrue(refused.getText().contains("هویت"), refused.getText());
        assertTrue(browser.findElements(By.id("reset-done")).isEmpty(), "nothing reset for an unknown person");
    }

    /** Ticks a PrimeFaces checkbox (its visible box, not the hidden input) unless ticked already. */
    private void tick(String id) {
        WebElement input = browser.findElement(By.cssSelector("[id='" + id + "'] input"));
        if (!input.isSelected()) {
            browser.findElement(By.cssSelector("[id='" + id + "'] .ui-chkbox-box"))
                    .click();
        }
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(d ->
                        d.findElement(By.cssSelector("[id='" + id + "'] input")).isSelected());
    }

    /** A valid national code: nine random digits (not all one digit) and the mod-11 check digit. */
    static String randomNationalCode() {
        while (true) {
            StringBuilder code = new StringBuilder(digits(9));
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (code.charAt(i) - '0') * (10 - i);
            }
            int r = sum % 11;
            code.append(r < 2 ? r : 11 - r);
            if (code.chars().distinct().count() > 1) {
                return code.toString();
            }
        }
    }
}
