package kz.aumaq.gis.layer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.aumaq.gis.text.LocalizedText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Layer settings and groups as JSON and back: what the catalog tables hold and what a catalog
 * export carries (readable, one file each). Reading checks every field and answers
 * IllegalArgumentException naming it.
 */
public final class CatalogJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CatalogJson() {
    }

    /** The settings as a JSON-able map, in a stable order (also what the audit trail keeps). */
    public static Map<String, Object> map(LayerSettings s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", s.title().asMap());
        m.put("abstract", s.abstractText().asMap());
        m.put("keywords", s.keywords());
        m.put("queryable", s.queryable());
        m.put("defaultStyle", s.defaultStyle());
        m.put("styles", s.styles());
        m.put("minScale", s.minScale());
        m.put("maxScale", s.maxScale());
        m.put("visibility", s.visibility().name().toLowerCase(Locale.ROOT));
        m.put("attribution", s.attribution());
        return m;
    }

    public static String write(LayerSettings s) {
        return JSON.writeValueAsString(map(s));
    }

    public static LayerSettings readSettings(String json) {
        JsonNode n = tree(json);
        String visibility = text(n, "visibility");
        Visibility v;
        try {
            v = Visibility.valueOf(visibility.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("visibility: public, restricted or unpublished, not '" + visibility + "'");
        }
        return new LayerSettings(localized(n, "title"), localized(n, "abstract"), strings(n, "keywords"), bool(n, "queryable"),
                text(n, "defaultStyle"), strings(n, "styles"), number(n, "minScale"), number(n, "maxScale"), v,
                n.path("attribution").isString() ? n.get("attribution").asString() : null);
    }

    public static Map<String, Object> map(LayerGroup g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", g.name());
        m.put("title", g.title().asMap());
        m.put("abstract", g.abstractText().asMap());
        m.put("keywords", g.keywords());
        m.put("layers", g.layers());
        return m;
    }

    public static String write(LayerGroup g) {
        return JSON.writeValueAsString(map(g));
    }

    public static LayerGroup readGroup(String json) {
        JsonNode n = tree(json);
        return new LayerGroup(text(n, "name"), localized(n, "title"), localized(n, "abstract"), strings(n, "keywords"), strings(n, "layers"));
    }

    private static JsonNode tree(String json) {
        JsonNode n;
        try {
            n = JSON.readTree(json);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage());
        }
        if (n == null || !n.isObject()) throw new IllegalArgumentException("must be a JSON object");
        return n;
    }

    private static LocalizedText localized(JsonNode n, String key) {
        JsonNode v = n.path(key);
        if (v.isMissingNode() || v.isNull()) return LocalizedText.EMPTY;
        if (v.isString()) return LocalizedText.of(v.asString());
        if (!v.isObject()) throw new IllegalArgumentException(key + ": a text or {\"kk\", \"ru\", \"en\"}");
        return new LocalizedText(opt(v, "kk"), opt(v, "ru"), opt(v, "en"));
    }

    private static String opt(JsonNode n, String key) {
        return n.path(key).isString() ? n.get(key).asString() : null;
    }

    private static List<String> strings(JsonNode n, String key) {
        JsonNode v = n.path(key);
        if (v.isMissingNode() || v.isNull()) return List.of();
        if (!v.isArray()) throw new IllegalArgumentException(key + ": an array of texts");
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isString()) throw new IllegalArgumentException(key + ": an array of texts");
            out.add(item.asString());
        }
        return out;
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.path(key);
        if (!v.isString()) throw new IllegalArgumentException(key + ": a text is required");
        return v.asString();
    }

    private static boolean bool(JsonNode n, String key) {
        JsonNode v = n.path(key);
        if (!v.isBoolean()) throw new IllegalArgumentException(key + ": true or false");
        return v.asBoolean();
    }

    private static double number(JsonNode n, String key) {
        JsonNode v = n.path(key);
        if (!v.isNumber()) throw new IllegalArgumentException(key + ": a number is required");
        return v.asDouble();
    }
}
