package kz.aumaq.server.layer;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import kz.aumaq.server.catalog.CatalogSync;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Publishes layers that the ingest command line loaded into the database while the server runs:
 * it looks every {@code aumaq.layers.refresh-seconds} (0 turns it off), so the GIS team need not
 * restart the server after a load.
 */
@Component
class StoredLayerRefresh {

    private static final Logger log = LoggerFactory.getLogger(StoredLayerRefresh.class);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "stored-layer-refresh");
        t.setDaemon(true);
        return t;
    });

    StoredLayerRefresh(CatalogSync catalog, @Value("${aumaq.layers.refresh-seconds:30}") long seconds) {
        if (seconds < 0) throw new IllegalArgumentException("aumaq.layers.refresh-seconds must be 0 (off) or more, got " + seconds);
        if (seconds == 0) return;
        timer.scheduleWithFixedDelay(() -> {
            try {
                List<String> changed = catalog.reload();
                if (!changed.isEmpty()) log.info("catalog: changed elsewhere, now applied here: {}", changed);
            } catch (RuntimeException e) {
                // A database hiccup must not end the schedule; the next look tries again.
                log.warn("could not look for newly loaded layers", e);
            }
        }, seconds, seconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
