package kz.aumaq.server.api;

import kz.aumaq.server.testdb.PostgisTestSchema;
import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same API contract on PostGIS, in a schema of its own. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgis")
class PostgisUnitApiTest extends UnitApiContract {

    static final PostgisTestSchema SCHEMA = new PostgisTestSchema("apitest");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        SCHEMA.register(registry);
    }

    @AfterAll
    static void dropSchema() {
        SCHEMA.drop();
    }
}
