package org.edalat.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Duration;
import java.util.List;
import org.edalat.it.support.ItUsers;
import org.edalat.platform.security.Role;
import org.edalat.platform.text.PersianDigits;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person at the intranet, in headless Debian Chromium: signs in as two roles, sees the page right
 * to left in Persian with today's Jalali date in Persian digits, and only the screens of the role
 * (S4-28). Screenshots go to ear/target/screenshots. Without Chromium the test is skipped, unless
 * -Dedalat.browser.required=true or CI=true (.ci/run), where a missing browser fails it.
 */
class IntranetBrowserIT extends BrowserITBase {

    IntranetBrowserIT() {
        super(1280, 900);
    }

    @Test
    void adminSeesPersianRtlPageWithJalaliDateAndTheAdministrationMenu_S4_28() throws Exception {
        signIn(Role.ADMIN);
        WebElement html = browser.findElement(By.tagName("html"));
        assertEquals("rtl", html.getAttribute("dir"));
        assertEquals("fa", html.getAttribute("lang"));
        assertEquals("rtl", script("return getComputedStyle(document.body).direction"));

        String today = browser.findElement(By.id("today")).getText();
        assertTrue(today.contains(expectedJalaliToday()), today + " should contain " + expectedJalaliToday());
        assertTrue(today.startsWith("امروز"), today);
        assertFalse(today.matches(".*[0-9].*"), "digits are Persian: " + today);

        assertTrue(Boolean.TRUE.equals(script("return document.fonts.check('16px Vazirmatn')")), "font served");
        assertEquals(
                List.of(
                        "/index.xhtml",
                        "/units/index.xhtml",
                        "/offices/index.xhtml",
                        "/persons/index.xhtml",
                        "/fees/schedule.xhtml",
                        "/fees/tariffs.xhtml",
                        "/association/reimbursements.xhtml",
                        "/admin/users.xhtml",
                        "/admin/audit.xhtml",
                        "/admin/jobs.xhtml",
                        "/admin/lockouts.xhtml"),
                menu());
        screenshot("admin-dashboard");

        // Run the audit verification as a background job; the page polls until the run ends.
        browser.findElement(By.cssSelector("a[data-screen='/admin/jobs.xhtml']"))
                .click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.elementToBeClickable(By.id("jobs:start")))
                .click();
        // The poll re-renders the table at any moment: read it afresh on each try.
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    String runs = d.findElement(By.id("jobs:runs")).getText();
                    return runs.contains("COMPLETED") && runs.contains("INTACT");
                });
        screenshot("admin-jobs");

        browser.findElement(By.cssSelector("a[data-screen='/admin/audit.xhtml']"))
                .click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.elementToBeClickable(By.id("audit:verify")))
                .click();
        WebElement verdict = new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict")));
        assertEquals("زنجیره ممیزی سالم است.", verdict.getText());
        screenshot("admin-audit");

        // The one Jalali date input: today in Persian digits keeps today's entries, a day next year
        // leaves none, and an impossible date is refused in Persian.
        filterAuditFrom(expectedJalaliNumeric(0));
        assertFalse(auditRows().isEmpty(), "entries from today");
        filterAuditFrom(expectedJalaliNumeric(1));
        assertTrue(auditRows().isEmpty(), "no entries from next year");
        filterAuditFrom("۱۴۰۵/۱۳/۰۱");
        assertTrue(browser.getPageSource().contains("«از تاریخ»"), "Persian error naming the field");
        screenshot("admin-audit-bad-date");
    }

    @Test
    void adminOpensEveryScreenOfTheMenuWithoutAnError() throws Exception {
        signIn(Role.ADMIN);
        for (String screen : menu()) {
            browser.findElement(By.cssSelector("a[data-screen='" + screen + "']"))
                    .click();
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .ignoring(StaleElementReferenceException.class)
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#menu, .error-card")));
            assertTrue(browser.findElements(By.cssSelector(".error-card")).isEmpty(), screen + " shows an error page");
            assertTrue(
                    browser.findElement(By.cssSelector("#menu li.current a"))
                            .getAttribute("data-screen")
                            .equals(screen),
                    screen + " is the current menu entry");
            screenshot("admin" + screen.replace('/', '-').replace(".xhtml", ""));
        }
    }

    @Test
    void citizenSeesOnlyTheDashboardAndThePortal_S4_28() throws Exception {
        signIn(Role.CITIZEN);
        assertEquals("rtl", browser.findElement(By.tagName("html")).getAttribute("dir"));
        assertEquals(
                List.of(
                        "/index.xhtml",
                        "/portal/profile.xhtml",
                        "/portal/contact.xhtml",
                        "/portal/filing.xhtml",
                        "/portal/filings.xhtml"),
                menu());
        assertTrue(browser.findElement(By.id("current-roles")).getText().contains("شهروند"));
        screenshot("citizen-dashboard");

        browser.get(base + "admin/users.xhtml");
        assertTrue(browser.getPageSource().contains("شما به این صفحه دسترسی ندارید"), "403 page in Persian");
    }

    @Test
    void judgeSeesUnitsButNotOffices_S4_28() throws Exception {
        signIn(Role.JUDGE);
        assertEquals(
                List.of("/index.xhtml", "/units/index.xhtml", "/persons/index.xhtml", "/persons/register.xhtml"),
                menu());

        // English bundle and left-to-right on request, then back to Persian.
        browser.findElement(By.id("shell:language")).click();
        // The language switch reloads the page: an element found just before may go stale; read afresh.
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertEquals("ltr", browser.findElement(By.tagName("html")).getAttribute("dir"));
        assertTrue(browser.findElement(By.id("menu")).getText().contains("Judicial units"));
        browser.findElement(By.id("shell:language")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> "fa".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertTrue(browser.findElement(By.id("menu")).getText().contains("واحدهای قضایی"));

        browser.findElement(By.id("shell:logout")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.presenceOfElementLocated(By.id("login")));
    }

    private void filterAuditFrom(String jalali) {
        WebElement since = browser.findElement(By.id("audit:since"));
        since.clear();
        since.sendKeys(jalali);
        // The ajax update replaces the table element: mark the old one and wait until it is gone.
        script("document.getElementById('audit:table').dataset.stale = 'yes'");
        browser.findElement(By.id("audit:filter-apply")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> script("return document.getElementById('audit:table').dataset.stale") == null);
    }

    private List<WebElement> auditRows() {
        return browser.findElements(By.cssSelector("#audit\\:table tbody tr[data-ri]"));
    }

    private void signIn(Role role) {
        signIn(ItUsers.username(role), ItUsers.PASSWORD, "index.xhtml");
    }

    /** Today in Tehran as the page writes it: day, Persian month name, year, in Persian digits. */
    private static String expectedJalaliToday() {
        Calendar persian =
                Calendar.getInstance(TimeZone.getTimeZone("Asia/Tehran"), new ULocale("fa_IR@calendar=persian"));
        String[] months = {
            "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"
        };
        return PersianDigits.toPersian(persian.get(Calendar.DAY_OF_MONTH) + " " + months[persian.get(Calendar.MONTH)]
                + " " + persian.get(Calendar.EXTENDED_YEAR));
    }

    /** Today (plus years) in Tehran as {@code ۱۴۰۵/۰۹/۰۱}, the way a clerk types it. */
    private static String expectedJalaliNumeric(int plusYears) {
        Calendar persian =
                Calendar.getInstance(TimeZone.getTimeZone("Asia/Tehran"), new ULocale("fa_IR@calendar=persian"));
        String text = String.format(
                "%04d/%02d/%02d",
                persian.get(Calendar.EXTENDED_YEAR) + plusYears,
                persian.get(Calendar.MONTH) + 1,
                persian.get(Calendar.DAY_OF_MONTH));
        return PersianDigits.toPersian(text);
    }
}
