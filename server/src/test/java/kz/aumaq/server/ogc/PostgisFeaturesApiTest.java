package kz.aumaq.server.ogc;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same OGC API – Features contract on PostGIS, in a schema of its own (dropped afterwards).
 * Skipped when PostGIS is unreachable, unless AUMAQ_REQUIRE_POSTGIS=true (as in CI), where that fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgis")
class PostgisFeaturesApiTest extends FeaturesApiContract {

    static final String URL = env("AUMAQ_TEST_PG_URL", "jdbc:postgresql://localhost:5432/aumaq");
    static final String USER = env("AUMAQ_TEST_PG_USER", "aumaq");
    static final String PASSWORD = env("AUMAQ_TEST_PG_PASSWORD", "aumaq");
    static final String SCHEMA = "oapiftest_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD)) {
            c.isValid(2);
        } catch (Exception e) {
            String why = "PostGIS not reachable at " + URL + ": " + e.getMessage();
            if (Boolean.parseBoolean(System.getenv("AUMAQ_REQUIRE_POSTGIS"))) Assertions.fail(why);
            Assumptions.abort(why);
        }
        registry.add("spring.datasource.url", () -> URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA + ",public");
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
        registry.add("spring.flyway.schemas", () -> SCHEMA);
        registry.add("spring.flyway.default-schema", () -> SCHEMA);
        registry.add("aumaq.data-dir", () -> tempDir());
    }

    @AfterAll
    static void dropSchema() throws Exception {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        } catch (Exception ignored) {
            // unreachable database: nothing was created
        }
    }

    private static String tempDir() {
        try {
            return Files.createTempDirectory("aumaq-pg-oapif-test").toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String env(String name, String dflt) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? dflt : v;
    }
}
