package kz.aumaq.gis.style;

import java.awt.Color;

/** A solid fill. */
public record Fill(Color color, double opacity) {

    public Fill {
        if (color == null) throw new IllegalArgumentException("fill colour is required");
        if (opacity < 0 || opacity > 1) throw new IllegalArgumentException("fill opacity must be between 0 and 1");
    }

    public static Fill solid(Color color) {
        return new Fill(color, 1);
    }
}
