package kz.aumaq.server.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.aumaq.server.testdb.PostgisTestSchema;
import org.junit.jupiter.api.AfterEach;

/** The restart contract on PostGIS, each test in a schema of its own. */
class PostgisCatalogRestartTest extends CatalogRestartContract {

    private final List<PostgisTestSchema> schemas = new ArrayList<>();

    @Override
    Map<String, String> database() throws Exception {
        PostgisTestSchema schema = new PostgisTestSchema("restarttest");
        schema.requireReachable();
        schemas.add(schema);
        Map<String, String> p = new LinkedHashMap<>(schema.properties());
        p.put("aumaq.data-dir", dataDir().toString());
        p.put("spring.profiles.active", "postgis");
        return p;
    }

    @AfterEach
    void drop() {
        schemas.forEach(PostgisTestSchema::drop);
    }
}
