package kz.aumaq.server.config;

import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import kz.aumaq.ingest.job.IngestJobRepository;
import kz.aumaq.ingest.job.IngestJobRunner;
import kz.aumaq.ingest.source.DatasetReader;
import kz.aumaq.ingest.values.IndicatorValueStore;
import kz.aumaq.ingest.format.DatasetReaders;
import kz.aumaq.gis.territory.TerritoryGuard;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires ingest jobs: the job table, the indicator-value store, the file readers (every DatasetReader bean) and the runner. */
@Configuration(proxyBeanMethods = false)
public class IngestConfig {

    @Bean
    @DependsOnDatabaseInitialization
    IngestJobRepository ingestJobRepository(DataSource dataSource) {
        return new IngestJobRepository(dataSource);
    }

    @Bean
    @DependsOnDatabaseInitialization
    IndicatorValueStore indicatorValueStore(DataSource dataSource, TerritoryGuard guard) {
        return new IndicatorValueStore(dataSource, guard);
    }

    /** Shapefile (.shp or .zip), GeoPackage, GeoJSON, CSV and XLSX, reprojected to EPSG:4326. */
    @Bean
    DatasetReaders datasetReaders() {
        return new DatasetReaders();
    }

    @Bean
    IngestJobRunner ingestJobRunner(DataSource dataSource, IngestJobRepository jobs, List<DatasetReader> readers, Clock clock) {
        return new IngestJobRunner(dataSource, jobs, readers, clock);
    }
}
