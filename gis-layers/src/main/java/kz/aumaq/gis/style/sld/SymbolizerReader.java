package kz.aumaq.gis.style.sld;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kz.aumaq.gis.style.DefaultStyles;
import kz.aumaq.gis.style.Fill;
import kz.aumaq.gis.style.HexColor;
import kz.aumaq.gis.style.LabelPlacement;
import kz.aumaq.gis.style.Mark;
import kz.aumaq.gis.style.Stroke;
import kz.aumaq.gis.style.Symbolizer;

/**
 * Polygon, line, point (mark or icon) and text symbolizers of SLD 1.0 / SE 1.1 with the SLD
 * defaults for what is left out (grey fill, black 1 px stroke, 6 px square mark, 10 px black text,
 * an icon at its own height, a label centred on its point). Whatever the model
 * cannot draw is reported, never approximated. Each part returns null when reading it reported
 * a problem, so no half-read symbolizer is ever built.
 */
final class SymbolizerReader {

    static final Color DEFAULT_FILL = new Color(0x808080);
    static final double DEFAULT_MARK_SIZE = 6;
    static final double DEFAULT_FONT_SIZE = 10;

    private static final Set<String> FILL = Set.of("fill", "fill-opacity");
    private static final Set<String> STROKE = Set.of("stroke", "stroke-width", "stroke-opacity", "stroke-dasharray", "stroke-dashoffset");
    private static final Set<String> FONT = Set.of("font-family", "font-size", "font-weight", "font-style");
    /** Drawing hints the renderer decides itself; reported as ignored rather than refused. */
    private static final Set<String> RENDERER_CHOICES = Set.of("stroke-linejoin", "stroke-linecap");

    private final ExternalGraphicReader externalGraphics = new ExternalGraphicReader();

    Symbolizer read(SldNode s) {
        int before = s.problems();
        String uom = s.attribute("uom");
        if (uom != null && !uom.strip().endsWith("/pixel")) {
            s.unsupported("sizes in " + uom + " are not supported; use pixels");
        }
        Symbolizer read = switch (s.name()) {
            case "PolygonSymbolizer" -> polygon(s);
            case "LineSymbolizer" -> line(s);
            case "PointSymbolizer" -> point(s);
            case "TextSymbolizer" -> text(s);
            default -> throw new IllegalArgumentException("not a symbolizer: " + s.name());
        };
        return s.problems() > before ? null : read;
    }

    private Symbolizer polygon(SldNode s) {
        int before = s.problems();
        Fill fill = null;
        Stroke stroke = null;
        for (SldNode c : s.children()) {
            switch (c.name()) {
                case "Fill" -> fill = fill(c);
                case "Stroke" -> stroke = stroke(c);
                default -> common(c, s);
            }
        }
        return s.problems() > before ? null : new Symbolizer.Polygon(fill, stroke);
    }

    private Symbolizer line(SldNode s) {
        int before = s.problems();
        Stroke stroke = Stroke.solid(Color.BLACK, 1);
        for (SldNode c : s.children()) {
            if (c.name().equals("Stroke")) stroke = stroke(c);
            else common(c, s);
        }
        return s.problems() > before ? null : new Symbolizer.Line(stroke);
    }

    private Symbolizer point(SldNode s) {
        Symbolizer point = defaultPoint(DEFAULT_MARK_SIZE);
        for (SldNode c : s.children()) {
            if (c.name().equals("Graphic")) point = graphic(c);
            else common(c, s);
        }
        return point;
    }

    private static Symbolizer.Point defaultPoint(double size) {
        return new Symbolizer.Point(Mark.SQUARE, size, Fill.solid(DEFAULT_FILL), Stroke.solid(Color.BLACK, 1));
    }

    /** A Graphic is a Mark (a point) or an ExternalGraphic (an icon), with its size and opacity. */
    private Symbolizer graphic(SldNode g) {
        int before = g.problems();
        Symbolizer.Point mark = null;
        ExternalGraphicReader.Picture picture = null;
        Double size = null;
        SldNode opacityNode = null;
        Double opacity = 1.0;
        int pictures = 0;
        for (SldNode c : g.children()) {
            switch (c.name()) {
                case "Mark", "ExternalGraphic" -> {
                    if (++pictures > 1) c.unsupported("one Mark or ExternalGraphic per Graphic is supported");
                    else if (c.name().equals("Mark")) mark = mark(c);
                    else picture = externalGraphics.read(c);
                }
                case "Size" -> size = positive(c);
                case "Opacity" -> {
                    opacityNode = c;
                    opacity = opacity(c);
                }
                case "Rotation" -> only(c, 0, "rotated marks and icons are not supported");
                case "AnchorPoint" -> neutral(c, "AnchorPointX", "AnchorPointY", 0.5, "anchor points other than the centre are not supported");
                case "Displacement" -> neutral(c, "DisplacementX", "DisplacementY", 0, "displaced marks are not supported");
                default -> c.unsupported("not supported in a Graphic");
            }
        }
        // Icons fade as a whole; a mark's transparency is its Fill's and Stroke's.
        boolean icon = picture != null;
        if (!icon && opacity != null && opacity != 1) {
            opacityNode.unsupported("graphic opacity is not supported for marks; give the mark's Fill and Stroke an opacity");
        }
        if (g.problems() > before) return null;
        if (icon) {
            // SLD: without a Size, an external graphic keeps its own size.
            return new Symbolizer.Icon(picture.href(), picture.format(), size == null ? picture.height() : size, opacity);
        }
        double markSize = size == null ? DEFAULT_MARK_SIZE : size;
        if (mark == null) return defaultPoint(markSize);
        return new Symbolizer.Point(mark.mark(), markSize, mark.fill(), mark.stroke());
    }

    /** A Mark, as a point whose size the Graphic sets. */
    private Symbolizer.Point mark(SldNode m) {
        int before = m.problems();
        SldNode wellKnownName = null;
        Fill fill = null;
        Stroke stroke = null;
        boolean painted = false;
        for (SldNode c : m.children()) {
            switch (c.name()) {
                case "WellKnownName" -> wellKnownName = c;
                case "Fill" -> {
                    painted = true;
                    fill = fill(c);
                }
                case "Stroke" -> {
                    painted = true;
                    stroke = stroke(c);
                }
                case "OnlineResource", "InlineContent", "Format", "MarkIndex" ->
                        c.unsupported("marks from fonts or files are not supported; use a well-known name");
                default -> c.unsupported("not supported in a Mark");
            }
        }
        Mark kind = Mark.SQUARE;
        if (wellKnownName != null) {
            String name = wellKnownName.literal();
            kind = Mark.fromWellKnownName(name).orElse(null);
            if (kind == null) {
                wellKnownName.unsupported("well-known name '" + name + "' is not supported; use circle, square, triangle, star or cross");
            }
        }
        if (m.problems() > before) return null;
        if (!painted) {
            fill = Fill.solid(DEFAULT_FILL);
            stroke = Stroke.solid(Color.BLACK, 1);
        }
        return new Symbolizer.Point(kind, DEFAULT_MARK_SIZE, fill, stroke);
    }

    private Symbolizer text(SldNode t) {
        int before = t.problems();
        String label = null;
        boolean labelled = false;
        String family = DefaultStyles.FONT;
        double fontSize = DEFAULT_FONT_SIZE;
        boolean bold = false;
        Color color = Color.BLACK;
        Color haloColor = null;
        double haloRadius = 0;
        Double priority = 0.0;
        LabelPlacement placement = LabelPlacement.CENTRED;
        for (SldNode c : t.children()) {
            switch (c.name()) {
                case "Label" -> {
                    labelled = true;
                    label = label(c);
                }
                case "Font" -> {
                    Map<String, SldNode> p = parameters(c, FONT);
                    if (p.containsKey("font-family")) family = Objects.requireNonNullElse(p.get("font-family").literal(), DefaultStyles.FONT);
                    if (p.containsKey("font-size")) {
                        Double size = positive(p.get("font-size"));
                        if (size != null) fontSize = size;
                    }
                    if (p.containsKey("font-weight")) bold = bold(p.get("font-weight"));
                    if (p.containsKey("font-style")) {
                        String style = p.get("font-style").literal();
                        if (!"normal".equalsIgnoreCase(style)) p.get("font-style").unsupported("font-style '" + style + "' is not supported; only normal");
                    }
                }
                case "LabelPlacement" -> placement = labelPlacement(c);
                case "Halo" -> {
                    haloRadius = 1;
                    haloColor = Color.WHITE;
                    for (SldNode h : c.children()) {
                        switch (h.name()) {
                            case "Radius" -> {
                                Double r = nonNegative(h);
                                if (r != null) haloRadius = r;
                            }
                            case "Fill" -> haloColor = opaqueColor(h, "halo");
                            default -> h.unsupported("not supported in a Halo");
                        }
                    }
                }
                case "Fill" -> color = opaqueColor(c, "text");
                case "Priority" -> priority = c.number();
                case "VendorOption" -> {
                    if ("priority".equals(c.attribute("name"))) priority = c.number();
                    else c.ignored("vendor option not used by this renderer");
                }
                case "Graphic" -> c.unsupported("graphics behind labels are not supported");
                default -> common(c, t);
            }
        }
        if (!labelled) t.unsupported("a TextSymbolizer needs a Label");
        if (t.problems() > before) return null;
        return new Symbolizer.Text(label, family, fontSize, bold, color, haloColor, haloRadius, (int) Math.round(priority), placement);
    }

    /**
     * A PointPlacement's AnchorPoint and Displacement. Labels along lines and rotated labels are not
     * drawn, so LinePlacement and Rotation stay noted as ignored (the label goes at the feature's
     * label point, horizontally), as the whole LabelPlacement was before anchors were followed.
     */
    private static LabelPlacement labelPlacement(SldNode p) {
        int before = p.problems();
        double[] anchor = {0.5, 0.5};
        double[] displacement = {0, 0};
        for (SldNode c : p.children()) {
            if (!c.name().equals("PointPlacement")) {
                c.ignored(c.name().equals("LinePlacement") ? "labels are placed at the feature's label point, not along lines"
                        : "not used by this renderer");
                continue;
            }
            for (SldNode pp : c.children()) {
                switch (pp.name()) {
                    case "AnchorPoint" -> pair(pp, "AnchorPointX", "AnchorPointY", anchor, true);
                    case "Displacement" -> pair(pp, "DisplacementX", "DisplacementY", displacement, false);
                    case "Rotation" -> pp.ignored("labels are drawn horizontally");
                    default -> pp.ignored("not used by this renderer");
                }
            }
        }
        return p.problems() > before ? null : new LabelPlacement(anchor[0], anchor[1], displacement[0], displacement[1]);
    }

    /** The X and Y of an AnchorPoint (each 0 to 1) or a Displacement (pixels) into {@code xy}. */
    private static void pair(SldNode n, String xName, String yName, double[] xy, boolean fraction) {
        for (SldNode c : n.children()) {
            int i = c.name().equals(xName) ? 0 : c.name().equals(yName) ? 1 : -1;
            if (i < 0) {
                c.unsupported("not supported in " + n.name());
                continue;
            }
            Double v = c.number();
            if (v == null) continue;
            if (fraction && (v < 0 || v > 1)) c.unsupported("an anchor point lies between 0 and 1, got " + v);
            else xy[i] = v;
        }
    }

    /** A label is one attribute: {@code <Label><ogc:PropertyName>name</ogc:PropertyName></Label>}. */
    private static String label(SldNode l) {
        List<SldNode> kids = l.children();
        if (kids.size() == 1 && kids.get(0).name().equals("PropertyName") && !l.hasOwnText()) {
            String name = kids.get(0).text();
            if (name == null) kids.get(0).unsupported("PropertyName is empty");
            return name;
        }
        boolean reported = false;
        for (SldNode k : kids) {
            if (!k.name().equals("PropertyName")) {
                k.unsupported("expressions (" + k.name() + ") are not supported in labels; label with one PropertyName");
                reported = true;
            }
        }
        if (!reported) {
            l.unsupported(kids.isEmpty() ? "constant labels are not supported; label with a PropertyName"
                    : "a label is one PropertyName; text around it or several properties are not supported");
        }
        return null;
    }

    private static boolean bold(SldNode weight) {
        String w = weight.literal();
        if ("bold".equalsIgnoreCase(w)) return true;
        if (!"normal".equalsIgnoreCase(w)) weight.unsupported("font-weight must be normal or bold, got '" + w + "'");
        return false;
    }

    /** Elements any symbolizer may hold. */
    private static void common(SldNode c, SldNode symbolizer) {
        switch (c.name()) {
            case "Geometry" -> c.unsupported("symbolizers draw the layer's own geometry; Geometry is not supported");
            case "Name", "Description" -> c.ignored("symbolizer metadata is not kept");
            case "VendorOption" -> c.ignored("vendor option not used by this renderer");
            case "PerpendicularOffset", "Displacement" -> c.unsupported("offsets are not supported");
            default -> c.unsupported("not supported in a " + symbolizer.name());
        }
    }

    private static Fill fill(SldNode f) {
        int before = f.problems();
        Map<String, SldNode> p = parameters(f, FILL);
        Color color = p.containsKey("fill") ? color(p.get("fill")) : DEFAULT_FILL;
        Double opacity = p.containsKey("fill-opacity") ? opacity(p.get("fill-opacity")) : Double.valueOf(1);
        return f.problems() > before ? null : new Fill(color, opacity);
    }

    /** Text and halo fills: a colour without transparency, which the label renderer does not do. */
    private static Color opaqueColor(SldNode f, String what) {
        Fill fill = fill(f);
        if (fill == null) return null;
        if (fill.opacity() < 1) {
            f.unsupported("transparent " + what + " is not supported");
            return null;
        }
        return fill.color();
    }

    private static Stroke stroke(SldNode s) {
        int before = s.problems();
        Map<String, SldNode> p = parameters(s, STROKE);
        Color color = p.containsKey("stroke") ? color(p.get("stroke")) : Color.BLACK;
        Double width = p.containsKey("stroke-width") ? nonNegative(p.get("stroke-width")) : Double.valueOf(1);
        Double opacity = p.containsKey("stroke-opacity") ? opacity(p.get("stroke-opacity")) : Double.valueOf(1);
        float[] dash = p.containsKey("stroke-dasharray") ? dashes(p.get("stroke-dasharray")) : null;
        if (p.containsKey("stroke-dashoffset")) only(p.get("stroke-dashoffset"), 0, "dash offsets are not supported");
        return s.problems() > before ? null : new Stroke(color, width, opacity, dash);
    }

    /**
     * The CssParameter / SvgParameter children by name. Unknown parameters and any other child
     * (GraphicFill, GraphicStroke) are reported; the renderer's own choices are noted as ignored.
     */
    private static Map<String, SldNode> parameters(SldNode parent, Set<String> supported) {
        Map<String, SldNode> out = new LinkedHashMap<>();
        for (SldNode c : parent.children()) {
            String name = c.attribute("name");
            if (!c.isParameter()) {
                c.unsupported(switch (c.name()) {
                    case "GraphicFill" -> "graphic (pattern) fills are not supported; use a solid fill";
                    case "GraphicStroke" -> "graphic strokes are not supported; use a solid or dashed stroke";
                    default -> "not supported in " + parent.name();
                });
            } else if (name == null || name.isBlank()) {
                c.unsupported("a parameter needs a name");
            } else if (RENDERER_CHOICES.contains(name)) {
                c.ignored("line joins and caps are chosen by the renderer");
            } else if (!supported.contains(name)) {
                c.unsupported("parameter " + name + " is not supported in " + parent.name());
            } else if (out.containsKey(name)) {
                c.ignored("repeated parameter; the first one is used");
            } else {
                out.put(name, c);
            }
        }
        return out;
    }

    private static Color color(SldNode n) {
        String v = n.required("a colour #rrggbb is required");
        if (v == null) return null;
        try {
            return HexColor.parse(v);
        } catch (IllegalArgumentException e) {
            n.unsupported("not a colour #rrggbb: '" + v + "'");
            return null;
        }
    }

    private static Double opacity(SldNode n) {
        Double v = n.number();
        if (v != null && (v < 0 || v > 1)) {
            n.unsupported("opacity must be between 0 and 1, got " + v);
            return null;
        }
        return v;
    }

    private static Double nonNegative(SldNode n) {
        Double v = n.number();
        if (v != null && v < 0) {
            n.unsupported("must not be negative, got " + v);
            return null;
        }
        return v;
    }

    private static Double positive(SldNode n) {
        Double v = n.number();
        if (v != null && v <= 0) {
            n.unsupported("must be greater than 0, got " + v);
            return null;
        }
        return v;
    }

    private static float[] dashes(SldNode n) {
        String v = n.required("a dash pattern such as '4 2' is required");
        if (v == null) return null;
        String[] parts = v.strip().split("[\\s,]+");
        float[] dash = new float[parts.length];
        boolean drawn = false;
        try {
            for (int i = 0; i < parts.length; i++) {
                dash[i] = Float.parseFloat(parts[i]);
                if (!(dash[i] >= 0) || Float.isInfinite(dash[i])) throw new NumberFormatException();
                drawn |= dash[i] > 0;
            }
        } catch (NumberFormatException e) {
            n.unsupported("not a dash pattern of non-negative numbers: '" + v + "'");
            return null;
        }
        if (!drawn) {
            n.unsupported("a dash pattern needs a length above 0");
            return null;
        }
        return dash;
    }

    /** A constant with only one acceptable value here (opacity 1, rotation 0, dash offset 0). */
    private static void only(SldNode n, double accepted, String reason) {
        Double v = n.number();
        if (v != null && v != accepted) n.unsupported(reason);
    }

    /** AnchorPoint / Displacement: accepted only when they leave the mark where it is anyway. */
    private static void neutral(SldNode n, String xName, String yName, double accepted, String reason) {
        int before = n.problems();
        boolean moved = false;
        for (SldNode c : n.children()) {
            if (c.name().equals(xName) || c.name().equals(yName)) {
                Double v = c.number();
                moved |= v != null && v != accepted;
            } else {
                c.unsupported("not supported in " + n.name());
            }
        }
        if (moved && n.problems() == before) n.unsupported(reason);
    }
}
