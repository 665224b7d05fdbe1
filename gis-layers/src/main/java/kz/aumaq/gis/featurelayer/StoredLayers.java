package kz.aumaq.gis.featurelayer;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kz.aumaq.gis.layer.CatalogDefaults;
import kz.aumaq.gis.layer.LayerCatalog;
import kz.aumaq.gis.layer.LayerSettings;
import kz.aumaq.gis.layer.Visibility;
import kz.aumaq.gis.style.Style;
import kz.aumaq.gis.text.LocalizedText;

/**
 * The stored feature layers as catalog defaults: each with the default style of its geometry
 * type, public, titled as loaded. The catalog keeps what the team changes; a re-load brings new
 * features (a new source) under the same settings.
 */
public final class StoredLayers {

    private final FeatureLayerStore store;
    private final String attribution;
    /** Layer name → its source for the load (ingest job) it shows: the same object until the layer is loaded again. */
    private final Map<String, StoredLayerSource> sources = new ConcurrentHashMap<>();

    public StoredLayers(FeatureLayerStore store, String attribution) {
        this.store = store;
        this.attribution = attribution;
    }

    /** Every stored layer, as it is in the database now. */
    public CatalogDefaults defaults() {
        CatalogDefaults d = new CatalogDefaults();
        for (Style s : FeatureLayerStyles.all()) d.style(s);
        for (FeatureLayerInfo info : store.layers()) d.layer(info.name(), settings(info), source(info));
        return d;
    }

    /** Puts every stored layer into an in-memory catalog (no stored settings): for tools and tests. */
    public void publishAll(LayerCatalog catalog) {
        defaults().publishInto(catalog);
    }

    private StoredLayerSource source(FeatureLayerInfo info) {
        return sources.compute(info.name(), (name, known) -> known != null && known.info().source().equals(info.source()) && known.info().equals(info)
                ? known : new StoredLayerSource(store, info));
    }

    LayerSettings settings(FeatureLayerInfo info) {
        String style = FeatureLayerStyles.forType(info.geometryType());
        LocalizedText title = info.title().isEmpty() ? LocalizedText.of(info.name()) : info.title();
        return new LayerSettings(title, abstractOf(info), List.of(info.name()), true, style, List.of(style), 0, 0, Visibility.PUBLIC, attribution);
    }

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
}
