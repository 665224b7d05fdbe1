package kz.aumaq.server.ingest;

import java.nio.file.Files;
import java.util.Map;

/** Upload jobs across restarts on the embedded H2GIS database. */
class H2gisUploadJobRestartTest extends UploadJobRestartContract {

    @Override
    Map<String, String> database() throws Exception {
        return Map.of("aumaq.data-dir", Files.createTempDirectory("aumaq-jobs-restart").toString());
    }
}
