package org.edalat.it.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium for the browser tests. Without it a test is skipped, unless
 * {@code -Dedalat.browser.required=true} or {@code CI=true} (.ci/run), where a missing browser
 * fails it. Screenshots go to ear/target/screenshots.
 */
final class Chromium {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {}

    /** A new headless browser in Persian with a window of {@code width} × {@code height}. */
    static WebDriver start(int width, int height) throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (Boolean.getBoolean("edalat.browser.required") || "true".equals(System.getenv("CI"))) {
            assertTrue(present, "Chromium and chromedriver are required (apt-get install chromium chromium-driver)");
        }
        assumeTrue(present, "Chromium not installed: browser test skipped (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=" + width + "," + height,
                "--lang=fa",
                "--user-data-dir=" + Files.createTempDirectory("edalat-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        WebDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return browser;
    }

    /** Saves what the browser shows as target/screenshots/{@code name}.png. */
    static void screenshot(WebDriver browser, String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The screens of the menu, in order. */
    static List<String> menu(WebDriver browser) {
        return browser.findElements(By.cssSelector("#menu a.menu-link")).stream()
                .map(a -> a.getAttribute("data-screen"))
                .toList();
    }
}
