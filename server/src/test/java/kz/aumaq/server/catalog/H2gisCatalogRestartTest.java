package kz.aumaq.server.catalog;

import java.util.Map;

/** The restart contract on the embedded H2GIS database (a data dir of its own). */
class H2gisCatalogRestartTest extends CatalogRestartContract {

    @Override
    Map<String, String> database() throws Exception {
        return Map.of("aumaq.data-dir", dataDir().toString());
    }
}
