package kz.aumaq.server.ingest;

import kz.aumaq.server.config.IngestConfig;
import kz.aumaq.server.config.SpatialCoreConfig;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The application context of an ingest command: the database (auto-configured and migrated by
 * Flyway as in the server), the unit store and the ingest beans — no web server, no component
 * scan, so no demo or seed loading and no map services. Deliberately not a
 * {@code @Configuration}, so the server's own component scan does not pick it up.
 */
@EnableAutoConfiguration
@Import({SpatialCoreConfig.class, IngestConfig.class})
class IngestContext {
}
