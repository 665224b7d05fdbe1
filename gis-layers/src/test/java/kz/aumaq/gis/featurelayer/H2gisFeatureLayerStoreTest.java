package kz.aumaq.gis.featurelayer;

import java.nio.file.Path;
import javax.sql.DataSource;
import kz.aumaq.gis.testdb.TestDatabases;
import org.junit.jupiter.api.io.TempDir;

class H2gisFeatureLayerStoreTest extends FeatureLayerStoreContract {

    @TempDir
    Path dir;

    @Override
    DataSource openDatabase() {
        return TestDatabases.h2gis(dir);
    }
}
