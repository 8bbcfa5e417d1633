package dev.claimcheck.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "done when", end to end: {@code claimcheck.jar check --format html --out DIR claims/} writes pages
 * that work in a real browser, and the seed article's page shows every finding of its JSON report.
 */
class SeedHtmlReportIT {
    @TempDir
    static Path tmp;
    private static ChromeDriver driver;
    private static Path out;
    private static JsonNode json;

    @BeforeAll
    static void renderWithTheJar() throws Exception {
        out = tmp.resolve("report");
        assertEquals(0, jar("check", "--format", "html", "--out", out.toString(), "claims/"));
        Path jsonFile = tmp.resolve("seed.json");
        assertEquals(0, jar("check", "--format", "json", "--out", tmp.resolve("json").toString(), "claims/huawei-mts-5g.txt"));
        json = new ObjectMapper().readTree(tmp.resolve("json/huawei-mts-5g.report.json").toFile());
        driver = HeadlessChromium.start(tmp);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static int jar(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("target/claimcheck.jar").toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("jar-" + System.nanoTime() + ".log").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return p.exitValue();
    }

    @Test
    void theSeedPageShowsEveryFindingOfItsJsonReport() throws Exception {
        driver.get(out.resolve("huawei-mts-5g.html").toUri().toString());
        int findings = json.get("findings").size();
        int spans = 0;
        for (JsonNode f : json.get("findings")) {
            spans += f.get("evidence").size();
        }
        assertEquals(findings, driver.findElements(By.cssSelector("li.finding")).size());
        assertEquals(spans, driver.findElements(By.cssSelector("mark.hl[data-part='0']")).size());
        for (JsonNode f : json.get("findings")) {
            String message = f.get("message").asText();
            assertTrue(driver.findElements(By.cssSelector("li.finding")).stream()
                    .anyMatch(li -> li.getText().contains(message)), "finding not on the page: " + message);
        }
        WebElement last = driver.findElement(By.cssSelector("li.finding[data-finding='" + (findings - 1) + "']"));
        last.click();
        assertTrue(last.getAttribute("class").contains("active"));
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), Path.of("target/seed-report.png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theIndexListsEveryCheckedArticle() {
        driver.get(out.resolve("index.html").toUri().toString());
        List<WebElement> links = driver.findElements(By.cssSelector("table a"));
        assertTrue(links.stream().anyMatch(a -> a.getAttribute("href").endsWith("huawei-mts-5g.html")), "no link to the seed page");
        links.get(0).click();
        assertTrue(driver.findElements(By.cssSelector("mark.hl")).size() > 0, "the linked page shows highlights");
    }
}
