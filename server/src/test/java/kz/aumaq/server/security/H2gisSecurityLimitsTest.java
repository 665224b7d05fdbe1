package kz.aumaq.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A first start without AUMAQ_ADMIN_PASSWORD (a generated password, logged once and kept in an
 * owner-only file), and the limits: anonymous floods get 429, large bodies 413.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class H2gisSecurityLimitsTest {

    static Path dataDir;
    private static final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        dataDir = Files.createTempDirectory("aumaq-limits-test");
        registry.add("aumaq.data-dir", dataDir::toString);
        registry.add("aumaq.demo.enabled", () -> "false");
        // No password given: the server must make one up (the test properties set one for the other tests).
        registry.add("aumaq.security.admin-password", () -> "");
        registry.add("aumaq.security.rate-limit.burst", () -> "30");
        registry.add("aumaq.security.rate-limit.per-second", () -> "0.5");
        registry.add("aumaq.security.max-request-kb", () -> "8");
    }

    HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    String adminPassword() throws Exception {
        return Files.readString(dataDir.resolve(InitialAdmin.FILE)).strip();
    }

    @Test
    void theFirstAdministratorGetsAGeneratedPasswordInAnOwnerOnlyFile(CapturedOutput output) throws Exception {
        Path file = dataDir.resolve(InitialAdmin.FILE);
        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        String password = adminPassword();
        assertThat(password).hasSizeGreaterThanOrEqualTo(20).isNotEqualTo(TestUsers.ADMIN_PASSWORD);
        HttpResponse<String> me = send(request("/api/me").header("Authorization", TestUsers.basic("admin", password)));
        assertThat(me.body()).contains("\"username\":\"admin\"", "\"ADMIN\"");
        assertThat(output.getAll()).contains("generated password " + password).containsOnlyOnce(password);
    }

    @Test
    void anonymousFloodsAreSlowedDownButSignedInUsersAreNot() throws Exception {
        int limited = 0;
        String retryAfter = null;
        for (int i = 0; i < 45; i++) {
            HttpResponse<String> r = send(request("/api"));
            if (r.statusCode() == 429) {
                limited++;
                retryAfter = r.headers().firstValue("Retry-After").orElse(null);
                assertThat(r.body()).contains("\"status\":429");
            }
        }
        assertThat(limited).isGreaterThanOrEqualTo(10);
        assertThat(retryAfter).isNotNull();
        HttpResponse<String> signedIn = send(request("/api").header("Authorization", TestUsers.basic("admin", adminPassword())));
        assertThat(signedIn.statusCode()).isEqualTo(200);
    }

    @Test
    void bodiesAboveTheLimitAre413() throws Exception {
        String big = "{\"attribution\": \"" + "x".repeat(20_000) + "\"}";
        String admin = TestUsers.basic("admin", adminPassword());
        HttpResponse<String> declared = send(request("/api/layers/regions").header("Authorization", admin).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(big)));
        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(declared.body()).contains("max-request-kb");
        // Without a declared length (chunked), it is cut off while being read.
        HttpResponse<String> chunked = send(request("/api/styles/big").header("Authorization", admin).header("Content-Type", "application/vnd.ogc.sld+xml")
                .method("PUT", HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes()))));
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.body()).doesNotContain("Exception");
    }
}
