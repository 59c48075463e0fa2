package org.edalat.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.net.http.HttpResponse;
import java.util.List;
import org.edalat.it.support.Http;
import org.edalat.it.support.ItUsers;
import org.edalat.it.web.Browserless;
import org.edalat.platform.security.Role;
import org.edalat.platform.text.PersianDigits;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The fee administration screens in headless Chromium: the Association proposes an office tariff
 * version, the Center's head approves it and records the head of the judiciary's ratification decree
 * with the in-force date, and the version is listed with its whole approval chain and marked as the
 * version in force today (S0-13: it has the demo tariff's amounts, so no other test's charges
 * change, as TariffApprovalIT's versions in force today do not); the
 * Center's deputy for electronic services enters a new version of the judicial service fee schedule
 * with two brackets, sees a date that is not in the future refused in Persian next to the field with
 * everything typed kept, then the version listed and its rules, and withdraws it before it is in force
 * (S0-3). Over plain HTTP, a citizen is refused both screens and the Association the fee schedule
 * (S4-28). The schedule and the tariff book are shared by every run against the one database, so ids
 * are random and dates far in the future. Screenshots go to ear/target/screenshots. Skipped without
 * Chromium unless -Dedalat.browser.required=true or CI=true.
 */
class FeeAdministrationBrowserIT extends BrowserITBase {

    FeeAdministrationBrowserIT() {
        super(1400, 1600);
    }

    @Test
    void theAssociationProposesTheCenterHeadApprovesAndRecordsTheRatificationWithTheWholeChainListed_S0_13()
            throws Exception {
        String id = "T-BR-" + digits(9);
        String reference = "ک/" + PersianDigits.toPersian(digits(5));
        String decreeNumber = "9000/" + digits(6);
        String inForce = jalaliToday();

        // The Association: the proposal form, no buttons of the Center's head's steps.
        signIn(Role.ASSOCIATION, "fees/tariffs.xhtml");
        waitFor(By.id("propose:id"));
        assertTrue(browser.findElements(By.cssSelector("[id$=':approve'], [id$=':ratify']"))
                .isEmpty());
        type("propose:id", id);
        type("propose:reference", reference);
        // The demo tariff's amounts: in force from today, this version changes no one's charges.
        type(By.cssSelector("input[data-service='FILING_COMPLAINT']"), "۲٬۵۰۰٬۰۰۰");
        type(By.cssSelector("input[data-service='FILING_PETITION']"), "3,000,000");
        type(By.cssSelector("input[data-service='FILING_SUBMISSION']"), "1500000");
        type(By.cssSelector("input[data-service='DOCUMENT_DIGITISATION']"), "۵۰۰۰۰");
        type(By.cssSelector("input[data-service='IDENTITY_VERIFICATION']"), "400000");
        browser.findElement(By.id("propose:submit")).click();
        waitForState(id, "PROPOSED");
        String proposedChain =
                row(id).findElement(By.cssSelector(".tariff-chain")).getText();
        assertTrue(proposedChain.contains(ItUsers.username(Role.ASSOCIATION)), proposedChain);
        assertTrue(proposedChain.contains("کانون دفاتر"), "the role: " + proposedChain);
        assertTrue(proposedChain.contains(reference), "the Association's letter: " + proposedChain);
        String items = row(id).findElement(By.cssSelector(".tariff-items")).getText();
        for (String amount : List.of("۲٬۵۰۰٬۰۰۰", "۳٬۰۰۰٬۰۰۰", "۱٬۵۰۰٬۰۰۰", "۵۰٬۰۰۰", "۴۰۰٬۰۰۰")) {
            assertTrue(items.contains(amount), amount + " in " + items);
        }
        assertEquals("", value("propose:id"), "the form is cleared");
        screenshot("fees-tariff-proposed");

        // The same id again is refused in Persian next to the field, keeping what was typed.
        type("propose:id", id);
        type(By.cssSelector("input[data-service='FILING_PETITION']"), "3000000");
        browser.findElement(By.id("propose:submit")).click();
        WebElement exists = waitForText(By.id("propose:id-message"));
        assertTrue(exists.getText().contains("پیش‌تر پیشنهاد شده"), exists.getText());
        assertEquals(id, value("propose:id"));
        signOut();

        // The Center's head: approves, then records the ratification decree.
        signIn(Role.CENTER_HEAD, "fees/tariffs.xhtml");
        waitFor(By.id("tariffs:table"));
        assertTrue(browser.findElements(By.id("propose:id")).isEmpty(), "only the Association proposes");
        filterBy("tariffs", id);
        assertTrue(row(id).findElements(By.cssSelector("[id$=':ratify']")).isEmpty(), "not approved yet");
        row(id).findElement(By.cssSelector("[id$=':approve']")).click();
        waitForState(id, "APPROVED");
        assertTrue(row(id).findElements(By.cssSelector("[id$=':approve']")).isEmpty(), "approved once");
        row(id).findElement(By.cssSelector("[id$=':ratify']")).click();
        waitFor(By.id("decide:decreeNumber"));
        assertEquals(id, browser.findElement(By.id("acting-on")).getText().strip());
        type("decide:decreeNumber", decreeNumber);
        type("decide:decreeDate", "۱۴۰۳/۰۱/۱۵");
        // A tariff is not in force before the day it is ratified: refused next to the in-force date.
        type("decide:inForceFrom", "۱۴۰۰/۰۱/۰۱");
        browser.findElement(By.id("decide:confirm")).click();
        WebElement retroactive = waitForText(messageOf("decide:inForceFrom"));
        assertTrue(retroactive.getText().contains("نمی‌تواند پیش از روز تصویب"), retroactive.getText());
        assertEquals(decreeNumber, value("decide:decreeNumber"), "the decree number is kept");
        assertEquals("APPROVED", state(id));
        screenshot("fees-tariff-retroactive-refused");
        type("decide:inForceFrom", inForce);
        browser.findElement(By.id("decide:confirm")).click();
        waitForState(id, "RATIFIED");
        new WebDriverWait(browser, WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.id("decide:decreeNumber")).isEmpty());

        // Listed with the whole chain: who, in which role, when, the letter and the decree.
        WebElement ratified = row(id);
        List<WebElement> steps = ratified.findElements(By.cssSelector("li.tariff-step"));
        assertEquals(
                List.of("PROPOSED", "APPROVED", "RATIFIED"),
                steps.stream().map(s -> s.getAttribute("data-reached")).toList());
        assertTrue(
                steps.get(0).getText().contains(ItUsers.username(Role.ASSOCIATION)),
                steps.get(0).getText());
        assertTrue(steps.get(0).getText().contains(reference), steps.get(0).getText());
        assertTrue(
                steps.get(1).getText().contains(ItUsers.username(Role.CENTER_HEAD)),
                steps.get(1).getText());
        assertTrue(steps.get(1).getText().contains("رئیس مرکز"), steps.get(1).getText());
        String decree = steps.get(2).getText();
        assertTrue(decree.contains("تصویب رئیس قوه قضائیه"), decree);
        assertTrue(decree.contains(ItUsers.username(Role.CENTER_HEAD)), "recorded by the Center's head: " + decree);
        assertTrue(decree.contains(decreeNumber), decree);
        assertTrue(decree.contains("۱۴۰۳/۰۱/۱۵"), "the decree's date: " + decree);
        for (WebElement step : steps) {
            assertTrue(step.findElements(By.cssSelector("time.edalat-jalali")).size() >= 1, "when: " + step.getText());
        }
        assertTrue(
                ratified.findElement(By.cssSelector(".tariff-in-force-from"))
                        .getText()
                        .contains(inForce),
                "in force from the day given");
        // Ratified last and in force from today: the version in force today, marked as such.
        assertTrue(ratified.getAttribute("class").contains("tariff-in-force"), ratified.getAttribute("class"));
        assertEquals(
                1,
                ratified.findElements(By.cssSelector("[data-in-force-today]")).size());
        assertTrue(
                ratified.findElements(By.cssSelector("[id$=':approve'], [id$=':ratify'], [id$=':reject']"))
                        .isEmpty(),
                "nothing left to decide");
        screenshot("fees-tariff-ratified");
        signOut();

        // The services deputy sees the chain but no step of it.
        signIn(Role.SERVICES_DEPUTY, "fees/tariffs.xhtml");
        filterBy("tariffs", id);
        assertEquals("RATIFIED", state(id));
        assertEquals(3, row(id).findElements(By.cssSelector("li.tariff-step")).size());
        assertTrue(browser.findElements(By.id("propose:id")).isEmpty());
        assertTrue(browser.findElements(By.cssSelector("[id$=':approve'], [id$=':reject']"))
                .isEmpty());

        // The same version the API gives as in force today.
        HttpResponse<String> today = Http.as(base, Role.OFFICE_CLERK).get("api/v1/tariffs/in-force");
        assertEquals(200, today.statusCode(), today.body());
        assertTrue(today.body().contains("\"id\":\"" + id + "\""), today.body());
        assertEquals(
                1, row(id).findElements(By.cssSelector("[data-in-force-today]")).size());
    }

    @Test
    void theServicesDeputyEntersAFeeScheduleVersionWithTwoBracketsAndWithdrawsItBeforeItIsInForce_S0_3()
            throws Exception {
        String id = "FS-BR-" + digits(9);
        String from = farFutureJalali();

        signIn(Role.SERVICES_DEPUTY, "fees/schedule.xhtml");
        waitFor(By.id("entry:id"));
        type("entry:id", id);
        type("entry:effectiveFrom", "۱۴۰۰/۰۱/۰۱"); // not after today
        type(By.cssSelector("input[data-kind='CRIMINAL_COMPLAINT']"), "۱٬۲۰۰٬۰۰۰");
        type(By.cssSelector("input[data-kind='SUBMISSION']"), "300000");
        assertEquals(1, bracketRows(), "one open bracket to start with");
        browser.findElement(By.id("entry:brackets:add")).click();
        new WebDriverWait(browser, WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> bracketRows() == 2);
        type("entry:brackets:0:upTo", "200,000,000");
        type("entry:brackets:0:percent", "۲٫۵");
        type("entry:brackets:1:percent", "3");
        type("entry:minimum", "100000");
        browser.findElement(By.id("entry:submit")).click();

        // Refused in Persian next to the date; everything typed is kept.
        WebElement notFuture = waitForText(messageOf("entry:effectiveFrom"));
        assertTrue(notFuture.getText().contains("پس از امروز"), notFuture.getText());
        assertFalse(notFuture.getText().contains("Exception"), notFuture.getText());
        assertEquals(id, value("entry:id"));
        assertEquals(2, bracketRows());
        assertEquals("200000000", digitsOf(value("entry:brackets:0:upTo")));
        assertEquals(
                "2.5", PersianDigits.toLatin(value("entry:brackets:0:percent")).replace('٫', '.'));
        assertEquals("1200000", digitsOf(value(By.cssSelector("input[data-kind='CRIMINAL_COMPLAINT']"))));
        screenshot("fees-schedule-refused");

        type("entry:effectiveFrom", from);
        browser.findElement(By.id("entry:submit")).click();

        // The version's rules are shown: the fixed fees and the two brackets with their edges.
        WebElement shownId = waitFor(By.id("detail-id"));
        assertEquals(id, shownId.getText().strip());
        assertEquals("FUTURE", browser.findElement(By.id("detail-status")).getAttribute("data-status"));
        List<WebElement> brackets = browser.findElements(By.cssSelector(".detail-bracket"));
        assertEquals(2, brackets.size());
        String first = brackets.get(0).getText();
        assertTrue(first.contains("۰") && first.contains("۲۰۰٬۰۰۰٬۰۰۰") && first.contains("۲٫۵"), first);
        String second = brackets.get(1).getText();
        assertTrue(second.contains("۲۰۰٬۰۰۰٬۰۰۰") && second.contains("بی‌سقف") && second.contains("۳"), second);
        assertTrue(
                browser.findElement(By.cssSelector(".detail-minimum")).getText().contains("۱۰۰٬۰۰۰"));
        String fixed = browser.findElement(By.id("detail-fixed")).getText();
        assertTrue(fixed.contains("شکوائیه") && fixed.contains("۱٬۲۰۰٬۰۰۰"), fixed);
        assertTrue(fixed.contains("لایحه") && fixed.contains("۳۰۰٬۰۰۰"), fixed);
        assertEquals("", value("entry:id"), "the form is cleared");
        screenshot("fees-schedule-entered");

        // Listed, in Jalali, as a future version that may still be withdrawn.
        filterBy("versions", id);
        WebElement listed = versionRow(id);
        assertTrue(listed.getText().contains(from), listed.getText());
        assertEquals(
                "FUTURE", listed.findElement(By.cssSelector("[data-status]")).getAttribute("data-status"));
        versionRow(id).findElement(By.cssSelector("[id$=':withdraw']")).click();
        new WebDriverWait(browser, WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.xpath(versionRowXpath(id))).isEmpty());
        assertTrue(waitForText(By.id("page-messages")).getText().contains("پس گرفته شد"));
        assertTrue(browser.findElements(By.id("detail-id")).isEmpty(), "the withdrawn version is not shown");
    }

    @Test
    void aCitizenIsRefusedBothScreensAndTheAssociationTheFeeSchedule_S4_28() {
        Browserless citizen = Browserless.open(base);
        citizen.login(ItUsers.username(Role.CITIZEN), ItUsers.PASSWORD);
        for (String page : List.of("fees/schedule.xhtml", "fees/tariffs.xhtml")) {
            HttpResponse<String> refused = citizen.get(page);
            assertEquals(403, refused.statusCode(), page + ": " + refused.body());
            assertTrue(refused.body().contains("id=\"error-403\""), refused.body());
            assertFalse(refused.body().contains("id=\"entry\""), "no fee schedule form");
            assertFalse(refused.body().contains("id=\"tariffs\""), "no tariff table");
        }

        Browserless association = Browserless.open(base);
        association.login(ItUsers.username(Role.ASSOCIATION), ItUsers.PASSWORD);
        assertEquals(403, association.get("fees/schedule.xhtml").statusCode());
        HttpResponse<String> tariffs = association.get("fees/tariffs.xhtml");
        assertEquals(200, tariffs.statusCode(), tariffs.body());
        assertTrue(tariffs.body().contains("id=\"propose\""), "the Association's proposal form");
    }

    // ---------------------------------------------------------------------------------------------

    private void signIn(Role role, String page) {
        signIn(ItUsers.username(role), ItUsers.PASSWORD, page);
        assertTrue(menu().contains("/" + page), "the menu offers the screen: " + menu());
    }

    /** Filters the table of {@code form} by id and waits until only matching rows are left. */
    private void filterBy(String form, String id) {
        type(form + ":filter", id);
        // The ajax update replaces the table: mark the old one, then read only the new one.
        String table = form + ":table";
        script("document.getElementById('" + table + "').dataset.stale = 'yes'");
        browser.findElement(By.id(form + ":filter-apply")).click();
        until(d -> {
            if (!Boolean.TRUE.equals(script("var t = document.getElementById('" + table
                    + "'); return t != null && t.dataset.stale === undefined;"))) {
                return false;
            }
            List<WebElement> ids = d.findElements(
                    By.cssSelector("[id='" + table + "'] [data-tariff], [id='" + table + "'] [data-version]"));
            return !ids.isEmpty()
                    && ids.stream().allMatch(e -> {
                        String shown = e.getAttribute(form.equals("tariffs") ? "data-tariff" : "data-version");
                        return shown.contains(id);
                    });
        });
    }

    private static String rowXpath(String id) {
        return "//tr[.//span[@data-tariff='" + id + "']]";
    }

    private WebElement row(String id) {
        return waitFor(By.xpath(rowXpath(id)));
    }

    private String state(String id) {
        return browser.findElement(By.xpath(rowXpath(id) + "//span[@data-state]"))
                .getAttribute("data-state");
    }

    private void waitForState(String id, String state) {
        until(d -> !d.findElements(By.xpath(rowXpath(id))).isEmpty() && state.equals(state(id)));
    }

    private static String versionRowXpath(String id) {
        return "//*[@id='versions:table']//tr[.//span[@data-version='" + id + "']]";
    }

    private WebElement versionRow(String id) {
        return waitFor(By.xpath(versionRowXpath(id)));
    }

    private int bracketRows() {
        return browser.findElements(By.cssSelector("input[id^='entry:brackets:'][id$=':percent']"))
                .size();
    }

    /** The message shown next to an input: the {@code p:message} that follows it in its field. */
    private static By messageOf(String inputId) {
        return By.xpath("//*[@id='" + inputId + "']/following-sibling::*[contains(@class,'ui-message')]");
    }

    private static String digitsOf(String text) {
        return PersianDigits.toLatin(text).replaceAll("[^0-9]", "");
    }

    /** Today in Tehran as {@code ۱۴۰۵/۰۹/۰۱}, the way it is typed and shown. */
    private static String jalaliToday() {
        Calendar persian =
                Calendar.getInstance(TimeZone.getTimeZone("Asia/Tehran"), new ULocale("fa_IR@calendar=persian"));
        return PersianDigits.toPersian(String.format(
                "%04d/%02d/%02d",
                persian.get(Calendar.EXTENDED_YEAR),
                persian.get(Calendar.MONTH) + 1,
                persian.get(Calendar.DAY_OF_MONTH)));
    }

    /** A Jalali day of the 18th and 19th Jalali centuries, as typed and shown: {@code ۱۷۵۳/۰۴/۱۲}. */
    private static String farFutureJalali() {
        return PersianDigits.toPersian(String.format(
                "%04d/%02d/%02d", 1700 + RANDOM.nextInt(300), 1 + RANDOM.nextInt(12), 1 + RANDOM.nextInt(28)));
    }
}
