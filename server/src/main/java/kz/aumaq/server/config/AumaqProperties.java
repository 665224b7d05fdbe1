package kz.aumaq.server.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code aumaq.*} settings (documented in application.yml and the README).
 *
 * @param dataDir where the embedded database and later caches and uploads live
 * @param demo    the generated demo territory
 * @param seed    real data to load instead of the demo territory
 */
@ConfigurationProperties("aumaq")
public record AumaqProperties(Path dataDir, Demo demo, Seed seed) {

    public AumaqProperties {
        if (dataDir == null) dataDir = Path.of("data");
        if (demo == null) demo = new Demo(true, 20240101L);
        if (seed == null) seed = new Seed(null);
    }

    /**
     * @param enabled load the demo territory at start when the database has no units
     * @param seed    generator seed: the same seed always gives the same territory
     */
    public record Demo(boolean enabled, long seed) {
    }

    /**
     * @param geokzDir folder with the geokz shapefiles, loaded at start when the database has no
     *                 units; when set, the demo territory is not loaded. Null (or empty) when unused.
     */
    public record Seed(Path geokzDir) {

        public Seed {
            // "--aumaq.seed.geokz-dir=" means unset, not the current directory
            if (geokzDir != null && geokzDir.toString().isBlank()) geokzDir = null;
        }

        public boolean geokz() {
            return geokzDir != null;
        }
    }
}
