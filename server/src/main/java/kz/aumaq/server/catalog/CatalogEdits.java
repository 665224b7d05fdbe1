package kz.aumaq.server.catalog;

import java.util.Map;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import kz.aumaq.gis.layer.CatalogJson;
import kz.aumaq.gis.layer.CatalogStore;
import kz.aumaq.gis.layer.Layer;
import kz.aumaq.gis.layer.LayerCatalog;
import kz.aumaq.gis.layer.LayerGroup;
import kz.aumaq.gis.layer.LayerSettings;
import kz.aumaq.gis.style.Style;
import kz.aumaq.gis.style.StyleCodec;
import kz.aumaq.gis.style.sld.SldWriter;
import kz.aumaq.gis.text.Lang;
import kz.aumaq.server.api.ApiException;
import kz.aumaq.server.audit.AuditTrail;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every change the GIS team makes to the catalog: one transaction that locks the stored catalog,
 * checks the change against it as it is now (on any node), writes the row, takes the next update
 * sequence and records the audit entry; then memory follows the database. A change that fails
 * leaves the previous state in both.
 */
public class CatalogEdits {

    private final CatalogSync sync;
    private final CatalogStore store;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final SldWriter sldWriter = new SldWriter();

    public CatalogEdits(CatalogSync sync, AuditTrail audit, DataSource dataSource) {
        this.sync = sync;
        this.store = sync.store();
        this.audit = audit;
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    private LayerCatalog catalog() {
        return sync.catalog();
    }

    /**
     * Creates or replaces a style; answers whether it was new. Layers drawing with it redraw at once.
     *
     * @param sld the document as uploaded, kept beside what it parsed to
     */
    public boolean putStyle(Style style, String sld) {
        return change(wrote -> {
            Style before = catalog().style(style.name()).orElse(null);
            CatalogStore.Row row = store.readAll().styles().get(style.name());
            store.putStyle(new CatalogStore.Row(style.name(), StyleCodec.write(style), sld, row == null ? null : row.builtin(), true, false));
            wrote.run();
            audit.record(before == null ? "style.create" : "style.update", "style", style.name(), before == null ? null : sld(before), sld(style));
            return before == null;
        });
    }

    /** Removes a style no layer uses (409 naming those that do). A default style stays deleted: it is not seeded again. */
    public void deleteStyle(String name) {
        change(wrote -> {
            Style before = catalog().style(name).orElseThrow(() -> ApiException.notFound("No style named " + name));
            var users = catalog().layers().stream().filter(l -> l.styles().contains(name)).map(Layer::name).toList();
            if (!users.isEmpty()) {
                throw new ApiException(HttpStatus.CONFLICT, "name", "style " + name + " is used by layers " + users
                        + "; remove it from their styles first (PATCH /api/layers/{layer})");
            }
            CatalogStore.Row row = store.readAll().styles().get(name);
            if (row != null && row.builtin() != null) store.putStyle(new CatalogStore.Row(name, row.definition(), row.sld(), row.builtin(), true, true));
            else store.deleteStyle(name);
            wrote.run();
            audit.record("style.delete", "style", name, sld(before), null);
            return null;
        });
    }

    /**
     * Changes a layer's settings: {@code change} gets the layer as it is now and answers it as it
     * should be (throwing ApiException to refuse). Answers the layer as it then is.
     *
     * @param action the audit action, e.g. {@code layer.update}
     */
    public Layer updateLayer(String name, UnaryOperator<Layer> change, String action) {
        change(wrote -> {
            Layer before = catalog().layer(name).orElseThrow(() -> ApiException.notFound("No layer named " + name));
            Layer after = change.apply(before);
            if (after.equals(before)) return null;
            CatalogStore.Row row = store.readAll().layers().get(name);
            store.putLayer(new CatalogStore.Row(name, CatalogJson.write(LayerSettings.of(after)), null, row == null ? null : row.builtin(), true));
            wrote.run();
            audit.record(action, "layer", name, CatalogJson.map(LayerSettings.of(before)), CatalogJson.map(LayerSettings.of(after)));
            return null;
        });
        return catalog().layer(name).orElseThrow();
    }

    /** Changes a group (title, abstract, keywords, members): {@code change} as for layers. */
    public LayerGroup updateGroup(String name, UnaryOperator<LayerGroup> change) {
        change(wrote -> {
            LayerGroup before = catalog().group(name).orElseThrow(() -> ApiException.notFound("No group named " + name));
            LayerGroup after = change.apply(before);
            if (after.equals(before)) return null;
            for (String m : after.layers()) {
                if (catalog().layer(m).isEmpty()) throw new ApiException(HttpStatus.BAD_REQUEST, "layers", "no layer named " + m);
            }
            CatalogStore.Row row = store.readAll().groups().get(name);
            store.putGroup(new CatalogStore.Row(name, CatalogJson.write(after), null, row == null ? null : row.builtin(), true));
            wrote.run();
            audit.record("group.update", "group", name, CatalogJson.map(before), CatalogJson.map(after));
            return null;
        });
        return catalog().group(name).orElseThrow();
    }

    /** A change's work inside its transaction; it calls {@code wrote} when it wrote a row. */
    interface Work<T> {
        T run(Runnable wrote);
    }

    /**
     * Runs a change in one transaction under the catalog lock, with memory brought to what the
     * database says first (so the change is checked against every node's changes), then — if it
     * wrote anything — the next sequence number; memory follows after the commit. One change at a
     * time on this node.
     */
    <T> T change(Work<T> work) {
        synchronized (sync) {
            try {
                return tx.execute(s -> {
                    store.lock();
                    sync.apply();
                    boolean[] wrote = {false};
                    T r = work.run(() -> wrote[0] = true);
                    if (wrote[0]) store.nextSequence();
                    return r;
                });
            } finally {
                // Whatever happened, memory is what the database now holds.
                sync.apply();
            }
        }
    }

    /** A style as the audit trail keeps it: its SLD (in Kazakh titles), the form it is exchanged in. */
    private Map<String, Object> sld(Style style) {
        return Map.of("sld", sldWriter.write(style, Lang.DEFAULT));
    }
}
