package dev.claimcheck.server;

import dev.claimcheck.model.Article;
import dev.claimcheck.report.HeadlessChromium;
import dev.claimcheck.report.VerificationReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The editor's page as an editor uses it, in Debian's headless Chromium against a real server on loopback: paste
 * the seed article, press Check, read the report inline; the page and the report run under the server's strict
 * Content-Security-Policy, so a report script blocked by it would fail here. Screenshot: target/editor-page.png.
 */
class EditorPageBrowserTest {
    private static final String SCRIPT = "<script>alert('x')</script>";
    @TempDir
    static Path tmp;
    private static ServerTestSupport http;
    private static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        http = ServerTestSupport.defaults();
        driver = HeadlessChromium.start(tmp);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (http != null) {
            http.stop();
        }
    }

    @Test
    void pasteCheckAndReadTheReportInline() throws Exception {
        String seed = Files.readString(ServerTestSupport.SEED);
        String title = seed.substring(0, seed.indexOf('\n')).strip();
        String body = seed.substring(seed.indexOf('\n')).strip() + "\n\nThe vendor added " + SCRIPT + " to the page.";
        VerificationReport expected = ServerTestSupport.CHECKER.check(new Article(null, title, null, null, null,
                title + "\n\n" + body));
        long withEvidence = expected.findings().stream().mapToLong(f -> f.evidence().size()).sum();

        driver.get(http.server.url());
        driver.findElement(By.id("title")).sendKeys(title);
        WebElement text = driver.findElement(By.id("body"));
        // Pasting: the value arrives at once, as from the clipboard, and the page sees an input event.
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));", text, body);
        driver.findElement(By.id("check")).click();

        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.textToBe(By.id("status"), "Checked."));
        WebElement frame = driver.findElement(By.id("report"));
        assertTrue(frame.isDisplayed());
        driver.switchTo().frame(frame);
        try {
            wait.until(d -> !d.findElements(By.cssSelector("li.finding")).isEmpty());
            assertEquals(withEvidence, driver.findElements(By.cssSelector("mark.hl[data-part='0']")).size(),
                    "one highlight per evidence span");
            assertEquals(expected.findings().size(), driver.findElements(By.cssSelector("li.finding")).size());
            assertEquals(title, driver.findElement(By.tagName("h1")).getText());
            assertTrue(driver.findElement(By.id("article-text")).getText().contains(SCRIPT), "the script stays text");

            int last = expected.findings().size() - 1;
            while (expected.findings().get(last).evidence().isEmpty()) {
                last--;
            }
            WebElement mark = driver.findElement(By.cssSelector("mark.hl[data-finding='" + last + "'][data-part='0']"));
            assertFalse(inViewport(mark), "the last highlight starts below the fold");
            driver.findElement(By.cssSelector("li.finding[data-finding='" + last + "']")).click();
            assertTrue(inViewport(mark), "clicking the finding scrolled its highlight into view: the report's script runs");
            assertTrue(mark.getAttribute("class").contains("active"));
        } finally {
            driver.switchTo().defaultContent();
        }
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Path.of("target", "editor-page.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void anErrorIsShownOnThePage() {
        driver.get(http.server.url());
        ((JavascriptExecutor) driver).executeScript("document.getElementById('body').removeAttribute('required')");
        driver.findElement(By.id("check")).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.attributeContains(By.id("status"), "class", "failed"));
        assertTrue(driver.findElement(By.id("status")).getText().contains("empty article"),
                driver.findElement(By.id("status")).getText());
    }

    private static boolean inViewport(WebElement e) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "var r = arguments[0].getBoundingClientRect();"
                        + "return r.top >= 0 && r.bottom <= (window.innerHeight || document.documentElement.clientHeight);", e));
    }
}
