package kz.aumaq.server.config;

import java.time.Clock;
import javax.sql.DataSource;
import kz.aumaq.gis.featurelayer.FeatureLayerStore;
import kz.aumaq.gis.territory.CurrentActor;
import kz.aumaq.gis.territory.TerritoryGuard;
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

    /** The territorial check every write goes through; the "who" is the server's signed-in user, or the command line's operator. */
    @Bean
    TerritoryGuard territoryGuard(AdminUnitRepository repository, CurrentActor actor) {
        return new TerritoryGuard(repository, actor);
    }

    @Bean
    AdminUnitWriter adminUnitWriter(DataSource dataSource, AdminUnitRepository repository, TerritoryGuard guard) {
        return new AdminUnitWriter(dataSource, repository, guard);
    }

    @Bean
    UnitQueryParser unitQueryParser(Clock clock) {
        return new UnitQueryParser(clock);
    }
}
