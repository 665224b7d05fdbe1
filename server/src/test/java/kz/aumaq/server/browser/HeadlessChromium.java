package kz.aumaq.server.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium and chromedriver for page tests (never a downloaded browser). Missing ones
 * skip the test, unless AUMAQ_REQUIRE_CLIENTS=true (as in CI), where that fails.
 */
public final class HeadlessChromium {

    private HeadlessChromium() {
    }

    /** A fresh headless browser of the given window size; the caller quits it. */
    public static ChromeDriver start(int width, int height) throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/chromedriver"))) {
            skipOrFail("/usr/bin/chromedriver missing: apt-get install chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=" + width + "," + height,
                "--user-data-dir=" + Files.createTempDirectory("aumaq-chrome"));
        // Console messages are kept so tests can assert that a page logs no errors.
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        return new ChromeDriver(service, options);
    }

    /** On the login page (where the browser was sent): types the credentials and signs in, as a person would. */
    public static void signIn(ChromeDriver driver, String user, String password) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/login"));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("submit")).click();
    }

    /** The console errors (SEVERE entries) logged since the last call. */
    public static List<String> consoleErrors(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    public static void skipOrFail(String why) {
        if (Boolean.parseBoolean(System.getenv("AUMAQ_REQUIRE_CLIENTS"))) Assertions.fail(why);
        Assumptions.abort(why);
    }
}
