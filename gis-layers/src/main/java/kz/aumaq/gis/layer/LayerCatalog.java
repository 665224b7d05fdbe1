package kz.aumaq.gis.layer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import kz.aumaq.gis.style.Style;

/**
 * The published layers, groups and styles. Reads are lock-free snapshots; every change bumps
 * {@link #updateSequence()} (WMS capabilities' updateSequence) and tells listeners which layers
 * it touched, so tile caches drop exactly those.
 */
public class LayerCatalog {

    private volatile Map<String, Layer> layers = Map.of();
    private volatile Map<String, LayerGroup> groups = Map.of();
    private volatile Map<String, Style> styles = Map.of();
    private final AtomicLong updateSequence = new AtomicLong(1);
    private final List<Consumer<List<String>>> listeners = new CopyOnWriteArrayList<>();

    public long updateSequence() {
        return updateSequence.get();
    }

    /** The catalog as seen by someone with this access: what every map service answers from. */
    public CatalogView view(LayerAccess access) {
        return new CatalogView(this, access);
    }

    /** Called with the names of the layers a change affected. */
    public void onChange(Consumer<List<String>> listener) {
        listeners.add(listener);
    }

    public List<Layer> layers() {
        return List.copyOf(layers.values());
    }

    public List<LayerGroup> groups() {
        return List.copyOf(groups.values());
    }

    public List<Style> styles() {
        return List.copyOf(styles.values());
    }

    public Optional<Layer> layer(String name) {
        return Optional.ofNullable(layers.get(name));
    }

    public Optional<LayerGroup> group(String name) {
        return Optional.ofNullable(groups.get(name));
    }

    public Optional<Style> style(String name) {
        return Optional.ofNullable(styles.get(name));
    }

    public synchronized void putStyle(Style style) {
        Map<String, Style> next = new LinkedHashMap<>(styles);
        next.put(style.name(), style);
        styles = Map.copyOf(next);
        changed(layersUsing(style.name()));
    }

    /** Removes a style no layer uses. */
    public synchronized void removeStyle(String name) {
        List<String> users = layersUsing(name);
        if (!users.isEmpty()) throw new IllegalStateException("style " + name + " is used by layers " + users);
        Map<String, Style> next = new LinkedHashMap<>(styles);
        if (next.remove(name) == null) return;
        styles = Map.copyOf(next);
        changed(List.of());
    }

    /** Publishes or replaces a layer; its styles must exist. */
    public synchronized void putLayer(Layer layer) {
        for (String s : layer.styles()) {
            if (!styles.containsKey(s)) throw new IllegalArgumentException("layer " + layer.name() + " refers to unknown style " + s);
        }
        if (groups.containsKey(layer.name())) throw new IllegalArgumentException("a group is already named " + layer.name());
        Map<String, Layer> next = new LinkedHashMap<>(layers);
        next.put(layer.name(), layer);
        layers = next;
        changed(List.of(layer.name()));
    }

    /** Unpublishes a layer and drops it from groups; a group left empty goes too. */
    public synchronized void removeLayer(String name) {
        if (!layers.containsKey(name)) return;
        Map<String, Layer> next = new LinkedHashMap<>(layers);
        next.remove(name);
        Map<String, LayerGroup> nextGroups = new LinkedHashMap<>();
        for (LayerGroup g : groups.values()) {
            List<String> members = new ArrayList<>(g.layers());
            members.remove(name);
            if (!members.isEmpty()) nextGroups.put(g.name(), g.withLayers(members));
        }
        layers = next;
        groups = nextGroups;
        changed(List.of(name));
    }

    public synchronized void putGroup(LayerGroup group) {
        for (String l : group.layers()) {
            if (!layers.containsKey(l)) throw new IllegalArgumentException("group " + group.name() + " refers to unknown layer " + l);
        }
        if (layers.containsKey(group.name())) throw new IllegalArgumentException("a layer is already named " + group.name());
        Map<String, LayerGroup> next = new LinkedHashMap<>(groups);
        next.put(group.name(), group);
        groups = next;
        changed(List.of(group.name()));
    }

    private List<String> layersUsing(String style) {
        return layers.values().stream().filter(l -> l.styles().contains(style)).map(Layer::name).toList();
    }

    private void changed(List<String> layerNames) {
        updateSequence.incrementAndGet();
        for (Consumer<List<String>> l : listeners) l.accept(layerNames);
    }
}
