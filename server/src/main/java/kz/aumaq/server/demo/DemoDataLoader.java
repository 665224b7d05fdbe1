package kz.aumaq.server.demo;

import java.util.List;
import kz.aumaq.gis.demo.DemoTerritory;
import kz.aumaq.gis.demo.DemoTerritoryGenerator;
import kz.aumaq.gis.unit.AdminUnitRepository;
import kz.aumaq.gis.unit.AdminUnitWriter;
import kz.aumaq.server.config.AumaqProperties;
import kz.aumaq.server.security.SystemTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Loads the generated demo territory on first start, when the database holds no units and no
 * real data is configured ({@code aumaq.seed.geokz-dir} wins, see GeokzSeedLoader). Runs while
 * the context starts, before the web server accepts requests, so a server that answers "UP"
 * already has its data.
 */
@Component
public class DemoDataLoader implements SmartInitializingSingleton {

    public static final String SOURCE = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private final AumaqProperties properties;
    private final AdminUnitRepository repository;
    private final AdminUnitWriter writer;

    public DemoDataLoader(AumaqProperties properties, AdminUnitRepository repository, AdminUnitWriter writer) {
        this.properties = properties;
        this.repository = repository;
        this.writer = writer;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (properties.seed().geokz()) {
            log.info("aumaq.seed.geokz-dir is set; demo data not loaded");
            return;
        }
        if (!properties.demo().enabled()) {
            log.info("Demo data disabled (aumaq.demo.enabled=false)");
            return;
        }
        if (repository.count() > 0) {
            log.info("Database already holds units; demo data not loaded");
            return;
        }
        long start = System.nanoTime();
        DemoTerritory territory = new DemoTerritoryGenerator(properties.demo().seed()).generate();
        long generated = System.nanoTime();
        List<?> stored = SystemTask.run("demo", () -> writer.insert(territory.units()));
        log.info("Loaded demo territory: {} units (generated in {} ms, stored in {} ms). "
                        + "These boundaries are generated, not official.",
                stored.size(), (generated - start) / 1_000_000, (System.nanoTime() - generated) / 1_000_000);
    }
}
