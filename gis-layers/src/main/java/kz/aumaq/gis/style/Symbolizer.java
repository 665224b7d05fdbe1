package kz.aumaq.gis.style;

import java.awt.Color;

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
     * A text label.
     *
     * @param label    a field name, or {@code name} for the feature's name in the request language
     * @param priority higher wins when labels collide
     */
    record Text(String label, String fontFamily, double fontSize, boolean bold, Color color,
                Color haloColor, double haloRadius, int priority) implements Symbolizer {
    }
}
