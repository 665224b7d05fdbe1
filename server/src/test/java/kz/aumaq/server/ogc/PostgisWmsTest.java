package kz.aumaq.server.ogc;

import kz.aumaq.server.testdb.PostgisTestSchema;
import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same WMS contract on PostGIS, in a schema of its own. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgis")
class PostgisWmsTest extends WmsContract {

    static final PostgisTestSchema SCHEMA = new PostgisTestSchema("wmstest");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        SCHEMA.register(registry);
    }

    @AfterAll
    static void dropSchema() {
        SCHEMA.drop();
    }
}
