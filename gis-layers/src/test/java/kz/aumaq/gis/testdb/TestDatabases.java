package kz.aumaq.gis.testdb;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Real databases for integration tests, migrated with the production Flyway scripts: an H2GIS
 * file database (always), and a throw-away schema in PostGIS when one is reachable. The PostGIS
 * connection comes from AUMAQ_TEST_PG_URL / _USER / _PASSWORD (default: the CI database);
 * with AUMAQ_REQUIRE_POSTGIS=true an unreachable PostGIS fails the test instead of skipping it.
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    public static DataSource h2gis(Path dir) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("test").toAbsolutePath() + ";NON_KEYWORDS=YEAR,VALUE,KEY");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration/h2").load().migrate();
        return ds;
    }

    /** A migrated, empty schema of its own; drop it with {@link #dropSchema}. */
    public static PostgisSchema postgis() {
        String url = env("AUMAQ_TEST_PG_URL", "jdbc:postgresql://localhost:5432/aumaq");
        String schema = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(url);
        ds.setUser(env("AUMAQ_TEST_PG_USER", "aumaq"));
        ds.setPassword(env("AUMAQ_TEST_PG_PASSWORD", "aumaq"));
        ds.setConnectTimeout(3);
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        } catch (Exception e) {
            String why = "PostGIS not reachable at " + url + ": " + e.getMessage();
            if (Boolean.parseBoolean(System.getenv("AUMAQ_REQUIRE_POSTGIS"))) Assertions.fail(why);
            Assumptions.abort(why);
        }
        ds.setCurrentSchema(schema + ",public");
        Flyway.configure().dataSource(ds).schemas(schema).defaultSchema(schema)
                .locations("classpath:db/migration/postgresql").load().migrate();
        return new PostgisSchema(ds, schema, url);
    }

    public record PostgisSchema(DataSource dataSource, String schema, String url) {
        public void drop() {
            try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static String env(String name, String dflt) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? dflt : v;
    }
}
