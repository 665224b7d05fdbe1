package kz.aumaq.gis.style;

import java.awt.Color;
import java.util.Arrays;
import java.util.Objects;

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

    // Records compare arrays by identity; two strokes with the same dashes are the same stroke
    // (an imported style equals the one it was exported from).
    @Override
    public boolean equals(Object o) {
        return o instanceof Stroke s && color.equals(s.color) && Double.compare(width, s.width) == 0
                && Double.compare(opacity, s.opacity) == 0 && Arrays.equals(dash, s.dash);
    }

    @Override
    public int hashCode() {
        return Objects.hash(color, width, opacity) * 31 + Arrays.hashCode(dash);
    }

    @Override
    public String toString() {
        return "Stroke[color=" + HexColor.format(color) + ", width=" + width + ", opacity=" + opacity + ", dash=" + Arrays.toString(dash) + "]";
    }
}
