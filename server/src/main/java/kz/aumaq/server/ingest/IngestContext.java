package kz.aumaq.server.ingest;

import kz.aumaq.gis.territory.Actor;
import kz.aumaq.gis.territory.CurrentActor;
import kz.aumaq.server.config.AuditConfig;
import kz.aumaq.server.config.IngestConfig;
import kz.aumaq.server.config.SpatialCoreConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The application context of an ingest command: the database (auto-configured and migrated by
 * Flyway as in the server), the unit store and the ingest beans — no web server, no component
 * scan, so no demo or seed loading and no map services. Deliberately not a
 * {@code @Configuration}, so the server's own component scan does not pick it up.
 *
 * <p>The command line is a trusted local operator (whoever may run the jar may open the database
 * anyway): no sign-in, no territorial limit, recorded under {@code --user} or the OS user name.
 */
@EnableAutoConfiguration
@Import({SpatialCoreConfig.class, IngestConfig.class, AuditConfig.class})
class IngestContext {

    static final String OPERATOR = "aumaq.ingest.operator";

    @Bean
    CurrentActor operator(@Value("${" + OPERATOR + "}") String name) {
        Actor operator = Actor.operator(name);
        return () -> operator;
    }
}
