package kz.aumaq.server.ingest;

import kz.aumaq.gis.territory.Actor;
import kz.aumaq.gis.territory.CurrentActor;
import kz.aumaq.server.config.AuditConfig;
import kz.aumaq.server.config.IngestConfig;
import kz.aumaq.server.config.SpatialCoreConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The application context of an ingest command: the database (auto-configured and migrated by
 * Flyway as in the server), the unit store and the ingest beans — no web server, no component
 * scan, so no demo or seed loading and no map services. Only the auto-configurations it uses:
 * all of them (actuator, metrics, security, Jackson…) doubled the command's start-up, which every
 * run pays. Deliberately not a {@code @Configuration}, so the server's own component scan does not
 * pick it up.
 *
 * <p>The command line is a trusted local operator (whoever may run the jar may open the database
 * anyway): no sign-in, no territorial limit, recorded under {@code --user} or the OS user name.
 */
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, ConfigurationPropertiesAutoConfiguration.class,
        DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
        TransactionAutoConfiguration.class, FlywayAutoConfiguration.class})
@Import({SpatialCoreConfig.class, IngestConfig.class, AuditConfig.class})
class IngestContext {

    static final String OPERATOR = "aumaq.ingest.operator";

    @Bean
    CurrentActor operator(@Value("${" + OPERATOR + "}") String name) {
        Actor operator = Actor.operator(name);
        return () -> operator;
    }
}
