package dev.claimcheck.report;

import dev.claimcheck.model.Span;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HTML report used as an editor would use it, in Debian's headless Chromium driven through chromedriver:
 * count the highlights, click a finding, filter by category, look at a screenshot ({@code target/html-report.png}).
 *
 * <p>Skipped only on a developer machine without Chromium; under CI (env CI set) a missing browser fails the build,
 * since {@code .ci/install-browser.sh} should have installed it. Selenium is pointed at the system binaries so
 * Selenium Manager never downloads anything.
 */
class HtmlReportBrowserTest {
    private static final String LATE = "parking revenue would double by 2030";

    private static ChromeDriver driver;
    @TempDir
    static Path tmp;
    private static Path page;
    private static VerificationReport report;

    @BeforeAll
    static void startBrowser() throws Exception {
        report = longReport();
        page = tmp.resolve("riverton-budget.html");
        Files.writeString(page, new HtmlReport().render(new ReportEntry(ReportFixtures.PATH, report)),
                StandardCharsets.UTF_8);

        driver = HeadlessChromium.start(tmp);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void open() {
        driver.get(page.toUri().toString());
    }

    @Test
    void highlightsMatchEvidenceAndClickingAFindingScrollsToItsHighlight() throws Exception {
        int spans = ReportFixtures.evidenceSpans(report);
        assertEquals(spans, driver.findElements(By.cssSelector("mark.hl[data-part='0']")).size());
        assertEquals("Riverton council approves record budget", driver.findElement(By.tagName("h1")).getText());
        // the article's <script> is text on the page, not a script that ran
        assertTrue(driver.findElement(By.id("article-text")).getText().contains("<script>alert('x')</script>"));

        int late = report.findings().size() - 1;
        WebElement lateMark = driver.findElement(By.cssSelector("mark.hl[data-finding='" + late + "'][data-part='0']"));
        assertFalse(inViewport(lateMark), "the last highlight starts below the fold");
        WebElement item = driver.findElement(By.cssSelector("li.finding[data-finding='" + late + "']"));
        item.click();
        assertTrue(inViewport(lateMark), "clicking the finding scrolled its highlight into view");
        assertTrue(hasClass(lateMark, "active"));
        assertTrue(hasClass(item, "active"));

        // another finding: the previous one is unmarked
        WebElement first = driver.findElement(By.cssSelector("li.finding[data-finding='0']"));
        first.click();
        WebElement firstMark = driver.findElement(By.id("hl-0"));
        assertTrue(inViewport(firstMark));
        assertTrue(hasClass(firstMark, "active"));
        assertFalse(hasClass(lateMark, "active"));

        screenshot();
    }

    @Test
    void filteringByACategoryHidesTheOthers() {
        List<String> others = new ArrayList<>(Categories.ALL);
        others.remove(Categories.WEAK_SOURCING);
        for (String c : others) {
            driver.findElement(By.cssSelector("input[name='category'][value='" + c + "']")).click();
        }
        for (WebElement li : driver.findElements(By.cssSelector("li.finding"))) {
            boolean weak = Categories.WEAK_SOURCING.equals(li.getDomAttribute("data-category"));
            assertEquals(weak, li.isDisplayed(), li.getDomAttribute("data-finding"));
        }
        for (WebElement m : driver.findElements(By.cssSelector("mark.hl"))) {
            boolean weak = Categories.WEAK_SOURCING.equals(m.getDomAttribute("data-category"));
            assertEquals(!weak, hasClass(m, "filtered-out"));
            String bg = m.getCssValue("background-color");
            assertEquals(!weak, bg.equals("rgba(0, 0, 0, 0)") || bg.equals("transparent"), bg);
        }
        assertEquals("1", driver.findElement(By.id("visible-count")).getText());

        // severity filter combines with it: no weak-sourcing warning left
        driver.findElement(By.cssSelector("input[name='severity'][value='warning']")).click();
        assertTrue(driver.findElements(By.cssSelector("li.finding")).stream().noneMatch(WebElement::isDisplayed));
        assertEquals("0", driver.findElement(By.id("visible-count")).getText());
    }

    @Test
    void clickingAHighlightSelectsItsFindingInThePanel() {
        driver.findElement(By.id("hl-1")).click(); // "Officials said": WS-VAGUE
        WebElement item = driver.findElement(By.cssSelector("li.finding[data-finding='1']"));
        assertTrue(hasClass(item, "active"));
        assertEquals(2, driver.findElements(By.cssSelector("mark.hl.active[data-finding='1']")).size());
        String claimTitle = driver.findElement(By.cssSelector(".claim[data-claim='C3']")).getDomAttribute("title");
        assertEquals("C3 · quote — sources: Dana Ortiz", claimTitle);
    }

    @Test
    void onANarrowScreenThePanelMovesBelowTheArticle() throws Exception {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(700, 900));
        try {
            driver.navigate().refresh();
            WebElement main = driver.findElement(By.cssSelector("main.main"));
            WebElement panel = driver.findElement(By.cssSelector("aside.panel"));
            assertTrue(panel.getRect().getY() >= main.getRect().getY() + main.getRect().getHeight(),
                    "panel stacked under the article");
            assertTrue(main.getRect().getWidth() <= 700);
            Files.write(Path.of("target").resolve("html-report-narrow.png"), driver.getScreenshotAs(OutputType.BYTES));
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 900));
        }
    }

    @Test
    void batchIndexSortsByColumnAndLinksToEachPage() throws Exception {
        Path site = tmp.resolve("site");
        new HtmlSite().write(List.of(ReportFixtures.secondEntry(), new ReportEntry(ReportFixtures.PATH, report)), site);
        driver.get(site.resolve("index.html").toUri().toString());
        assertEquals(List.of("Bus fares rise", "Riverton council approves record budget"), titles());
        WebElement findings = driver.findElement(By.xpath("//th[normalize-space(.)='Findings']/button"));
        findings.click(); // numbers sort largest first
        assertEquals(List.of("Riverton council approves record budget", "Bus fares rise"), titles());
        assertEquals("descending", driver.findElement(By.xpath("//th[normalize-space(.)='Findings']"))
                .getDomAttribute("aria-sort"));
        findings.click();
        assertEquals(List.of("Bus fares rise", "Riverton council approves record budget"), titles());
        driver.findElement(By.xpath("//th[normalize-space(.)='Article']/button")).click();
        assertEquals(List.of("Bus fares rise", "Riverton council approves record budget"), titles());
        driver.findElement(By.xpath("//th[normalize-space(.)='Article']/button")).click();
        assertEquals(List.of("Riverton council approves record budget", "Bus fares rise"), titles());
        Files.write(Path.of("target").resolve("html-index.png"), driver.getScreenshotAs(OutputType.BYTES));

        driver.findElement(By.linkText("Bus fares rise")).click();
        assertEquals("Bus fares rise", driver.findElement(By.tagName("h1")).getText());
        assertEquals(1, driver.findElements(By.cssSelector("mark.hl[data-part='0']")).size());
    }

    private static List<String> titles() {
        return driver.findElements(By.cssSelector("#index tbody td:first-child a")).stream()
                .map(WebElement::getText).toList();
    }

    private static boolean inViewport(WebElement e) {
        Object r = ((JavascriptExecutor) driver).executeScript(
                "var r = arguments[0].getBoundingClientRect();"
                        + "return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;", e);
        return Boolean.TRUE.equals(r);
    }

    private static boolean hasClass(WebElement e, String cls) {
        return List.of(e.getDomProperty("className").split("\\s+")).contains(cls);
    }

    /** For a human: the page with a finding selected. Saved under target/, next to the page it shows. */
    private static void screenshot() throws Exception {
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.write(target.resolve("html-report.png"), driver.getScreenshotAs(OutputType.BYTES));
        Files.copy(page, target.resolve("html-report.html"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The fixture article followed by enough paragraphs that the last finding starts below the fold. */
    private static VerificationReport longReport() {
        VerificationReport base = ReportFixtures.report();
        StringBuilder text = new StringBuilder(ReportFixtures.TEXT);
        for (int i = 1; i <= 30; i++) {
            text.append("\nParagraph ").append(i).append(" of the council minutes records routine business: ")
                    .append("a zoning variance, a library roof repair and a vote to rename a small park.\n");
        }
        text.append("\nFinally, the mayor's office said ").append(LATE).append(".\n");
        String t = text.toString();
        int at = t.indexOf(LATE);
        List<Finding> findings = new ArrayList<>(base.findings());
        findings.add(new Finding("UA-FORECAST", Categories.UNSUPPORTED_ASSERTION, "warning",
                "A forecast presented as fact.", "Say who forecasts it and on what basis.",
                List.of(Span.of(t, at, at + LATE.length())), List.of()));
        return new VerificationReport(base.schemaVersion(), base.article(), base.summary(), base.claims(),
                base.sources(), base.attributions(), findings, t);
    }
}
