package kz.aumaq.server.catalog;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kz.aumaq.gis.layer.Layer;
import kz.aumaq.gis.layer.LayerCatalog;
import kz.aumaq.gis.layer.Visibility;
import kz.aumaq.gis.text.LocalizedText;
import tools.jackson.databind.JsonNode;

/**
 * A change to how a layer is presented, as JSON: only the fields present change (JSON merge
 * patch), and every value is checked against the catalog before anything is applied, so a bad
 * patch answers 400 naming the field and leaves the layer as it was.
 */
final class LayerPatch {

    private static final Set<String> FIELDS = new LinkedHashSet<>(List.of("title", "abstract", "keywords", "queryable",
            "defaultStyle", "styles", "minScale", "maxScale", "visibility", "attribution"));

    private final PatchBody body;

    private LayerPatch(PatchBody body) {
        this.body = body;
    }

    static LayerPatch parse(String text) {
        return new LayerPatch(PatchBody.parse(text, FIELDS, "a layer"));
    }

    /** The layer with the patch applied; the catalog tells which styles exist. */
    Layer applyTo(Layer layer, LayerCatalog catalog) {
        LocalizedText title = body.has("title") ? body.text("title", layer.title()) : layer.title();
        if (title.isEmpty()) throw PatchBody.bad("title", "a layer needs a title in at least one of kk, ru, en");
        LocalizedText abstractText = body.has("abstract") ? body.text("abstract", layer.abstractText()) : layer.abstractText();
        List<String> keywords = body.has("keywords") ? body.strings("keywords") : layer.keywords();
        boolean queryable = body.has("queryable") ? body.bool("queryable") : layer.queryable();
        List<String> styles = body.has("styles") ? styles(catalog) : layer.styles();
        String defaultStyle = body.has("defaultStyle") ? body.string("defaultStyle") : layer.defaultStyle();
        if (defaultStyle == null) throw PatchBody.bad("defaultStyle", "defaultStyle must name one of the layer's styles " + styles);
        if (!styles.contains(defaultStyle)) {
            throw PatchBody.bad(body.has("defaultStyle") ? "defaultStyle" : "styles", "the default style " + defaultStyle + " must be among the layer's styles "
                    + styles + (body.has("defaultStyle") ? "" : "; set defaultStyle as well"));
        }
        double minScale = body.has("minScale") ? scale("minScale") : layer.minScale();
        double maxScale = body.has("maxScale") ? scale("maxScale") : layer.maxScale();
        if (maxScale > 0 && minScale >= maxScale) {
            throw PatchBody.bad(body.has("maxScale") ? "maxScale" : "minScale", "the scale range must have minScale < maxScale (0 = unlimited), got minScale "
                    + minScale + " and maxScale " + maxScale);
        }
        Visibility visibility = body.has("visibility") ? visibility() : layer.visibility();
        String attribution = body.has("attribution") ? body.string("attribution") : layer.attribution();
        return new Layer(layer.name(), title, abstractText, keywords, layer.source(), queryable, defaultStyle, styles,
                minScale, maxScale, visibility, attribution);
    }

    private List<String> styles(LayerCatalog catalog) {
        List<String> styles = body.strings("styles");
        if (styles.isEmpty()) throw PatchBody.bad("styles", "a layer needs at least one style");
        if (new LinkedHashSet<>(styles).size() != styles.size()) throw PatchBody.bad("styles", "styles lists a style twice: " + styles);
        List<String> unknown = styles.stream().filter(s -> catalog.style(s).isEmpty()).toList();
        if (!unknown.isEmpty()) throw PatchBody.bad("styles", "no such styles: " + unknown + "; upload them first (PUT /api/styles/{name})");
        return styles;
    }

    /** A scale denominator; null or 0 means no limit. */
    private double scale(String field) {
        JsonNode v = body.raw(field);
        if (v.isNull()) return 0;
        if (!v.isNumber() || !Double.isFinite(v.doubleValue()) || v.doubleValue() < 0) {
            throw PatchBody.bad(field, field + " must be a scale denominator >= 0 (0 or null = unlimited)");
        }
        return v.doubleValue();
    }

    private Visibility visibility() {
        String v = body.string("visibility");
        for (Visibility candidate : Visibility.values()) {
            if (candidate.name().equalsIgnoreCase(v)) return candidate;
        }
        throw PatchBody.bad("visibility", "visibility must be public, restricted or unpublished, got " + body.raw("visibility"));
    }


}
