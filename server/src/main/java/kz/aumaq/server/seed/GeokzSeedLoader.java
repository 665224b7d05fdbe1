package kz.aumaq.server.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.aumaq.gis.unit.AdminUnit;
import kz.aumaq.gis.unit.AdminUnitRepository;
import kz.aumaq.gis.unit.AdminUnitWriter;
import kz.aumaq.ingest.geokz.GeokzLoader;
import kz.aumaq.server.config.AumaqProperties;
import kz.aumaq.server.security.SystemTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Loads the real geokz boundaries from {@code aumaq.seed.geokz-dir} on first start, when the
 * database holds no units; the demo loader stands aside whenever this is configured. Like the
 * demo load it runs before the web server accepts requests. A configured folder that is missing
 * stops the start: silently serving an empty map would hide the mistake.
 */
@Component
public class GeokzSeedLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(GeokzSeedLoader.class);
    private final AumaqProperties properties;
    private final AdminUnitRepository repository;
    private final AdminUnitWriter writer;

    public GeokzSeedLoader(AumaqProperties properties, AdminUnitRepository repository, AdminUnitWriter writer) {
        this.properties = properties;
        this.repository = repository;
        this.writer = writer;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!properties.seed().geokz()) return;
        Path dir = properties.seed().geokzDir().toAbsolutePath().normalize();
        if (repository.count() > 0) {
            log.info("Database already holds units; geokz seed from {} not loaded", dir);
            return;
        }
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("aumaq.seed.geokz-dir is set to " + dir + ", which is not a directory");
        }
        long start = System.nanoTime();
        List<AdminUnit> units;
        try {
            units = new GeokzLoader().load(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load geokz from " + dir, e);
        }
        long read = System.nanoTime();
        List<AdminUnit> stored = SystemTask.run("geokz-seed", () -> writer.insert(units));
        log.info("Loaded geokz boundaries from {}: {} units (read in {} ms, stored in {} ms). "
                        + "Boundaries: geokz, A. Rodionov, CC BY 4.0.",
                dir, stored.size(), (read - start) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
    }
}
