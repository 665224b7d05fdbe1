package kz.aumaq.gis.layer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.aumaq.gis.style.Style;

/**
 * What the catalog holds before the GIS team touches it: the styles, layers (settings and where
 * their features come from) and groups that this release defines and that loaded data brings. The
 * stored catalog starts from these and keeps the team's changes to them.
 */
public final class CatalogDefaults {

    /** A layer as it starts: its default settings and its source (which nobody edits). */
    public record DefaultLayer(LayerSettings settings, LayerSource source) {
    }

    private final Map<String, Style> styles = new LinkedHashMap<>();
    private final Map<String, DefaultLayer> layers = new LinkedHashMap<>();
    private final Map<String, LayerGroup> groups = new LinkedHashMap<>();

    public CatalogDefaults style(Style s) {
        styles.put(s.name(), s);
        return this;
    }

    public CatalogDefaults layer(String name, LayerSettings settings, LayerSource source) {
        layers.put(name, new DefaultLayer(settings, source));
        return this;
    }

    public CatalogDefaults group(LayerGroup g) {
        groups.put(g.name(), g);
        return this;
    }

    /** These defaults and then {@code other}'s (which win on a shared name). */
    public CatalogDefaults and(CatalogDefaults other) {
        CatalogDefaults all = new CatalogDefaults();
        all.styles.putAll(styles);
        all.styles.putAll(other.styles);
        all.layers.putAll(layers);
        all.layers.putAll(other.layers);
        all.groups.putAll(groups);
        all.groups.putAll(other.groups);
        return all;
    }

    public Map<String, Style> styles() {
        return styles;
    }

    public Map<String, DefaultLayer> layers() {
        return layers;
    }

    public Map<String, LayerGroup> groups() {
        return groups;
    }

    /** Puts everything into an in-memory catalog as it is (no stored state): for tools and tests. */
    public void publishInto(LayerCatalog catalog) {
        catalog.update(catalog.updateSequence() + 1, c -> {
            styles.values().forEach(c::putStyle);
            List<Layer> built = new ArrayList<>();
            layers.forEach((name, d) -> built.add(d.settings().toLayer(name, d.source())));
            built.forEach(c::putLayer);
            groups.values().forEach(c::putGroup);
        });
    }
}
