package kz.aumaq.gis.style;

import java.awt.Color;
import java.util.Locale;

/** Colours as SLD and CSS write them: {@code #rrggbb}. */
public final class HexColor {

    private HexColor() {
    }

    public static Color parse(String hex) {
        String h = hex == null ? "" : hex.trim();
        if (h.startsWith("#")) h = h.substring(1);
        if (h.startsWith("0x") || h.startsWith("0X")) h = h.substring(2);
        if (h.length() == 3) h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        if (!h.matches("[0-9a-fA-F]{6}")) throw new IllegalArgumentException("not a colour #rrggbb: " + hex);
        return new Color(Integer.parseInt(h, 16));
    }

    public static String format(Color c) {
        return String.format(Locale.ROOT, "#%06x", c.getRGB() & 0xffffff);
    }
}
