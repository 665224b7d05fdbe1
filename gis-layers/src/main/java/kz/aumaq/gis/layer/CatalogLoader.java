package kz.aumaq.gis.layer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.aumaq.gis.style.Style;
import kz.aumaq.gis.style.StyleCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Between the stored catalog and the one in memory. {@link #seed} gives every default a row once
 * (and refreshes rows the team never edited when the default changes); {@link #apply} makes the
 * in-memory catalog what the rows say, changing only what differs, so that only the tiles of
 * what changed are dropped. Both at start, after every change, and when another node changed it.
 */
public class CatalogLoader {

    private static final Logger log = LoggerFactory.getLogger(CatalogLoader.class);
    private final CatalogStore store;

    public CatalogLoader(CatalogStore store) {
        this.store = store;
    }

    /** The rows seeding would write, by kind; empty when the stored catalog is up to date with its defaults. */
    public record Seeding(List<CatalogStore.Row> styles, List<CatalogStore.Row> layers, List<CatalogStore.Row> groups) {
        public boolean isEmpty() {
            return styles.isEmpty() && layers.isEmpty() && groups.isEmpty();
        }
    }

    /**
     * What seeding writes: rows for the defaults that have none, and new rows for defaults whose
     * definition changed where the team never edited the stored one (an edited copy is kept: a
     * release never overwrites the team's work).
     *
     * @param visibility a layer's visibility from before the catalog was stored (table layer_visibility), for its first row
     */
    public Seeding seeding(CatalogDefaults defaults, CatalogStore.Rows rows, Map<String, Visibility> visibility) {
        List<CatalogStore.Row> styles = new ArrayList<>();
        for (Style s : defaults.styles().values()) {
            String definition = StyleCodec.write(s);
            if (follows(rows.styles().get(s.name()), definition, s.name())) {
                styles.add(new CatalogStore.Row(s.name(), definition, null, CatalogStore.fingerprint(definition), false));
            }
        }
        List<CatalogStore.Row> layers = new ArrayList<>();
        for (Map.Entry<String, CatalogDefaults.DefaultLayer> e : defaults.layers().entrySet()) {
            String name = e.getKey();
            LayerSettings dflt = e.getValue().settings();
            String fingerprint = CatalogStore.fingerprint(CatalogJson.write(dflt));
            CatalogStore.Row row = rows.layers().get(name);
            if (row == null) {
                LayerSettings first = visibility.containsKey(name) ? dflt.withVisibility(visibility.get(name)) : dflt;
                layers.add(new CatalogStore.Row(name, CatalogJson.write(first), null, fingerprint, false));
            } else if (follows(row, CatalogJson.write(dflt), name)) {
                // It keeps the visibility it had (from before the catalog was stored).
                layers.add(new CatalogStore.Row(name, CatalogJson.write(dflt.withVisibility(visibilityOf(row, dflt.visibility()))), null, fingerprint, false));
            }
        }
        List<CatalogStore.Row> groups = new ArrayList<>();
        for (LayerGroup g : defaults.groups().values()) {
            String definition = CatalogJson.write(g);
            if (follows(rows.groups().get(g.name()), definition, g.name())) {
                groups.add(new CatalogStore.Row(g.name(), definition, null, CatalogStore.fingerprint(definition), false));
            }
        }
        return new Seeding(styles, layers, groups);
    }

    /** Writes what {@link #seeding} says; run in a transaction holding {@link CatalogStore#lock()}. Answers whether it wrote. */
    public boolean seed(CatalogDefaults defaults, Map<String, Visibility> visibility) {
        Seeding plan = seeding(defaults, store.readAll(), visibility);
        plan.styles().forEach(store::putStyle);
        plan.layers().forEach(store::putLayer);
        plan.groups().forEach(store::putGroup);
        return !plan.isEmpty();
    }

    /** A default's row is written when it has none, or when it was seeded, never edited, and the default changed. */
    private static boolean follows(CatalogStore.Row row, String definition, String name) {
        if (row == null) return true;
        if (row.edited() || row.builtin() == null) return false;
        return !CatalogStore.fingerprint(definition).equals(row.builtin());
    }

    private static Visibility visibilityOf(CatalogStore.Row row, Visibility fallback) {
        try {
            return CatalogJson.readSettings(row.definition()).visibility();
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    /**
     * Makes {@code catalog} hold what {@code rows} say: styles as stored, each layer with a row and
     * a source ({@code defaults}), groups of those layers; anything else goes. A row that cannot be
     * used (unreadable, or naming a style that is not there) is logged and its default taken instead.
     *
     * @return the layers and groups that changed
     */
    public List<String> apply(LayerCatalog catalog, CatalogStore.Rows rows, CatalogDefaults defaults) {
        Map<String, Style> styles = new LinkedHashMap<>();
        for (CatalogStore.Row row : rows.styles().values()) {
            if (row.deleted()) continue;
            try {
                styles.put(row.name(), StyleCodec.read(row.definition()));
            } catch (IllegalArgumentException e) {
                Style fallback = defaults.styles().get(row.name());
                log.warn("catalog: stored style {} is unreadable ({}){}", row.name(), e.getMessage(), fallback == null ? "; left out" : "; its default is used");
                if (fallback != null) styles.put(row.name(), fallback);
            }
        }
        Map<String, Layer> layers = new LinkedHashMap<>();
        for (Map.Entry<String, CatalogDefaults.DefaultLayer> e : defaults.layers().entrySet()) {
            String name = e.getKey();
            CatalogStore.Row row = rows.layers().get(name);
            LayerSettings settings = e.getValue().settings();
            if (row != null) {
                try {
                    LayerSettings stored = CatalogJson.readSettings(row.definition());
                    List<String> missing = stored.styles().stream().filter(s -> !styles.containsKey(s)).toList();
                    if (!missing.isEmpty()) throw new IllegalArgumentException("unknown styles " + missing);
                    settings = stored;
                } catch (IllegalArgumentException ex) {
                    log.warn("catalog: stored settings of layer {} cannot be used ({}); its defaults are used", name, ex.getMessage());
                }
            }
            if (settings.styles().stream().anyMatch(s -> !styles.containsKey(s))) {
                log.warn("catalog: layer {} is left out: its styles {} are not all in the catalog", name, settings.styles());
                continue;
            }
            try {
                layers.put(name, settings.toLayer(name, e.getValue().source()));
            } catch (IllegalArgumentException ex) {
                log.warn("catalog: layer {} is left out: {}", name, ex.getMessage());
            }
        }
        Map<String, LayerGroup> groups = new LinkedHashMap<>();
        for (CatalogStore.Row row : rows.groups().values()) {
            try {
                LayerGroup g = CatalogJson.readGroup(row.definition());
                List<String> members = g.layers().stream().filter(layers::containsKey).toList();
                if (!members.isEmpty() && !layers.containsKey(g.name())) groups.put(g.name(), g.withLayers(members));
            } catch (IllegalArgumentException e) {
                log.warn("catalog: stored group {} is unreadable ({}); left out", row.name(), e.getMessage());
            }
        }
        return catalog.update(rows.sequence(), c -> {
            for (LayerGroup g : catalog.groups()) if (!groups.containsKey(g.name())) c.removeGroup(g.name());
            for (Layer l : catalog.layers()) if (!layers.containsKey(l.name())) c.removeLayer(l.name());
            for (Style s : styles.values()) if (!s.equals(catalog.style(s.name()).orElse(null))) c.putStyle(s);
            for (Layer l : layers.values()) if (!l.equals(catalog.layer(l.name()).orElse(null))) c.putLayer(l);
            for (LayerGroup g : groups.values()) if (!g.equals(catalog.group(g.name()).orElse(null))) c.putGroup(g);
            List<String> gone = new ArrayList<>();
            for (Style s : catalog.styles()) if (!styles.containsKey(s.name())) gone.add(s.name());
            gone.forEach(c::removeStyle);
        });
    }
}
