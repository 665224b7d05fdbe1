package kz.aumaq.gis.style;

import java.awt.Color;
import java.util.Locale;
import java.util.Set;

/** How the features a rule selects are drawn. */
public sealed interface Symbolizer {

    /** Area fill and outline; either may be null. */
    record Polygon(Fill fill, Stroke stroke) implements Symbolizer {
    }

    /** Lines, or the outline of an area drawn as a line. */
    record Line(Stroke stroke) implements Symbolizer {
    }

    /** A mark at a point (or at an area's label point); size in pixels. */
    record Point(Mark mark, double size, Fill fill, Stroke stroke) implements Symbolizer {
    }

    /**
     * A picture at a point (or at an area's label point), centred on it.
     *
     * @param href    {@code data:image/png;base64,…} or {@code icon:<name>} for a built-in icon
     *                ({@link kz.aumaq.gis.image.IconImages} loads them; nothing is fetched over the network)
     * @param format  image/png, image/gif or image/jpeg, as SLD's ExternalGraphic states it
     * @param size    height in pixels (width follows the picture's proportions), scaled with the DPI
     * @param opacity 0 (invisible) to 1
     */
    record Icon(String href, String format, double size, double opacity) implements Symbolizer {

        /** The formats the JDK decodes; SVG would need a renderer this server does not carry. */
        public static final Set<String> FORMATS = Set.of("image/png", "image/gif", "image/jpeg");

        public Icon {
            if (href == null || href.isBlank()) throw new IllegalArgumentException("an icon needs an href");
            format = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
            if (!FORMATS.contains(format)) throw new IllegalArgumentException("icon format must be image/png, image/gif or image/jpeg, got " + format);
            if (!(size > 0) || !Double.isFinite(size)) throw new IllegalArgumentException("icon size must be above 0");
            if (!(opacity >= 0 && opacity <= 1)) throw new IllegalArgumentException("icon opacity must be between 0 and 1");
        }

        /** A built-in PNG icon ({@code icon:<name>}), fully opaque. */
        public static Icon builtIn(String name, double size) {
            return new Icon("icon:" + name, "image/png", size, 1);
        }
    }

    /**
     * A text label.
     *
     * @param label     a field name, or {@code name} for the feature's name in the request language
     * @param priority  higher wins when labels collide
     * @param placement where the label sits relative to the feature's point; null means centred
     */
    record Text(String label, String fontFamily, double fontSize, boolean bold, Color color,
                Color haloColor, double haloRadius, int priority, LabelPlacement placement) implements Symbolizer {

        public Text {
            placement = placement == null ? LabelPlacement.CENTRED : placement;
        }

        /** A label centred on its point. */
        public Text(String label, String fontFamily, double fontSize, boolean bold, Color color,
                    Color haloColor, double haloRadius, int priority) {
            this(label, fontFamily, fontSize, bold, color, haloColor, haloRadius, priority, LabelPlacement.CENTRED);
        }
    }
}
