package kz.aumaq.gis.layer;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import kz.aumaq.gis.text.LocalizedText;

/**
 * A published layer.
 *
 * @param name         stable, URL-safe identifier used in WMS LAYERS, tile URLs and collections
 * @param styles       names of the styles it may be drawn with; {@code defaultStyle} is among them
 * @param minScale     smallest scale denominator at which it is drawn (0 = no limit)
 * @param maxScale     scale denominator from which on it is no longer drawn (0 = no limit)
 */
public record Layer(
        String name,
        LocalizedText title,
        LocalizedText abstractText,
        List<String> keywords,
        LayerSource source,
        boolean queryable,
        String defaultStyle,
        List<String> styles,
        double minScale,
        double maxScale,
        Visibility visibility,
        String attribution) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]{0,62}");

    public Layer {
        Objects.requireNonNull(source, "source");
        requireName(name, "layer");
        styles = List.copyOf(styles);
        keywords = List.copyOf(keywords);
        if (!styles.contains(defaultStyle)) throw new IllegalArgumentException("default style " + defaultStyle + " is not among the layer's styles");
        if (minScale < 0 || maxScale < 0 || (maxScale > 0 && minScale >= maxScale)) {
            throw new IllegalArgumentException("scale range must have 0 <= minScale < maxScale (0 = unlimited)");
        }
    }

    public Layer withVisibility(Visibility newVisibility) {
        return new Layer(name, title, abstractText, keywords, source, queryable, defaultStyle, styles, minScale, maxScale, newVisibility, attribution);
    }

    public Layer withSource(LayerSource newSource) {
        return new Layer(name, title, abstractText, keywords, newSource, queryable, defaultStyle, styles, minScale, maxScale, visibility, attribution);
    }

    /** True when the layer is drawn at this scale denominator. */
    public boolean visibleAt(double scaleDenominator) {
        return scaleDenominator >= minScale && (maxScale == 0 || scaleDenominator < maxScale);
    }

    static void requireName(String name, String what) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(what + " name must be lower-case letters, digits, '-' or '_', starting with a letter: " + name);
        }
    }
}
