package kz.aumaq.gis.layer;

import java.util.List;
import kz.aumaq.gis.text.LocalizedText;

/**
 * What the GIS team sets about a layer, apart from where its features come from: the part of a
 * {@link Layer} the catalog keeps in the database, exports and imports.
 */
public record LayerSettings(LocalizedText title, LocalizedText abstractText, List<String> keywords, boolean queryable,
                            String defaultStyle, List<String> styles, double minScale, double maxScale, Visibility visibility,
                            String attribution) {

    public LayerSettings {
        keywords = List.copyOf(keywords);
        styles = List.copyOf(styles);
        title = title == null ? LocalizedText.EMPTY : title;
        abstractText = abstractText == null ? LocalizedText.EMPTY : abstractText;
    }

    public static LayerSettings of(Layer l) {
        return new LayerSettings(l.title(), l.abstractText(), l.keywords(), l.queryable(), l.defaultStyle(), l.styles(),
                l.minScale(), l.maxScale(), l.visibility(), l.attribution());
    }

    /** The layer these settings describe, drawing from {@code source}; checks the layer's invariants. */
    public Layer toLayer(String name, LayerSource source) {
        return new Layer(name, title, abstractText, keywords, source, queryable, defaultStyle, styles, minScale, maxScale, visibility, attribution);
    }

    public LayerSettings withVisibility(Visibility v) {
        return new LayerSettings(title, abstractText, keywords, queryable, defaultStyle, styles, minScale, maxScale, v, attribution);
    }
}
