package dev.claimcheck.report;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's Chromium driven through its chromedriver, for the browser tests. Skipped only on a developer machine
 * without Chromium; under CI (env CI set) a missing browser fails, since .ci/install-browser.sh should have
 * installed it. Selenium is pointed at the system binaries so Selenium Manager never downloads anything.
 */
public final class HeadlessChromium {
    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    // Selenium warns that it has no CDP bindings for this Chromium; the tests need none. Held so it is not collected.
    private static final Logger CDP_LOG = Logger.getLogger("org.openqa.selenium.devtools");

    private HeadlessChromium() {
    }

    /** A started headless browser with a fresh profile under {@code tmp}, or the test is skipped/failed. */
    public static ChromeDriver start(Path tmp) throws IOException {
        boolean ci = System.getenv("CI") != null;
        boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        CDP_LOG.setLevel(Level.SEVERE);
        assumeTrue(installed || ci, "Chromium not installed here; run .ci/install-browser.sh to run this test");
        assertTrue(installed, "CI is set but " + CHROMIUM + " or " + CHROMEDRIVER
                + " is missing: .ci/install-browser.sh should have installed chromium and chromium-driver");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,900", "--hide-scrollbars",
                "--user-data-dir=" + Files.createDirectories(tmp.resolve("chromium-profile")));
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
