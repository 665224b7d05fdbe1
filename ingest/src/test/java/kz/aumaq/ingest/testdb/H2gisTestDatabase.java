package kz.aumaq.ingest.testdb;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/** An H2GIS file database in a test's temp dir, migrated with the production Flyway scripts (as in gis-layers' tests). */
public final class H2gisTestDatabase {

    private H2gisTestDatabase() {
    }

    public static DataSource migrated(Path dir) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("test").toAbsolutePath() + ";NON_KEYWORDS=YEAR,VALUE,KEY");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration/h2").load().migrate();
        return ds;
    }
}
