package kz.aumaq.server.config;

import java.time.Clock;
import javax.sql.DataSource;
import kz.aumaq.gis.featurelayer.FeatureLayerStore;
import kz.aumaq.gis.unit.AdminUnitRepository;
import kz.aumaq.gis.unit.AdminUnitWriter;
import kz.aumaq.gis.unit.UnitQueryParser;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the spatial core (plain Java in gis-layers) into the application. */
@Configuration(proxyBeanMethods = false)
public class SpatialCoreConfig {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    @DependsOnDatabaseInitialization
    AdminUnitRepository adminUnitRepository(DataSource dataSource) {
        return new AdminUnitRepository(dataSource);
    }

    /** Feature layers loaded by ingest: read by the map services, written by the ingest command. */
    @Bean
    @DependsOnDatabaseInitialization
    FeatureLayerStore featureLayerStore(DataSource dataSource) {
        return new FeatureLayerStore(dataSource);
    }

    @Bean
    AdminUnitWriter adminUnitWriter(DataSource dataSource, AdminUnitRepository repository) {
        return new AdminUnitWriter(dataSource, repository);
    }

    @Bean
    UnitQueryParser unitQueryParser(Clock clock) {
        return new UnitQueryParser(clock);
    }
}
