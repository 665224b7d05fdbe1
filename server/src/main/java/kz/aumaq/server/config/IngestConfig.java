package kz.aumaq.server.config;

import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import kz.aumaq.ingest.job.IngestJobRepository;
import kz.aumaq.ingest.job.IngestJobRunner;
import kz.aumaq.ingest.source.DatasetReader;
import kz.aumaq.ingest.source.LegacyShapefileDatasetReader;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires ingest jobs: the job table, the file readers (every DatasetReader bean) and the runner. */
@Configuration(proxyBeanMethods = false)
public class IngestConfig {

    @Bean
    @DependsOnDatabaseInitialization
    IngestJobRepository ingestJobRepository(DataSource dataSource) {
        return new IngestJobRepository(dataSource);
    }

    /** Until the format readers land: WGS 84 shapefiles through H2GIS. */
    @Bean
    LegacyShapefileDatasetReader legacyShapefileDatasetReader() {
        return new LegacyShapefileDatasetReader();
    }

    @Bean
    IngestJobRunner ingestJobRunner(DataSource dataSource, IngestJobRepository jobs, List<DatasetReader> readers, Clock clock) {
        return new IngestJobRunner(dataSource, jobs, readers, clock);
    }
}
