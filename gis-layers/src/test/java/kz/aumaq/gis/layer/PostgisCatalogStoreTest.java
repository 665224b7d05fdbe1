package kz.aumaq.gis.layer;

import javax.sql.DataSource;
import kz.aumaq.gis.testdb.TestDatabases;
import org.junit.jupiter.api.AfterEach;

class PostgisCatalogStoreTest extends CatalogStoreContract {

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
