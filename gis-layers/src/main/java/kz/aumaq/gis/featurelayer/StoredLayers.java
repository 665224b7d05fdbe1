package kz.aumaq.gis.featurelayer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kz.aumaq.gis.layer.Layer;
import kz.aumaq.gis.layer.LayerCatalog;
import kz.aumaq.gis.layer.LayerVisibilityStore;
import kz.aumaq.gis.layer.Visibility;
import kz.aumaq.gis.style.Style;
import kz.aumaq.gis.text.LocalizedText;

/** Publishes the stored feature layers into the catalog, with the default style of their geometry type. */
public final class StoredLayers {

    private final FeatureLayerStore store;
    private final String attribution;
    private final LayerVisibilityStore visibilities;
    /** Layer name → the source (ingest job) published for it: what a refresh compares with. */
    private final Map<String, String> published = new ConcurrentHashMap<>();

    /** Layers published as public, unless the catalog or {@code visibilities} (may be null) says otherwise. */
    public StoredLayers(FeatureLayerStore store, String attribution, LayerVisibilityStore visibilities) {
        this.store = store;
        this.attribution = attribution;
        this.visibilities = visibilities;
    }

    /** Every stored layer (at start). */
    public void publishAll(LayerCatalog catalog) {
        for (FeatureLayerInfo info : store.layers()) publish(catalog, info);
    }

    /**
     * Publishes the layers loaded (or re-loaded) since the last look, by another process such as
     * the ingest command line; answers their names. A layer unpublished through the catalog stays
     * unpublished until it is loaded again.
     */
    public List<String> refresh(LayerCatalog catalog) {
        List<String> changed = new ArrayList<>();
        for (FeatureLayerInfo info : store.layers()) {
            if (info.source().equals(published.get(info.name()))) continue;
            publish(catalog, info);
            changed.add(info.name());
        }
        return changed;
    }

    /**
     * One layer, new or re-loaded: replaces what the catalog had under its name. A re-loaded layer
     * keeps its visibility (a restricted draft must not turn public with new data), as does one an
     * editor restricted before.
     */
    /** What a loaded layer says of itself until an editor writes its abstract: its kind and its fields. */
    static LocalizedText abstractOf(FeatureLayerInfo info) {
        String fields = info.fields().stream().map(f -> f.name()).collect(java.util.stream.Collectors.joining(", "));
        String kk = switch (info.geometryType()) {
            case "point" -> "Жүктелген нүктелер қабаты";
            case "line" -> "Жүктелген сызықтар қабаты";
            default -> "Жүктелген көпбұрыштар қабаты";
        };
        String ru = switch (info.geometryType()) {
            case "point" -> "Загруженный слой точек";
            case "line" -> "Загруженный слой линий";
            default -> "Загруженный слой полигонов";
        };
        String en = "Loaded " + info.geometryType() + " layer";
        if (fields.isEmpty()) return new LocalizedText(kk + ".", ru + ".", en + ".");
        return new LocalizedText(kk + "; өрістері: " + fields + ".", ru + "; поля: " + fields + ".", en + "; fields: " + fields + ".");
    }

    public void publish(LayerCatalog catalog, FeatureLayerInfo info) {
        Visibility visibility = catalog.layer(info.name()).map(Layer::visibility)
                .or(() -> visibilities == null ? java.util.Optional.empty() : visibilities.of(info.name()))
                .orElse(Visibility.PUBLIC);
        published.put(info.name(), info.source());
        for (Style s : FeatureLayerStyles.all()) if (catalog.style(s.name()).isEmpty()) catalog.putStyle(s);
        String style = FeatureLayerStyles.forType(info.geometryType());
        LocalizedText title = info.title().kk() == null && info.title().ru() == null && info.title().en() == null ? LocalizedText.of(info.name()) : info.title();
        catalog.putLayer(new Layer(info.name(), title, abstractOf(info), List.of(info.name()), new StoredLayerSource(store, info), true,
                style, List.of(style), 0, 0, visibility, attribution));
    }
}
