package kz.aumaq.server.testdb;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A PostGIS schema of its own for one server test class: the server is pointed at it (Flyway
 * migrates it) and it is dropped afterwards. Unreachable PostGIS skips the class, unless
 * AUMAQ_REQUIRE_POSTGIS=true (as in CI), where that fails. Connection from AUMAQ_TEST_PG_URL,
 * _USER, _PASSWORD.
 */
public final class PostgisTestSchema {

    public static final String URL = env("AUMAQ_TEST_PG_URL", "jdbc:postgresql://localhost:5432/aumaq");
    public static final String USER = env("AUMAQ_TEST_PG_USER", "aumaq");
    public static final String PASSWORD = env("AUMAQ_TEST_PG_PASSWORD", "aumaq");

    private final String schema;

    /** @param prefix names the schema after the test, e.g. {@code wmstest} */
    public PostgisTestSchema(String prefix) {
        this.schema = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    public String name() {
        return schema;
    }

    /** Skips the test when PostGIS is unreachable, or fails it when AUMAQ_REQUIRE_POSTGIS=true. */
    public void requireReachable() {
        try (Connection c = connect()) {
            c.isValid(2);
        } catch (Exception e) {
            String why = "PostGIS not reachable at " + URL + ": " + e.getMessage();
            if (Boolean.parseBoolean(System.getenv("AUMAQ_REQUIRE_POSTGIS"))) Assertions.fail(why);
            Assumptions.abort(why);
        }
    }

    /** The Spring properties that point the server (or the ingest command) at this schema. */
    public Map<String, String> properties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("spring.datasource.url", URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public");
        p.put("spring.datasource.username", USER);
        p.put("spring.datasource.password", PASSWORD);
        p.put("spring.flyway.schemas", schema);
        p.put("spring.flyway.default-schema", schema);
        return p;
    }

    /** For a server test: reachable or skipped, then the properties above and a data dir of its own. */
    public void register(DynamicPropertyRegistry registry) throws Exception {
        requireReachable();
        properties().forEach((k, v) -> registry.add(k, () -> v));
        String dataDir = Files.createTempDirectory("aumaq-" + schema).toString();
        registry.add("aumaq.data-dir", () -> dataDir);
    }

    public Connection connect() throws java.sql.SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }

    public void drop() {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (Exception ignored) {
            // unreachable database: nothing was created
        }
    }

    private static String env(String name, String dflt) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? dflt : v;
    }
}
