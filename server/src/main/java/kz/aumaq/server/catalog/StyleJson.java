package kz.aumaq.server.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.aumaq.gis.style.Fill;
import kz.aumaq.gis.style.HexColor;
import kz.aumaq.gis.style.LabelPlacement;
import kz.aumaq.gis.style.PropertyFilter;
import kz.aumaq.gis.style.Rule;
import kz.aumaq.gis.style.Stroke;
import kz.aumaq.gis.style.Style;
import kz.aumaq.gis.style.Symbolizer;

/** The API's JSON shape of a style: a summary for lists, every rule and symbolizer for one style. */
final class StyleJson {

    private StyleJson() {
    }

    static Map<String, Object> summary(Style style, List<String> usedBy, String base) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", style.name());
        m.put("title", style.title().asMap());
        m.put("rules", style.rules().size());
        m.put("layers", usedBy);
        m.put("links", links(style, base));
        return m;
    }

    static Map<String, Object> full(Style style, List<String> usedBy, String base) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", style.name());
        m.put("title", style.title().asMap());
        List<Object> rules = new ArrayList<>();
        for (Rule r : style.rules()) rules.add(rule(r));
        m.put("rules", rules);
        m.put("layers", usedBy);
        m.put("links", links(style, base));
        return m;
    }

    private static List<Map<String, Object>> links(Style style, String base) {
        String self = base + "/api/styles/" + style.name();
        return List.of(
                link("self", "application/json", self),
                link("alternate", StyleController.SLD, self + "?f=sld"));
    }

    static Map<String, Object> link(String rel, String type, String href) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rel", rel);
        m.put("type", type);
        m.put("href", href);
        return m;
    }

    private static Map<String, Object> rule(Rule r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", r.name());
        m.put("title", r.title().asMap());
        m.put("filter", r.filter() == null ? null : filter(r.filter()));
        m.put("minScale", r.minScale());
        m.put("maxScale", r.maxScale());
        List<Object> symbolizers = new ArrayList<>();
        for (Symbolizer s : r.symbolizers()) symbolizers.add(symbolizer(s));
        m.put("symbolizers", symbolizers);
        return m;
    }

    private static Map<String, Object> filter(PropertyFilter f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("property", f.property());
        m.put("op", f.op().name().toLowerCase(Locale.ROOT));
        m.put("value", f.value());
        return m;
    }

    private static Map<String, Object> symbolizer(Symbolizer s) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (s instanceof Symbolizer.Polygon p) {
            m.put("type", "polygon");
            m.put("fill", fill(p.fill()));
            m.put("stroke", stroke(p.stroke()));
        } else if (s instanceof Symbolizer.Line l) {
            m.put("type", "line");
            m.put("stroke", stroke(l.stroke()));
        } else if (s instanceof Symbolizer.Point p) {
            m.put("type", "point");
            m.put("mark", p.mark().wellKnownName());
            m.put("size", p.size());
            m.put("fill", fill(p.fill()));
            m.put("stroke", stroke(p.stroke()));
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
            m.put("color", t.color() == null ? null : HexColor.format(t.color()));
            m.put("haloColor", t.haloColor() == null ? null : HexColor.format(t.haloColor()));
            m.put("haloRadius", t.haloRadius());
            m.put("priority", t.priority());
            m.put("placement", placement(t.placement()));
        }
        return m;
    }

    private static Map<String, Object> placement(LabelPlacement p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("anchorX", p.anchorX());
        m.put("anchorY", p.anchorY());
        m.put("displacementX", p.displacementX());
        m.put("displacementY", p.displacementY());
        return m;
    }

    private static Map<String, Object> fill(Fill f) {
        if (f == null) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("color", HexColor.format(f.color()));
        m.put("opacity", f.opacity());
        return m;
    }

    private static Map<String, Object> stroke(Stroke s) {
        if (s == null) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("color", HexColor.format(s.color()));
        m.put("width", s.width());
        m.put("opacity", s.opacity());
        if (s.dash() != null) {
            List<Float> dash = new ArrayList<>();
            for (float d : s.dash()) dash.add(d);
            m.put("dash", dash);
        }
        return m;
    }
}
