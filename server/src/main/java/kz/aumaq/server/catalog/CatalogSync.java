package kz.aumaq.server.catalog;

import java.util.List;
import javax.sql.DataSource;
import kz.aumaq.gis.featurelayer.StoredLayers;
import kz.aumaq.gis.layer.AdminLayers;
import kz.aumaq.gis.layer.CatalogDefaults;
import kz.aumaq.gis.layer.CatalogLoader;
import kz.aumaq.gis.layer.CatalogStore;
import kz.aumaq.gis.layer.LayerCatalog;
import kz.aumaq.gis.layer.LayerVisibilityStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the in-memory catalog what the database says. At start it gives this release's defaults
 * (admin layers) and the loaded layers their rows, once; after every change, here or on another
 * node, and when layers were loaded elsewhere, it reads the rows again and applies what differs.
 * The database is the truth; memory follows it, never the other way round.
 */
public class CatalogSync {

    private static final Logger log = LoggerFactory.getLogger(CatalogSync.class);
    private final LayerCatalog catalog;
    private final CatalogStore store;
    private final CatalogLoader loader;
    private final AdminLayers admin;
    private final StoredLayers stored;
    private final String attribution;
    private final LayerVisibilityStore legacyVisibility;
    private final TransactionTemplate tx;

    public CatalogSync(LayerCatalog catalog, CatalogStore store, AdminLayers admin, StoredLayers stored, String attribution,
                       LayerVisibilityStore legacyVisibility, DataSource dataSource) {
        this.catalog = catalog;
        this.store = store;
        this.loader = new CatalogLoader(store);
        this.admin = admin;
        this.stored = stored;
        this.attribution = attribution;
        this.legacyVisibility = legacyVisibility;
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    /** What this release and the loaded data define, before the team's changes. */
    public CatalogDefaults defaults() {
        return admin.defaults(attribution).and(stored.defaults());
    }

    /** At start: seed, then load. */
    public void start() {
        reload();
        log.info("catalog: {} styles, {} layers, {} groups, update sequence {}", catalog.styles().size(), catalog.layers().size(),
                catalog.groups().size(), catalog.updateSequence());
    }

    /**
     * Reads the stored catalog and applies what differs to memory; first gives rows to defaults that
     * have none (a layer loaded meanwhile, a default new in this release), in one locked transaction.
     */
    public synchronized List<String> reload() {
        CatalogDefaults defaults = defaults();
        if (needsSeeding(defaults)) {
            tx.executeWithoutResult(s -> {
                store.lock();
                if (loader.seed(defaults, legacyVisibility.all())) store.nextSequence();
            });
        }
        return loader.apply(catalog, store.readAll(), defaults);
    }

    /** Applies the stored catalog to memory, without seeding (inside a change's transaction, and after it). */
    public synchronized void apply() {
        loader.apply(catalog, store.readAll(), defaults());
    }

    /** A look without the lock first: most reloads find nothing to seed and need no write at all. */
    private boolean needsSeeding(CatalogDefaults defaults) {
        return !loader.seeding(defaults, store.readAll(), legacyVisibility.all()).isEmpty();
    }

    public CatalogStore store() {
        return store;
    }

    public LayerCatalog catalog() {
        return catalog;
    }
}
