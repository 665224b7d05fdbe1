package kz.aumaq.gis.layer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import kz.aumaq.gis.style.Style;

/**
 * The published layers, groups and styles. Reads are lock-free snapshots; every change bumps
 * {@link #updateSequence()} (WMS capabilities' updateSequence) and tells listeners which layers
 * it touched, so tile caches drop exactly those.
 *
 * <p>Changes come one at a time ({@link #putStyle}…, each the next sequence number) or as one
 * batch with the sequence the durable catalog gave them ({@link #update}), all checked before any
 * is seen: a batch that breaks an invariant changes nothing.
 */
public class LayerCatalog {

    private volatile Map<String, Layer> layers = Map.of();
    private volatile Map<String, LayerGroup> groups = Map.of();
    private volatile Map<String, Style> styles = Map.of();
    private volatile long updateSequence = 1;
    private final List<Consumer<List<String>>> listeners = new CopyOnWriteArrayList<>();

    public long updateSequence() {
        return updateSequence;
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
        update(updateSequence + 1, c -> c.putStyle(style));
    }

    /** Removes a style no layer uses. */
    public synchronized void removeStyle(String name) {
        if (!styles.containsKey(name)) return;
        update(updateSequence + 1, c -> c.removeStyle(name));
    }

    /** Publishes or replaces a layer; its styles must exist. */
    public synchronized void putLayer(Layer layer) {
        update(updateSequence + 1, c -> c.putLayer(layer));
    }

    /** Unpublishes a layer and drops it from groups; a group left empty goes too. */
    public synchronized void removeLayer(String name) {
        if (!layers.containsKey(name)) return;
        update(updateSequence + 1, c -> c.removeLayer(name));
    }

    public synchronized void putGroup(LayerGroup group) {
        update(updateSequence + 1, c -> c.putGroup(group));
    }

    public synchronized void removeGroup(String name) {
        if (!groups.containsKey(name)) return;
        update(updateSequence + 1, c -> c.removeGroup(name));
    }

    /**
     * Applies a batch of changes at once, then takes {@code sequence} as the update sequence (never
     * going back) and tells listeners once. Nothing is applied if any change is refused.
     *
     * @return the layers and groups the batch touched
     * @throws IllegalArgumentException or IllegalStateException for a change that breaks an invariant
     */
    public synchronized List<String> update(long sequence, Consumer<Changes> changes) {
        Changes c = new Changes(new LinkedHashMap<>(layers), new LinkedHashMap<>(groups), new LinkedHashMap<>(styles));
        changes.accept(c);
        c.check();
        layers = c.layers;
        groups = c.groups;
        styles = Map.copyOf(c.styles);
        updateSequence = Math.max(updateSequence, sequence);
        List<String> names = List.copyOf(c.touched);
        if (c.touched.isEmpty() && !c.any) return names;
        for (Consumer<List<String>> l : listeners) l.accept(names);
        return names;
    }

    /** Sets the update sequence (the durable one, at start or after reading another node's change); never goes back. */
    public synchronized void advanceSequenceTo(long sequence) {
        updateSequence = Math.max(updateSequence, sequence);
    }

    /** The changes of one batch, made on copies; checked as a whole when the batch ends. */
    public static final class Changes {
        private final Map<String, Layer> layers;
        private final Map<String, LayerGroup> groups;
        private final Map<String, Style> styles;
        private final Set<String> touched = new LinkedHashSet<>();
        private boolean any;

        private Changes(Map<String, Layer> layers, Map<String, LayerGroup> groups, Map<String, Style> styles) {
            this.layers = layers;
            this.groups = groups;
            this.styles = styles;
        }

        public Changes putStyle(Style style) {
            styles.put(style.name(), style);
            any = true;
            touched.addAll(layersUsing(style.name()));
            return this;
        }

        public Changes removeStyle(String name) {
            List<String> users = layersUsing(name);
            if (!users.isEmpty()) throw new IllegalStateException("style " + name + " is used by layers " + users);
            if (styles.remove(name) != null) any = true;
            return this;
        }

        public Changes putLayer(Layer layer) {
            if (groups.containsKey(layer.name())) throw new IllegalArgumentException("a group is already named " + layer.name());
            layers.put(layer.name(), layer);
            touched.add(layer.name());
            return this;
        }

        /** The layer goes, and with it its place in every group; a group left empty goes too. */
        public Changes removeLayer(String name) {
            if (layers.remove(name) == null) return this;
            touched.add(name);
            for (LayerGroup g : List.copyOf(groups.values())) {
                if (!g.layers().contains(name)) continue;
                List<String> members = new ArrayList<>(g.layers());
                members.remove(name);
                if (members.isEmpty()) groups.remove(g.name());
                else groups.put(g.name(), g.withLayers(members));
                touched.add(g.name());
            }
            return this;
        }

        public Changes putGroup(LayerGroup group) {
            if (layers.containsKey(group.name())) throw new IllegalArgumentException("a layer is already named " + group.name());
            groups.put(group.name(), group);
            touched.add(group.name());
            return this;
        }

        public Changes removeGroup(String name) {
            if (groups.remove(name) != null) touched.add(name);
            return this;
        }

        /** Every layer's styles exist and every group's members are layers, once the batch is complete. */
        private void check() {
            for (Layer l : layers.values()) {
                for (String s : l.styles()) {
                    if (!styles.containsKey(s)) throw new IllegalArgumentException("layer " + l.name() + " refers to unknown style " + s);
                }
            }
            for (LayerGroup g : groups.values()) {
                for (String m : g.layers()) {
                    if (!layers.containsKey(m)) throw new IllegalArgumentException("group " + g.name() + " refers to unknown layer " + m);
                }
            }
        }

        private List<String> layersUsing(String style) {
            return layers.values().stream().filter(l -> l.styles().contains(style)).map(Layer::name).toList();
        }
    }
}
