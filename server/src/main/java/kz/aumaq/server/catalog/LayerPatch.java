package kz.aumaq.server.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.aumaq.gis.layer.Layer;
import kz.aumaq.gis.layer.LayerCatalog;
import kz.aumaq.gis.layer.Visibility;
import kz.aumaq.gis.text.LocalizedText;
import kz.aumaq.server.api.ApiException;
import org.springframework.http.HttpStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A change to how a layer is presented, as JSON: only the fields present change (JSON merge
 * patch), and every value is checked against the catalog before anything is applied, so a bad
 * patch answers 400 naming the field and leaves the layer as it was.
 */
final class LayerPatch {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> FIELDS = new LinkedHashSet<>(List.of("title", "abstract", "keywords", "queryable",
            "defaultStyle", "styles", "minScale", "maxScale", "visibility", "attribution"));
    private static final Set<String> LANGUAGES = Set.of("kk", "ru", "en");

    private final JsonNode body;

    private LayerPatch(JsonNode body) {
        this.body = body;
    }

    static LayerPatch parse(String text) {
        if (text == null || text.isBlank()) throw bad("body", "the request body must be a JSON object of the fields to change: " + FIELDS);
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JacksonException e) {
            throw bad("body", "the request body is not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) throw bad("body", "the request body must be a JSON object of the fields to change: " + FIELDS);
        for (String field : node.propertyNames()) {
            if (field.equals("name")) throw bad("name", "a layer cannot be renamed; unpublish it and publish it under the new name");
            if (!FIELDS.contains(field)) throw bad(field, "unknown field '" + field + "'; a layer's " + FIELDS + " can be changed");
        }
        return new LayerPatch(node);
    }

    /** The layer with the patch applied; the catalog tells which styles exist. */
    Layer applyTo(Layer layer, LayerCatalog catalog) {
        LocalizedText title = has("title") ? text("title", layer.title()) : layer.title();
        if (title.isEmpty()) throw bad("title", "a layer needs a title in at least one of kk, ru, en");
        LocalizedText abstractText = has("abstract") ? text("abstract", layer.abstractText()) : layer.abstractText();
        List<String> keywords = has("keywords") ? strings("keywords") : layer.keywords();
        boolean queryable = has("queryable") ? bool("queryable") : layer.queryable();
        List<String> styles = has("styles") ? styles(catalog) : layer.styles();
        String defaultStyle = has("defaultStyle") ? string("defaultStyle") : layer.defaultStyle();
        if (defaultStyle == null) throw bad("defaultStyle", "defaultStyle must name one of the layer's styles " + styles);
        if (!styles.contains(defaultStyle)) {
            throw bad(has("defaultStyle") ? "defaultStyle" : "styles", "the default style " + defaultStyle + " must be among the layer's styles "
                    + styles + (has("defaultStyle") ? "" : "; set defaultStyle as well"));
        }
        double minScale = has("minScale") ? scale("minScale") : layer.minScale();
        double maxScale = has("maxScale") ? scale("maxScale") : layer.maxScale();
        if (maxScale > 0 && minScale >= maxScale) {
            throw bad(has("maxScale") ? "maxScale" : "minScale", "the scale range must have minScale < maxScale (0 = unlimited), got minScale "
                    + minScale + " and maxScale " + maxScale);
        }
        Visibility visibility = has("visibility") ? visibility() : layer.visibility();
        String attribution = has("attribution") ? string("attribution") : layer.attribution();
        return new Layer(layer.name(), title, abstractText, keywords, layer.source(), queryable, defaultStyle, styles,
                minScale, maxScale, visibility, attribution);
    }

    private boolean has(String field) {
        return body.has(field);
    }

    /** A plain string means the same text in every language; an object changes only the languages it names (null clears one). */
    private LocalizedText text(String field, LocalizedText current) {
        JsonNode v = body.get(field);
        if (v.isNull()) return LocalizedText.EMPTY;
        if (v.isString()) return LocalizedText.of(v.stringValue());
        if (!v.isObject()) throw bad(field, field + " must be a string or an object {\"kk\", \"ru\", \"en\"}");
        Map<String, String> texts = new HashMap<>(current.asMap());
        for (Map.Entry<String, JsonNode> e : v.properties()) {
            if (!LANGUAGES.contains(e.getKey())) throw bad(field + "." + e.getKey(), "languages are kk, ru and en, not '" + e.getKey() + "'");
            JsonNode t = e.getValue();
            if (!t.isNull() && !t.isString()) throw bad(field + "." + e.getKey(), field + "." + e.getKey() + " must be a string or null");
            texts.put(e.getKey(), t.isNull() ? null : t.stringValue());
        }
        return new LocalizedText(texts.get("kk"), texts.get("ru"), texts.get("en"));
    }

    private List<String> strings(String field) {
        JsonNode v = body.get(field);
        if (!v.isArray()) throw bad(field, field + " must be an array of strings");
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isString() || item.stringValue().isBlank()) throw bad(field, field + " must be an array of non-empty strings");
            out.add(item.stringValue().strip());
        }
        return out;
    }

    private List<String> styles(LayerCatalog catalog) {
        List<String> styles = strings("styles");
        if (styles.isEmpty()) throw bad("styles", "a layer needs at least one style");
        if (new LinkedHashSet<>(styles).size() != styles.size()) throw bad("styles", "styles lists a style twice: " + styles);
        List<String> unknown = styles.stream().filter(s -> catalog.style(s).isEmpty()).toList();
        if (!unknown.isEmpty()) throw bad("styles", "no such styles: " + unknown + "; upload them first (PUT /api/styles/{name})");
        return styles;
    }

    private String string(String field) {
        JsonNode v = body.get(field);
        if (v.isNull()) return null;
        if (!v.isString()) throw bad(field, field + " must be a string");
        return v.stringValue().isBlank() ? null : v.stringValue().strip();
    }

    private boolean bool(String field) {
        JsonNode v = body.get(field);
        if (!v.isBoolean()) throw bad(field, field + " must be true or false");
        return v.booleanValue();
    }

    /** A scale denominator; null or 0 means no limit. */
    private double scale(String field) {
        JsonNode v = body.get(field);
        if (v.isNull()) return 0;
        if (!v.isNumber() || !Double.isFinite(v.doubleValue()) || v.doubleValue() < 0) {
            throw bad(field, field + " must be a scale denominator >= 0 (0 or null = unlimited)");
        }
        return v.doubleValue();
    }

    private Visibility visibility() {
        String v = string("visibility");
        for (Visibility candidate : Visibility.values()) {
            if (candidate.name().equalsIgnoreCase(v)) return candidate;
        }
        throw bad("visibility", "visibility must be public, restricted or unpublished, got " + body.get("visibility"));
    }

    private static ApiException bad(String field, String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, field, message);
    }
}
