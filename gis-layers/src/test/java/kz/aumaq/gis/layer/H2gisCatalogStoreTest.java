package kz.aumaq.gis.layer;

import java.nio.file.Path;
import javax.sql.DataSource;
import kz.aumaq.gis.testdb.TestDatabases;
import org.junit.jupiter.api.io.TempDir;

class H2gisCatalogStoreTest extends CatalogStoreContract {

    @TempDir
    Path dir;

    @Override
    DataSource openDatabase() {
        return TestDatabases.h2gis(dir);
    }
}
