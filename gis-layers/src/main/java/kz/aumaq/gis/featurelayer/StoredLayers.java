package kz.aumaq.gis.featurelayer;

import java.util.List;
import kz.aumaq.gis.layer.Layer;
import kz.aumaq.gis.layer.LayerCatalog;
import kz.aumaq.gis.layer.Visibility;
import kz.aumaq.gis.style.Style;
import kz.aumaq.gis.text.LocalizedText;

/** Publishes the stored feature layers into the catalog, with the default style of their geometry type. */
public final class StoredLayers {

    private final FeatureLayerStore store;
    private final String attribution;

    public StoredLayers(FeatureLayerStore store, String attribution) {
        this.store = store;
        this.attribution = attribution;
    }

    /** Every stored layer (at start). */
    public void publishAll(LayerCatalog catalog) {
        for (FeatureLayerInfo info : store.layers()) publish(catalog, info);
    }

    /** One layer, new or re-loaded: replaces what the catalog had under its name. */
    public void publish(LayerCatalog catalog, FeatureLayerInfo info) {
        for (Style s : FeatureLayerStyles.all()) if (catalog.style(s.name()).isEmpty()) catalog.putStyle(s);
        String style = FeatureLayerStyles.forType(info.geometryType());
        LocalizedText title = info.title().kk() == null && info.title().ru() == null && info.title().en() == null ? LocalizedText.of(info.name()) : info.title();
        catalog.putLayer(new Layer(info.name(), title, LocalizedText.EMPTY, List.of(info.name()), new StoredLayerSource(store, info), true,
                style, List.of(style), 0, 0, Visibility.PUBLIC, attribution));
    }
}
