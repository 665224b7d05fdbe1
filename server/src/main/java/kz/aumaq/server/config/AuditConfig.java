package kz.aumaq.server.config;

import java.time.Clock;
import javax.sql.DataSource;
import kz.aumaq.gis.territory.CurrentActor;
import kz.aumaq.server.audit.AuditLog;
import kz.aumaq.server.audit.AuditTrail;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit trail, in the server and in the ingest command (whose commits it records too). */
@Configuration(proxyBeanMethods = false)
public class AuditConfig {

    @Bean
    @DependsOnDatabaseInitialization
    AuditLog auditLog(DataSource dataSource) {
        return new AuditLog(dataSource);
    }

    @Bean
    AuditTrail auditTrail(AuditLog log, CurrentActor actor, Clock clock) {
        return new AuditTrail(log, actor, clock);
    }
}
