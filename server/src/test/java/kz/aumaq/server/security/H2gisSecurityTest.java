package kz.aumaq.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import kz.aumaq.server.browser.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class H2gisSecurityTest extends SecurityContract {

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("aumaq-security-test");
        registry.add("aumaq.data-dir", dir::toString);
    }

    /**
     * The admin page in a real browser under the content security policy: the login page sends it
     * back after signing in, the users are listed, and a user created with the form (the page's
     * fetch() sends the CSRF token) exists.
     */
    @Test
    void theAdminPageManagesUsersInABrowser() throws Exception {
        ChromeDriver driver = HeadlessChromium.start(1200, 800);
        try {
            driver.get("http://localhost:" + port + "/admin/users.html?lang=en");
            HeadlessChromium.signIn(driver, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            wait.until(d -> d.getCurrentUrl().contains("/admin/users.html")
                    && d.findElements(By.cssSelector("#users tbody tr")).size() >= 1);
            driver.findElement(By.name("username")).sendKeys("from-the-page");
            driver.findElement(By.name("password")).sendKeys(PASSWORD);
            driver.findElement(By.name("scope")).sendKeys(SCOPE);
            driver.findElement(By.cssSelector("#create button[type=submit]")).click();
            wait.until(d -> d.findElement(By.cssSelector("#users tbody")).getText().contains("from-the-page"));
            Path shot = Path.of("target", "admin-users.png");
            Files.createDirectories(shot.getParent());
            Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            assertThat(driver.findElement(By.id("user")).getText()).contains("admin");
        } finally {
            driver.quit();
        }
        assertThat(get("/api/users/from-the-page", admin()).json().get("roles").toString()).contains("VIEWER");
        assertThat(get("/api/users/from-the-page", admin()).json().get("scope").asString()).isEqualTo(SCOPE);
    }
}
