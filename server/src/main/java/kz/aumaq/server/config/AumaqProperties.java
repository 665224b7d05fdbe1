package kz.aumaq.server.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code aumaq.*} settings (documented in application.yml and the README).
 *
 * @param dataDir where the embedded database and later caches and uploads live
 * @param demo    the generated demo territory
 */
@ConfigurationProperties("aumaq")
public record AumaqProperties(Path dataDir, Demo demo) {

    public AumaqProperties {
        if (dataDir == null) dataDir = Path.of("data");
        if (demo == null) demo = new Demo(true, 20240101L);
    }

    /**
     * @param enabled load the demo territory at start when the database has no units
     * @param seed    generator seed: the same seed always gives the same territory
     */
    public record Demo(boolean enabled, long seed) {
    }
}
