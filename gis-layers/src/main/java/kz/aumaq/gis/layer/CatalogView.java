package kz.aumaq.gis.layer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.aumaq.gis.style.Style;

/**
 * The catalog as one viewer sees it: the layers they may see (restricted ones cut to their
 * territory, when they have one), and the groups cut down to those layers (a group with none left
 * does not exist for them). Styles are not secret; which layers use
 * a style is, so that is answered through {@link #layers()}.
 */
public final class CatalogView {

    private final LayerCatalog catalog;
    private final LayerAccess access;

    CatalogView(LayerCatalog catalog, LayerAccess access) {
        this.catalog = catalog;
        this.access = access;
    }

    public List<Layer> layers() {
        return catalog.layers().stream().filter(access::maySee).map(access::shown).toList();
    }

    public Optional<Layer> layer(String name) {
        return catalog.layer(name).filter(access::maySee).map(access::shown);
    }

    public List<LayerGroup> groups() {
        List<LayerGroup> out = new ArrayList<>();
        for (LayerGroup g : catalog.groups()) visible(g).ifPresent(out::add);
        return out;
    }

    public Optional<LayerGroup> group(String name) {
        return catalog.group(name).flatMap(this::visible);
    }

    /** True when the viewer sees every member of the group, i.e. the group exactly as published. */
    public boolean wholeGroup(String name) {
        LayerGroup g = catalog.group(name).orElse(null);
        return g != null && g.layers().stream().allMatch(m -> layer(m).isPresent());
    }

    public Optional<Style> style(String name) {
        return catalog.style(name);
    }

    public long updateSequence() {
        return catalog.updateSequence();
    }

    private Optional<LayerGroup> visible(LayerGroup g) {
        List<String> members = g.layers().stream().filter(m -> layer(m).isPresent()).toList();
        if (members.isEmpty()) return Optional.empty();
        if (members.size() == g.layers().size()) return Optional.of(g);
        return Optional.of(g.withLayers(members));
    }
}
