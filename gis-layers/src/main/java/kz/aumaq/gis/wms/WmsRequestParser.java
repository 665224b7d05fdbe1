package kz.aumaq.gis.wms;

import java.awt.Color;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kz.aumaq.gis.crs.CrsRegistry;
import kz.aumaq.gis.crs.MapCrs;
import kz.aumaq.gis.image.ImageFormat;
import kz.aumaq.gis.layer.CatalogView;
import kz.aumaq.gis.layer.Layer;
import kz.aumaq.gis.layer.LayerAccess;
import kz.aumaq.gis.layer.LayerCatalog;
import kz.aumaq.gis.layer.LayerGroup;
import kz.aumaq.gis.render.MapView;
import kz.aumaq.gis.render.StyledLayer;
import kz.aumaq.gis.style.HexColor;
import kz.aumaq.gis.style.Style;
import kz.aumaq.gis.text.Lang;
import org.locationtech.jts.geom.Envelope;

/**
 * Turns WMS key-value parameters (keys case-insensitive, as the standard says) into immutable,
 * fully validated request records. Reads the in-memory catalog only, never the database, and only
 * as the viewer sees it: a layer they may not see is LayerNotDefined, like one that does not exist.
 */
public class WmsRequestParser {

    /**
     * The one style a group has (its members, each in its default style), advertised on the group
     * in the capabilities; the members inherit the name (1.3.0 §7.2.4.6.5), and for any layer it
     * means the layer's default style.
     */
    public static final String GROUP_STYLE = "default";

    private final LayerCatalog catalog;
    private final WmsLimits limits;
    private final Clock clock;

    public WmsRequestParser(LayerCatalog catalog, WmsLimits limits, Clock clock) {
        this.catalog = catalog;
        this.limits = limits;
        this.clock = clock;
    }

    public GetCapabilitiesRequest capabilities(Map<String, String> kvp) {
        String service = kvp.get("SERVICE");
        if (service == null || service.isBlank()) throw new WmsException("MissingParameterValue", "SERVICE", "SERVICE=WMS is required");
        WmsVersion version = WmsVersion.negotiate(kvp.containsKey("VERSION") ? kvp.get("VERSION") : kvp.get("WMTVER"));
        // FORMAT is not checked: a format we do not have gets the capabilities in the default one
        // (text/xml in 1.3.0, §7.2.3.1), as any other answer would leave the client with nothing.
        String seq = kvp.get("UPDATESEQUENCE");
        if (seq != null && !seq.isBlank()) {
            long asked;
            try {
                asked = Long.parseLong(seq.trim());
            } catch (NumberFormatException e) {
                throw new WmsException("InvalidUpdateSequence", "UPDATESEQUENCE", "UPDATESEQUENCE must be a number, got '" + seq + "'");
            }
            long current = catalog.updateSequence();
            if (asked == current) throw new WmsException("CurrentUpdateSequence", "UPDATESEQUENCE", "the capabilities have not changed since update sequence " + current);
            if (asked > current) throw new WmsException("InvalidUpdateSequence", "UPDATESEQUENCE", "update sequence " + asked + " is newer than the current " + current);
        }
        return new GetCapabilitiesRequest(version, lang(kvp));
    }

    public GetMapRequest map(Map<String, String> kvp, LayerAccess access) {
        return map(kvp, catalog.view(access));
    }

    private GetMapRequest map(Map<String, String> kvp, CatalogView view) {
        WmsVersion version = version(kvp);
        ExceptionFormat exceptions = ExceptionFormat.parse(kvp.get("EXCEPTIONS"));
        if (exceptions == null) throw new WmsException("InvalidParameterValue", "EXCEPTIONS", "EXCEPTIONS must be XML, INIMAGE or BLANK, got '" + kvp.get("EXCEPTIONS") + "'");
        List<StyledLayer> layers = layers(kvp, view);
        String crsKey = version == WmsVersion.V130 ? "CRS" : "SRS";
        String crsCode = required(kvp, crsKey);
        MapCrs crs = CrsRegistry.lookup(crsCode).orElseThrow(() -> new WmsException("InvalidCRS", crsKey,
                crsKey + " " + crsCode + " is not offered; use one of " + CrsRegistry.all().stream().map(MapCrs::code).toList()));
        Envelope bbox = bbox(required(kvp, "BBOX"), crs, version);
        int width = size(kvp, "WIDTH", limits.maxWidth());
        int height = size(kvp, "HEIGHT", limits.maxHeight());
        if ((long) width * height * 4 > limits.maxMemoryBytes()) {
            throw new WmsException("InvalidParameterValue", "WIDTH", "a " + width + "×" + height + " image needs more memory than the "
                    + limits.maxMemoryBytes() / (1024 * 1024) + " MiB allowed per request");
        }
        String formatName = required(kvp, "FORMAT");
        ImageFormat format = ImageFormat.fromName(formatName).orElseThrow(() -> new WmsException("InvalidFormat", "FORMAT",
                "FORMAT " + formatName + " is not offered; use one of " + ImageFormat.advertised()));
        boolean transparent = bool(kvp, "TRANSPARENT") && format.supportsTransparency();
        Color background = Color.WHITE;
        String bg = kvp.get("BGCOLOR");
        if (bg != null && !bg.isBlank()) {
            try {
                background = HexColor.parse(bg);
            } catch (IllegalArgumentException e) {
                throw new WmsException("InvalidParameterValue", "BGCOLOR", "BGCOLOR must be 0xRRGGBB, got '" + bg + "'");
            }
        }
        double dpi = dpi(kvp);
        return new GetMapRequest(version, layers, new MapView(crs, bbox, width, height, dpi), format, transparent, background,
                exceptions, lang(kvp), date(kvp), bool(kvp, "TILED"));
    }

    public GetFeatureInfoRequest featureInfo(Map<String, String> kvp, LayerAccess access) {
        CatalogView view = catalog.view(access);
        GetMapRequest map = map(withDefaultFormat(kvp), view);
        WmsVersion version = map.version();
        List<Layer> query = new ArrayList<>();
        for (String name : names(required(kvp, "QUERY_LAYERS"))) {
            List<Layer> expanded = expand(name, "QUERY_LAYERS", view);
            for (Layer l : expanded) {
                if (!l.queryable()) throw new WmsException("LayerNotQueryable", "QUERY_LAYERS", "layer " + l.name() + " is not queryable");
                query.add(l);
            }
        }
        String infoName = kvp.get("INFO_FORMAT");
        InfoFormat info = infoName == null || infoName.isBlank() ? InfoFormat.PLAIN : InfoFormat.fromName(infoName)
                .orElseThrow(() -> new WmsException("InvalidFormat", "INFO_FORMAT", "INFO_FORMAT " + infoName + " is not offered; use one of " + InfoFormat.advertised()));
        String iKey = version == WmsVersion.V130 ? "I" : "X";
        String jKey = version == WmsVersion.V130 ? "J" : "Y";
        int i = pixel(kvp, iKey, map.view().width());
        int j = pixel(kvp, jKey, map.view().height());
        int count = 1;
        String fc = kvp.get("FEATURE_COUNT");
        if (fc != null && !fc.isBlank()) {
            try {
                count = Integer.parseInt(fc.trim());
            } catch (NumberFormatException e) {
                count = -1;
            }
            if (count < 1 || count > 1000) throw new WmsException("InvalidParameterValue", "FEATURE_COUNT", "FEATURE_COUNT must be 1 to 1000, got '" + fc + "'");
        }
        int tolerance = 3;
        String buffer = kvp.containsKey("BUFFER") ? kvp.get("BUFFER") : null;
        if (buffer != null && !buffer.isBlank()) {
            try {
                tolerance = Integer.parseInt(buffer.trim());
            } catch (NumberFormatException e) {
                tolerance = -1;
            }
            if (tolerance < 0 || tolerance > 100) throw new WmsException("InvalidParameterValue", "BUFFER", "BUFFER must be 0 to 100 pixels, got '" + buffer + "'");
        }
        return new GetFeatureInfoRequest(map, query, info, i, j, count, tolerance);
    }

    /**
     * One layer's legend, or a group's (its members' legends with their default styles, under
     * their titles, top member first, as GeoServer draws group legends).
     */
    public GetLegendGraphicRequest legend(Map<String, String> kvp, LayerAccess access) {
        CatalogView view = catalog.view(access);
        String name = required(kvp, "LAYER");
        String styleName = kvp.get("STYLE") == null ? "" : kvp.get("STYLE").trim();
        List<StyledLayer> layers = new ArrayList<>();
        boolean group = view.group(name).isPresent();
        if (group) {
            if (!styleName.isEmpty() && !styleName.equalsIgnoreCase(GROUP_STYLE)) {
                throw new WmsException("StyleNotDefined", "STYLE", "group " + name + " has only its style " + GROUP_STYLE + ", not " + styleName);
            }
            for (Layer l : expand(name, "LAYER", view)) layers.add(0, new StyledLayer(l, style(l, "", "STYLE", view)));
        } else {
            Layer layer = view.layer(name).orElseThrow(() -> new WmsException("LayerNotDefined", "LAYER", "no layer named " + name));
            layers.add(new StyledLayer(layer, style(layer, styleName, "STYLE", view)));
        }
        String formatName = kvp.getOrDefault("FORMAT", "image/png");
        ImageFormat format = ImageFormat.fromName(formatName).orElseThrow(() -> new WmsException("InvalidFormat", "FORMAT",
                "FORMAT " + formatName + " is not offered; use one of " + ImageFormat.advertised()));
        int w = kvp.containsKey("WIDTH") ? size(kvp, "WIDTH", 512) : CapabilitiesWriter.LEGEND_SYMBOL;
        int h = kvp.containsKey("HEIGHT") ? size(kvp, "HEIGHT", 512) : CapabilitiesWriter.LEGEND_SYMBOL;
        double scale = Double.NaN;
        String s = kvp.get("SCALE");
        if (s != null && !s.isBlank()) {
            try {
                scale = Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                throw new WmsException("InvalidParameterValue", "SCALE", "SCALE must be a scale denominator, got '" + s + "'");
            }
        }
        String rule = kvp.get("RULE");
        if (rule != null && !rule.isBlank()) {
            if (group) throw new WmsException("InvalidParameterValue", "RULE", "RULE names a rule of one layer's style, not of group " + name);
            Style style = layers.get(0).style();
            if (style.rules().stream().noneMatch(r -> rule.trim().equals(r.name()))) {
                throw new WmsException("InvalidParameterValue", "RULE", "style " + style.name() + " has no rule " + rule);
            }
        }
        return new GetLegendGraphicRequest(layers, group, format, w, h, lang(kvp), scale,
                rule == null || rule.isBlank() ? null : rule.trim(), bool(kvp, "TRANSPARENT"));
    }

    private static Map<String, String> withDefaultFormat(Map<String, String> kvp) {
        if (kvp.containsKey("FORMAT") && !kvp.get("FORMAT").isBlank()) return kvp;
        // FORMAT only matters for drawing; GetFeatureInfo clients often leave it out.
        java.util.TreeMap<String, String> copy = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(kvp);
        copy.put("FORMAT", "image/png");
        return copy;
    }

    /** VERSION is mandatory for every operation but GetCapabilities (1.3.0 §6.9.2, 1.1.1 §6.5.1). */
    private WmsVersion version(Map<String, String> kvp) {
        String v = required(kvp, "VERSION");
        WmsVersion version = WmsVersion.exact(v);
        if (version == null) throw new WmsException("InvalidParameterValue", "VERSION", "VERSION must be 1.3.0 or 1.1.1, got '" + v + "'");
        return version;
    }

    private List<StyledLayer> layers(Map<String, String> kvp, CatalogView view) {
        List<String> names = names(required(kvp, "LAYERS"));
        String stylesValue = kvp.getOrDefault("STYLES", "");
        List<String> styles = stylesValue.isBlank() ? List.of() : Arrays.asList(stylesValue.split(",", -1));
        if (!styles.isEmpty() && styles.size() != names.size()) {
            throw new WmsException("InvalidParameterValue", "STYLES", "STYLES must name one style per layer (or be empty): "
                    + names.size() + " layers, " + styles.size() + " styles");
        }
        List<StyledLayer> out = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            String styleName = styles.isEmpty() ? "" : styles.get(k).trim();
            String name = names.get(k);
            if (view.group(name).isPresent()) {
                if (!styleName.isEmpty() && !styleName.equalsIgnoreCase(GROUP_STYLE)) {
                    throw new WmsException("StyleNotDefined", "STYLES", "group " + name + " has only its default style, not " + styleName);
                }
                for (Layer l : expand(name, "LAYERS", view)) out.add(new StyledLayer(l, style(l, "", "STYLES", view)));
            } else {
                Layer l = view.layer(name).orElseThrow(() -> new WmsException("LayerNotDefined", "LAYERS", "no layer named " + name));
                out.add(new StyledLayer(l, style(l, styleName, "STYLES", view)));
            }
        }
        return out;
    }

    private List<Layer> expand(String name, String param, CatalogView view) {
        LayerGroup group = view.group(name).orElse(null);
        if (group == null) {
            return List.of(view.layer(name).orElseThrow(() -> new WmsException("LayerNotDefined", param, "no layer named " + name)));
        }
        List<Layer> out = new ArrayList<>();
        for (String member : group.layers()) view.layer(member).ifPresent(out::add);
        return out;
    }

    private Style style(Layer layer, String name, String param, CatalogView view) {
        String wanted = name.isEmpty() || name.equalsIgnoreCase(GROUP_STYLE) ? layer.defaultStyle() : name;
        if (!layer.styles().contains(wanted)) {
            throw new WmsException("StyleNotDefined", param, "layer " + layer.name() + " has no style " + name + "; it has " + layer.styles());
        }
        return view.style(wanted).orElseThrow(() -> new WmsException("StyleNotDefined", param, "style " + wanted + " is missing from the catalog"));
    }

    private static List<String> names(String value) {
        List<String> out = new ArrayList<>();
        for (String n : value.split(",")) if (!n.isBlank()) out.add(n.trim());
        if (out.isEmpty()) throw new WmsException("MissingParameterValue", "LAYERS", "LAYERS names no layer");
        return out;
    }

    private static Envelope bbox(String value, MapCrs crs, WmsVersion version) {
        String[] p = value.split(",");
        if (p.length != 4) throw new WmsException("InvalidParameterValue", "BBOX", "BBOX must be minx,miny,maxx,maxy, got '" + value + "'");
        double[] v = new double[4];
        for (int k = 0; k < 4; k++) {
            try {
                v[k] = Double.parseDouble(p[k].trim());
            } catch (NumberFormatException e) {
                throw new WmsException("InvalidParameterValue", "BBOX", "BBOX value '" + p[k] + "' is not a number");
            }
            if (!Double.isFinite(v[k])) throw new WmsException("InvalidParameterValue", "BBOX", "BBOX values must be finite");
        }
        if (v[0] >= v[2] || v[1] >= v[3]) {
            throw new WmsException("InvalidParameterValue", "BBOX", "BBOX minimum must be below maximum on both axes, got '" + value + "'");
        }
        // WMS 1.3.0 follows the CRS's axis order: EPSG:4326 is latitude first.
        if (version == WmsVersion.V130 && crs.latLonAxisOrder()) return new Envelope(v[1], v[3], v[0], v[2]);
        return new Envelope(v[0], v[2], v[1], v[3]);
    }

    private static int size(Map<String, String> kvp, String key, int max) {
        String value = required(kvp, key);
        int n;
        try {
            n = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new WmsException("InvalidParameterValue", key, key + " must be a whole number of pixels, got '" + value + "'");
        }
        if (n < 1 || n > max) throw new WmsException("InvalidParameterValue", key, key + " must be between 1 and " + max + ", got " + n);
        return n;
    }

    private static int pixel(Map<String, String> kvp, String key, int size) {
        String value = required(kvp, key);
        int n;
        try {
            n = (int) Math.floor(Double.parseDouble(value.trim()));
        } catch (NumberFormatException e) {
            throw new WmsException("InvalidPoint", key, key + " must be a pixel position, got '" + value + "'");
        }
        if (n < 0 || n >= size) throw new WmsException("InvalidPoint", key, key + " = " + n + " is outside the map (0 to " + (size - 1) + ")");
        return n;
    }

    private static double dpi(Map<String, String> kvp) {
        String value = kvp.get("DPI");
        if (value == null || value.isBlank()) {
            String options = kvp.get("FORMAT_OPTIONS");
            if (options != null) {
                for (String o : options.split(";")) {
                    String[] kv = o.split(":", 2);
                    if (kv.length == 2 && kv[0].trim().equalsIgnoreCase("dpi")) value = kv[1];
                }
            }
        }
        if (value == null || value.isBlank()) return MapView.STANDARD_DPI;
        double dpi;
        try {
            dpi = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new WmsException("InvalidParameterValue", "DPI", "DPI must be a number, got '" + value + "'");
        }
        if (dpi < 30 || dpi > 1200) throw new WmsException("InvalidParameterValue", "DPI", "DPI must be between 30 and 1200, got " + value);
        return dpi;
    }

    private LocalDate date(Map<String, String> kvp) {
        String value = kvp.get("TIME");
        if (value == null || value.isBlank()) return LocalDate.now(clock);
        try {
            return LocalDate.parse(value.trim().length() > 10 ? value.trim().substring(0, 10) : value.trim());
        } catch (DateTimeParseException e) {
            throw new WmsException("InvalidParameterValue", "TIME", "TIME must be a date YYYY-MM-DD (the boundaries as of that day), got '" + value + "'");
        }
    }

    private static Lang lang(Map<String, String> kvp) {
        String value = kvp.get("LANGUAGE");
        if (value == null || value.isBlank()) return Lang.DEFAULT;
        // Like GeoServer, an unsupported language falls back to the default rather than failing.
        return Lang.fromCode(value).orElse(Lang.DEFAULT);
    }

    private static boolean bool(Map<String, String> kvp, String key) {
        String v = kvp.get(key);
        return v != null && v.trim().equalsIgnoreCase("true");
    }

    private static String required(Map<String, String> kvp, String key) {
        String v = kvp.get(key);
        if (v == null || v.isBlank()) throw new WmsException("MissingParameterValue", key, key + " is required");
        return v;
    }
}
