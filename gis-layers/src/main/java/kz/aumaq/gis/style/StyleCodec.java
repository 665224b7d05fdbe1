package kz.aumaq.gis.style;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.aumaq.gis.text.LocalizedText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A style as JSON and back, losing nothing: the form the catalog stores (beside the SLD as it was
 * uploaded) and the one catalog exports carry, since SLD has one title where ours have three
 * languages. Reading checks the shape and answers IllegalArgumentException naming the part at fault.
 */
public final class StyleCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StyleCodec() {
    }

    public static String write(Style s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("title", s.title().asMap());
        List<Object> rules = new ArrayList<>();
        for (Rule r : s.rules()) rules.add(rule(r));
        m.put("rules", rules);
        return JSON.writeValueAsString(m);
    }

    /** @throws IllegalArgumentException when the JSON is not a style */
    public static Style read(String json) {
        JsonNode n;
        try {
            n = JSON.readTree(json);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage());
        }
        if (n == null || !n.isObject()) throw new IllegalArgumentException("a style must be a JSON object");
        List<Rule> rules = new ArrayList<>();
        JsonNode list = n.path("rules");
        if (!list.isArray()) throw new IllegalArgumentException("rules: must be an array");
        for (int i = 0; i < list.size(); i++) {
            try {
                rules.add(rule(list.get(i)));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException("rules[" + i + "]: " + e.getMessage());
            }
        }
        return new Style(text(n, "name"), localized(n.path("title")), rules);
    }

    private static Map<String, Object> rule(Rule r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", r.name());
        m.put("title", r.title().asMap());
        if (r.filter() != null) {
            m.put("filter", Map.of("property", r.filter().property(), "op", r.filter().op().name(), "value", r.filter().value()));
        }
        m.put("minScale", r.minScale());
        m.put("maxScale", r.maxScale());
        List<Object> symbolizers = new ArrayList<>();
        for (Symbolizer s : r.symbolizers()) symbolizers.add(symbolizer(s));
        m.put("symbolizers", symbolizers);
        return m;
    }

    private static Rule rule(JsonNode n) {
        PropertyFilter filter = null;
        JsonNode f = n.path("filter");
        if (f.isObject()) filter = new PropertyFilter(text(f, "property"), PropertyFilter.Op.valueOf(text(f, "op")), text(f, "value"));
        List<Symbolizer> symbolizers = new ArrayList<>();
        JsonNode list = n.path("symbolizers");
        if (!list.isArray()) throw new IllegalArgumentException("symbolizers: must be an array");
        for (int i = 0; i < list.size(); i++) {
            try {
                symbolizers.add(symbolizer(list.get(i)));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException("symbolizers[" + i + "]: " + e.getMessage());
            }
        }
        return new Rule(n.path("name").isString() ? n.get("name").asString() : null, localized(n.path("title")), filter,
                number(n, "minScale"), number(n, "maxScale"), symbolizers);
    }

    private static Map<String, Object> symbolizer(Symbolizer s) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (s instanceof Symbolizer.Polygon p) {
            m.put("type", "polygon");
            if (p.fill() != null) m.put("fill", fill(p.fill()));
            if (p.stroke() != null) m.put("stroke", stroke(p.stroke()));
        } else if (s instanceof Symbolizer.Line l) {
            m.put("type", "line");
            m.put("stroke", stroke(l.stroke()));
        } else if (s instanceof Symbolizer.Point p) {
            m.put("type", "point");
            m.put("mark", p.mark().wellKnownName());
            m.put("size", p.size());
            if (p.fill() != null) m.put("fill", fill(p.fill()));
            if (p.stroke() != null) m.put("stroke", stroke(p.stroke()));
        } else if (s instanceof Symbolizer.Icon i) {
            m.put("type", "icon");
            m.put("href", i.href());
            m.put("format", i.format());
            m.put("size", i.size());
            m.put("opacity", i.opacity());
        } else if (s instanceof Symbolizer.Text t) {
            m.put("type", "text");
            m.put("label", t.label());
            m.put("fontFamily", t.fontFamily());
            m.put("fontSize", t.fontSize());
            m.put("bold", t.bold());
            m.put("color", HexColor.format(t.color()));
            if (t.haloColor() != null) m.put("haloColor", HexColor.format(t.haloColor()));
            m.put("haloRadius", t.haloRadius());
            m.put("priority", t.priority());
            LabelPlacement lp = t.placement();
            m.put("placement", List.of(lp.anchorX(), lp.anchorY(), lp.displacementX(), lp.displacementY()));
        }
        return m;
    }

    private static Symbolizer symbolizer(JsonNode n) {
        String type = text(n, "type");
        return switch (type) {
            case "polygon" -> new Symbolizer.Polygon(fill(n.path("fill")), stroke(n.path("stroke")));
            case "line" -> {
                Stroke s = stroke(n.path("stroke"));
                if (s == null) throw new IllegalArgumentException("a line needs a stroke");
                yield new Symbolizer.Line(s);
            }
            case "point" -> new Symbolizer.Point(Mark.fromWellKnownName(text(n, "mark"))
                    .orElseThrow(() -> new IllegalArgumentException("unknown mark " + n.path("mark"))), number(n, "size"), fill(n.path("fill")), stroke(n.path("stroke")));
            case "icon" -> new Symbolizer.Icon(text(n, "href"), text(n, "format"), number(n, "size"), number(n, "opacity"));
            case "text" -> {
                JsonNode p = n.path("placement");
                LabelPlacement placement = p.isArray() && p.size() == 4
                        ? new LabelPlacement(p.get(0).asDouble(), p.get(1).asDouble(), p.get(2).asDouble(), p.get(3).asDouble()) : LabelPlacement.CENTRED;
                yield new Symbolizer.Text(text(n, "label"), text(n, "fontFamily"), number(n, "fontSize"), n.path("bold").asBoolean(),
                        HexColor.parse(text(n, "color")), n.path("haloColor").isString() ? HexColor.parse(n.get("haloColor").asString()) : null,
                        number(n, "haloRadius"), n.path("priority").asInt(), placement);
            }
            default -> throw new IllegalArgumentException("unknown symbolizer type '" + type.toLowerCase(Locale.ROOT) + "'");
        };
    }

    private static Map<String, Object> fill(Fill f) {
        return Map.of("color", HexColor.format(f.color()), "opacity", f.opacity());
    }

    private static Fill fill(JsonNode n) {
        if (!n.isObject()) return null;
        return new Fill(HexColor.parse(text(n, "color")), number(n, "opacity"));
    }

    private static Map<String, Object> stroke(Stroke s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("color", HexColor.format(s.color()));
        m.put("width", s.width());
        m.put("opacity", s.opacity());
        if (s.dash() != null) {
            List<Double> dash = new ArrayList<>();
            for (float d : s.dash()) dash.add((double) d);
            m.put("dash", dash);
        }
        return m;
    }

    private static Stroke stroke(JsonNode n) {
        if (!n.isObject()) return null;
        float[] dash = null;
        JsonNode d = n.path("dash");
        if (d.isArray()) {
            dash = new float[d.size()];
            for (int i = 0; i < dash.length; i++) dash[i] = (float) d.get(i).asDouble();
        }
        Color color = HexColor.parse(text(n, "color"));
        return new Stroke(color, number(n, "width"), number(n, "opacity"), dash);
    }

    private static LocalizedText localized(JsonNode n) {
        if (!n.isObject()) return LocalizedText.EMPTY;
        return new LocalizedText(opt(n, "kk"), opt(n, "ru"), opt(n, "en"));
    }

    private static String opt(JsonNode n, String key) {
        return n.path(key).isString() ? n.get(key).asString() : null;
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.path(key);
        if (!v.isString()) throw new IllegalArgumentException(key + ": a text is required");
        return v.asString();
    }

    private static double number(JsonNode n, String key) {
        JsonNode v = n.path(key);
        if (!v.isNumber()) throw new IllegalArgumentException(key + ": a number is required");
        return v.asDouble();
    }
}
