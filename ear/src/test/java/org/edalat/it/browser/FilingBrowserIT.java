package org.edalat.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.edalat.filing.domain.TrackingCode;
import org.edalat.filing.domain.UnsupportedDocumentTypeException;
import org.edalat.it.filing.service.FilingFixture;
import org.edalat.it.support.ItUsers;
import org.edalat.platform.security.Role;
import org.edalat.platform.text.PersianDigits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The filing screens in headless Chromium, each run against a unit, an office, a clerk posted there
 * and a verified applicant of its own (FilingFixture, reached over HTTP through {@link Fixture}):
 *
 * <ul>
 *   <li>S0-4: the clerk's wizard from the applicant's identity to the filing sent: the form with its
 *       parties, the office's services prefilled with the tariff, payment through the local bank's
 *       page with a card, a PDF and a PNG scan uploaded (a text file refused in Persian), both shown
 *       in the preview, each matched against its paper, the tracking code and access secret shown;
 *   <li>S0-3: a citizen drafts on the portal, uploads a document, has the fee computed, pays at the
 *       local bank, submits, finds the filing under "my filings", and, signed out, follows it on the
 *       public status page with the tracking code and access secret and asks whether the document
 *       was filed under that code.
 * </ul>
 *
 * Screenshots go to ear/target/screenshots. Skipped without Chromium unless
 * -Dedalat.browser.required=true or CI=true.
 */
public class FilingBrowserIT extends BrowserITBase {
    private static final String CARD = "6219861034529007";
    private static final String FIXTURE_PATH = "it/filing-browser-fixture";

    /**
     * Test deployments only (this package is added to the web module of IT deployments): sets up a
     * unit, an office, a clerk posted at it and a verified applicant with the FilingFixture, the fee
     * schedule and tariff in force today, and answers their codes and usernames as {@code key=value}
     * lines.
     */
    @WebServlet("/" + FIXTURE_PATH)
    public static class Fixture extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @EJB
        private FilingFixture fixture;

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            fixture.feesInForce();
            String unit = fixture.unit();
            String office = fixture.office();
            String clerk = fixture.staff(Role.OFFICE_CLERK, null, office);
            String applicant = fixture.citizen(null, true);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter()
                    .write("unit=" + unit + "\noffice=" + office + "\nclerk=" + clerk + "\napplicant=" + applicant
                            + "\n");
        }
    }

    private Path files;

    public FilingBrowserIT() {
        super(1400, 1800);
    }

    @BeforeEach
    void makeFilesDirectory() throws IOException {
        files = Files.createTempDirectory("edalat-filing-it");
    }

    @Test
    void theOfficeWizardGoesFromIdentityCheckToSent_S0_4() throws Exception {
        Map<String, String> fx = fixture();
        Path pdf = pdf("scan-" + digits(6) + ".pdf");
        Path png = png("photo-" + digits(6) + ".png");
        Path text = Files.writeString(files.resolve("note.pdf"), "not a scan, only text", StandardCharsets.UTF_8);

        // 1. The applicant's identity (a verified SANA account) and the filing form.
        signIn(fx.get("clerk"), "office/filing.xhtml");
        waitFor(By.id("filing:applicantKey"));
        assertEquals(7, browser.findElements(By.cssSelector("[id='steps'] li")).size(), "seven steps of S0-4");
        type("filing:applicantKey", PersianDigits.toPersian(fx.get("applicant")));
        type("filing:unitCode", fx.get("unit"));
        type("filing:subject", "شکوائیه آزمون دفتر " + PersianDigits.toPersian(digits(4)));
        type("filing:body", "متن شکوائیهٔ آزمون که متقاضی در دفتر خدمات ارائه کرده است.");
        type("filing:party:0:name", "متقاضی آزمون");
        type("filing:party:0:nationalCode", fx.get("applicant"));
        type("filing:party:1:name", "مشتکی‌عنه آزمون");
        type("filing:party:1:address", "تهران، خیابان آزمون");
        // a third row added and removed again, keeping what was typed in the others
        click(By.id("filing:addParty"));
        waitFor(By.id("filing:party:2:name"));
        click(By.id("filing:party:2:remove"));
        new WebDriverWait(browser, WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.id("filing:party:2:name")).isEmpty());
        assertEquals("مشتکی‌عنه آزمون", value("filing:party:1:name"));
        click(By.id("filing:openFiling"));

        // 2. The office's services, prefilled with the tariff in force, and the judicial fee.
        waitFor(By.id("filing:computeFee"));
        assertEquals("IDENTITY_VERIFIED", stepOfFiling());
        assertEquals(
                fx.get("applicant"),
                browser.findElement(By.id("filing-applicant")).getText().strip());
        assertFalse(value("filing:item:0:asked").isBlank(), "the asked amount is the tariff");
        screenshot("filing-office-fee");
        click(By.id("filing:computeFee"));

        // 3. Payment at the local bank's page, then back and confirmed.
        waitFor(By.id("filing:payNow"));
        assertEquals("FEE_COMPUTED", stepOfFiling());
        String due = browser.findElement(By.id("amount-due")).getText().strip();
        assertFalse(due.isEmpty() || due.equals("۰"), "something is due: " + due);
        payAtTheBank(due);
        click(By.id("filing:confirmPayment"));

        // 4. Digitising: a PDF and a PNG; a text file is refused in Persian by the inspector.
        waitFor(By.id("filing:digitised"));
        assertEquals("PAID", stepOfFiling());
        upload(text);
        WebElement refused = waitForText(By.id("messages"));
        assertTrue(
                refused.getText()
                        .contains(new UnsupportedDocumentTypeException()
                                .getMessage()
                                .substring(0, 20)),
                refused.getText());
        upload(pdf);
        waitForRows(By.cssSelector("tr.document-row"), 1);
        upload(png);
        waitForRows(By.cssSelector("tr.document-row"), 2);
        screenshot("filing-office-digitised");
        click(By.id("filing:digitised"));

        // 5. Shown to the applicant: the PDF in an object, the scan as an image served by the app.
        waitFor(By.id("filing:shown"));
        assertEquals(
                1,
                browser.findElements(By.cssSelector(".document-preview object")).size());
        WebElement image = browser.findElement(By.cssSelector(".document-preview img"));
        new WebDriverWait(browser, WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> ((Number) ((JavascriptExecutor) d)
                                        .executeScript(
                                                "return arguments[0].complete ? arguments[0].naturalWidth : 0", image))
                                .intValue()
                        == 40);
        screenshot("filing-office-shown");
        click(By.id("filing:shown"));

        // 6. Each document confirmed against its paper, then matched.
        waitFor(By.id("filing:matched"));
        for (int open = 2; open > 0; open--) {
            click(By.cssSelector("[id$=':confirmMatch']"));
            int left = open - 1;
            new WebDriverWait(browser, WAIT)
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.cssSelector("[id$=':confirmMatch']"))
                                    .size()
                            == left);
        }
        assertEquals(
                2,
                browser.findElements(By.cssSelector("tr.match-row[data-matched='true']"))
                        .size());
        click(By.id("filing:matched"));

        // 7. The tracking code and the access secret, shown once.
        waitFor(By.id("filing:submit"));
        assertEquals("MATCHED", stepOfFiling());
        click(By.id("filing:submit"));
        String code = PersianDigits.toLatin(
                waitForText(By.id("tracking-code")).getText().strip());
        assertTrue(code.matches("[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{4}"), code);
        assertTrue(TrackingCode.isValid(code), code);
        assertFalse(browser.findElement(By.id("access-secret")).getText().isBlank());
        assertTrue(browser.findElement(By.id("secret-note")).getText().contains("متقاضی"));
        assertEquals("SENT", stepOfFiling());
        screenshot("filing-office-sent");

        // The office's list shows it sent, with the code.
        browser.get(base + "office/filings.xhtml");
        new WebDriverWait(browser, WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("filings:table")).getText().contains(PersianDigits.toPersian(code))
                        || d.findElement(By.id("filings:table")).getText().contains(code));
    }

    @Test
    void aCitizenFilesOnThePortalAndFollowsTheFilingSignedOutWithTheCodeAndSecret_S0_3() throws Exception {
        Map<String, String> fx = fixture();
        Path pdf = pdf("petition-" + digits(6) + ".pdf");
        Path other = pdf("other-" + digits(6) + ".pdf");

        // The request, saved as a draft.
        signIn(fx.get("applicant"), "portal/filing.xhtml");
        waitFor(By.id("filing:unitCode"));
        assertEquals(4, browser.findElements(By.cssSelector("[id='steps'] li")).size(), "the steps of S0-3");
        type("filing:unitCode", fx.get("unit"));
        type("filing:subject", "شکوائیه درگاه " + PersianDigits.toPersian(digits(4)));
        type("filing:body", "متن شکوائیه‌ای که شهروند در درگاه نوشته است.");
        type("filing:party:0:name", "شاکی درگاه");
        type("filing:party:1:name", "مشتکی‌عنه درگاه");
        click(By.id("filing:saveDraft"));

        // Its document, then the fee.
        waitFor(By.id("filing:computeFee"));
        assertEquals("DRAFTED", stepOfFiling());
        upload(pdf);
        waitForRows(By.cssSelector("tr.document-row"), 1);
        click(By.id("filing:computeFee"));

        // Paid at the local bank, confirmed, submitted.
        waitFor(By.id("filing:payNow"));
        assertEquals("FEE_COMPUTED", stepOfFiling());
        String due = browser.findElement(By.id("amount-due")).getText().strip();
        payAtTheBank(due);
        click(By.id("filing:confirmPayment"));
        waitFor(By.id("filing:submit"));
        assertEquals("PAID", stepOfFiling());
        click(By.id("filing:submit"));
        String code = PersianDigits.toLatin(
                waitForText(By.id("tracking-code")).getText().strip());
        String secret = browser.findElement(By.id("access-secret")).getText().strip();
        assertTrue(TrackingCode.isValid(code), code);
        assertFalse(secret.isEmpty());
        screenshot("filing-portal-sent");

        // Listed under "my filings", sent, with the code.
        browser.get(base + "portal/filings.xhtml");
        new WebDriverWait(browser, WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> PersianDigits.toLatin(
                                d.findElement(By.id("filings:table")).getText())
                        .contains(code));
        signOut();

        // Signed out: the public status page with the code and the secret.
        browser.get(base + "track.xhtml");
        waitFor(By.id("status:trackingCode"));
        assertTrue(browser.findElements(By.id("menu")).isEmpty(), "no sign-in, no menu");
        type("status:trackingCode", PersianDigits.toPersian(code));
        type("status:accessSecret", "ZZZZ-ZZZZ-ZZZZ");
        click(By.id("status:show"));
        WebElement notFound = waitForText(By.id("status:messages"));
        assertTrue(notFound.getText().contains("یافت نشد"), notFound.getText());
        type("status:accessSecret", secret.toLowerCase(java.util.Locale.ROOT));
        click(By.id("status:show"));
        WebElement step = waitFor(By.id("status-step"));
        assertEquals("SENT", step.getAttribute("data-step"));
        assertEquals(
                fx.get("unit"),
                browser.findElement(By.id("status-unit")).getText().strip());
        assertTrue(browser.findElement(By.id("status-kind")).getText().contains("شکوائیه"));
        assertFalse(browser.findElement(By.id("status-sent")).getText().isBlank(), "the Jalali sending date");
        screenshot("filing-track-status");

        // The authenticity inquiry: the document filed is, another one is not.
        type("authenticity:authCode", code);
        browser.findElement(By.cssSelector("form[id='authenticity'] input[type=file]"))
                .sendKeys(pdf.toString());
        new WebDriverWait(browser, WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(d ->
                        d.findElement(By.id("authenticity:chosen")).getText().contains("petition"));
        click(By.id("authenticity:inquire"));
        WebElement answer = waitFor(By.id("answer-text"));
        assertEquals("true", answer.getAttribute("data-filed"), answer.getText());
        screenshot("filing-track-authentic");
        browser.findElement(By.cssSelector("form[id='authenticity'] input[type=file]"))
                .sendKeys(other.toString());
        new WebDriverWait(browser, WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(d ->
                        d.findElement(By.id("authenticity:chosen")).getText().contains("other"));
        click(By.id("authenticity:inquire"));
        new WebDriverWait(browser, WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> "false".equals(d.findElement(By.id("answer-text")).getAttribute("data-filed")));
    }

    // ---------------------------------------------------------------------------------------------

    /** At the local bank's page: the amount due is shown, the card pays, the browser comes back. */
    private void payAtTheBank(String due) throws Exception {
        click(By.id("filing:payNow"));
        waitFor(By.id("bank:card"));
        assertTrue(browser.getCurrentUrl().contains("/bank/pay.xhtml"), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.id("stand-in")).getText().contains("جایگزین"), "labelled as the stand-in");
        assertEquals(due, browser.findElement(By.id("amount")).getText().strip(), "the bank shows the amount due");
        screenshot("filing-bank-page");
        type("bank:card", CARD);
        click(By.id("bank:pay"));
        waitFor(By.id("filing:confirmPayment"));
    }

    private String stepOfFiling() {
        return until(d -> d.findElement(By.id("filing-step")).getAttribute("data-step"));
    }

    private void upload(Path file) {
        browser.findElement(By.cssSelector("form[id='upload'] input[type=file]"))
                .sendKeys(file.toString());
    }

    private void waitForRows(By rows, int count) {
        until(d -> d.findElements(rows).size() == count);
    }

    /** A one-page PDF made unique by its title. */
    private Path pdf(String name) throws IOException {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.getDocumentInformation().setTitle("edalat IT " + name + " " + digits(12));
            document.save(out);
            return Files.write(files.resolve(name), out.toByteArray());
        }
    }

    /** A 40 × 40 PNG of a random colour. */
    private Path png(String name) throws IOException {
        BufferedImage image = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
        Color colour = new Color(RANDOM.nextInt(0xffffff));
        for (int x = 0; x < 40; x++) {
            for (int y = 0; y < 40; y++) {
                image.setRGB(x, y, (x + y) % 7 == 0 ? 0 : colour.getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return Files.write(files.resolve(name), out.toByteArray());
    }

    /** Sets up the fixture in the server (see {@link Fixture}). */
    private Map<String, String> fixture() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + FIXTURE_PATH))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .timeout(Duration.ofSeconds(60))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        Map<String, String> values = new HashMap<>();
        for (String line : response.body().split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                values.put(line.substring(0, eq), line.substring(eq + 1).strip());
            }
        }
        assertTrue(values.keySet().containsAll(List.of("unit", "office", "clerk", "applicant")), values.toString());
        return values;
    }

    /** Signs in with the fixture users' password. */
    private void signIn(String username, String page) {
        signIn(username, ItUsers.PASSWORD, page);
    }
}
