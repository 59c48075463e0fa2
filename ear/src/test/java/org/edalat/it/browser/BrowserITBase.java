package org.edalat.it.browser;

import java.io.IOException;
import java.net.URL;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.edalat.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every browser IT shares: the EAR deployed and driven from outside ({@code testable = false}),
 * a fresh headless {@link Chromium} for each test, quit after it, signing in and out on the login
 * form, and waits, typing and reading helpers. Every wait reads its element afresh on each try and
 * ignores {@link StaleElementReferenceException}: an ajax update may replace an element while it is
 * read. Skipped without Chromium unless -Dedalat.browser.required=true or CI=true.
 */
@ExtendWith(ArquillianExtension.class)
abstract class BrowserITBase {
    static final SecureRandom RANDOM = new SecureRandom();
    static final Duration WAIT = Duration.ofSeconds(30);

    private final int width;
    private final int height;

    @ArquillianResource
    URL base;

    WebDriver browser;

    /** A browser window of {@code width} × {@code height} for each test. */
    BrowserITBase(int width, int height) {
        this.width = width;
        this.height = height;
    }

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Chromium.start(width, height);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Opens {@code page}, which asks to sign in, and signs in there. */
    void signIn(String username, String password, String page) {
        browser.get(base + page);
        waitFor(By.id("login"));
        submitLogin(username, password);
    }

    /** Fills in and submits the login form shown, and waits for the menu. */
    void submitLogin(String username, String password) {
        browser.findElement(By.id("j_username")).sendKeys(username);
        browser.findElement(By.id("j_password")).sendKeys(password);
        browser.findElement(By.id("login-submit")).click();
        waitFor(By.id("menu"));
    }

    void signOut() {
        browser.findElement(By.id("shell:logout")).click();
        waitFor(By.id("login"));
    }

    /** Waits up to {@link #WAIT} until {@code condition} is neither null nor false, ignoring stale elements. */
    <T> T until(Function<? super WebDriver, T> condition) {
        return new WebDriverWait(browser, WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    WebElement waitFor(By by) {
        return until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    WebElement waitForText(By by) {
        // An ajax update may replace the element while it is read: read it afresh on each try.
        until(d -> d.findElements(by).stream().anyMatch(e -> !e.getText().isBlank()));
        return browser.findElement(by);
    }

    void click(By by) {
        until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    void type(String id, String text) {
        type(By.id(id), text);
    }

    void type(By by, String text) {
        WebElement field = waitFor(by);
        field.clear();
        field.sendKeys(text);
    }

    String value(String id) {
        return value(By.id(id));
    }

    String value(By by) {
        return browser.findElement(by).getAttribute("value");
    }

    /** The screens of the menu, in order. */
    List<String> menu() {
        return Chromium.menu(browser);
    }

    Object script(String js) {
        return ((JavascriptExecutor) browser).executeScript(js);
    }

    void screenshot(String name) throws IOException {
        Chromium.screenshot(browser, name);
    }

    /** {@code n} random decimal digits. */
    static String digits(int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append(RANDOM.nextInt(10));
        }
        return text.toString();
    }
}
