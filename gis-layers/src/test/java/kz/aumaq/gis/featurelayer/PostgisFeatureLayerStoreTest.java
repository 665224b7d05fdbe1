package kz.aumaq.gis.featurelayer;

import javax.sql.DataSource;
import kz.aumaq.gis.testdb.TestDatabases;
import org.junit.jupiter.api.AfterEach;

/** The same contract on PostGIS, where features go in through COPY. */
class PostgisFeatureLayerStoreTest extends FeatureLayerStoreContract {

    private TestDatabases.PostgisSchema schema;

    @Override
    DataSource openDatabase() {
        schema = TestDatabases.postgis();
        return schema.dataSource();
    }

    @AfterEach
    void drop() {
        if (schema != null) schema.drop();
    }
}
