package kz.aumaq.gis.style;

import java.awt.Color;

/**
 * How a line or outline is drawn.
 *
 * @param width in pixels at the standard 0.28 mm pixel (scaled for other DPI)
 * @param dash  dash pattern in pixels, or null for solid
 */
public record Stroke(Color color, double width, double opacity, float[] dash) {

    public Stroke {
        if (color == null) throw new IllegalArgumentException("stroke colour is required");
        if (width < 0 || opacity < 0 || opacity > 1) throw new IllegalArgumentException("stroke width >= 0 and 0 <= opacity <= 1");
    }

    public static Stroke solid(Color color, double width) {
        return new Stroke(color, width, 1, null);
    }
}
