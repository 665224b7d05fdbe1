package kz.aumaq.server.ingest;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.aumaq.server.testdb.PostgisTestSchema;
import org.junit.jupiter.api.AfterEach;

/** Upload jobs across restarts on PostGIS (files kept as bytea parts). */
class PostgisUploadJobRestartTest extends UploadJobRestartContract {

    private final List<PostgisTestSchema> schemas = new ArrayList<>();

    @Override
    Map<String, String> database() throws Exception {
        PostgisTestSchema schema = new PostgisTestSchema("jobstest");
        schema.requireReachable();
        schemas.add(schema);
        Map<String, String> p = new LinkedHashMap<>(schema.properties());
        p.put("aumaq.data-dir", Files.createTempDirectory("aumaq-jobs-pg").toString());
        p.put("spring.profiles.active", "postgis");
        return p;
    }

    @AfterEach
    void drop() {
        schemas.forEach(PostgisTestSchema::drop);
    }
}
