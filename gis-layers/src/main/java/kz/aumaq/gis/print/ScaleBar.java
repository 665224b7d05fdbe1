package kz.aumaq.gis.print;

import java.math.BigDecimal;
import java.math.MathContext;
import kz.aumaq.gis.render.MapView;
import kz.aumaq.gis.text.Lang;
import org.locationtech.jts.geom.Coordinate;

/**
 * A scale bar of a round length (1, 2 or 5 × 10ⁿ metres) that fits the room it is given, and the
 * map's representative fraction. Both are true on the ground at the map's centre: Web Mercator
 * metres are stretched by 1/cos(latitude) (×1.6 at Astana), degrees shrink east-west, so the
 * CRS's own units cannot be used as they are.
 *
 * @param metres the ground length the bar stands for
 * @param pixels its length on the sheet
 */
public record ScaleBar(double metres, double pixels) {

    /** WGS 84. */
    private static final double A = 6378137.0;
    private static final double F = 1 / 298.257223563;
    private static final double E2 = F * (2 - F);
    private static final double METRES_PER_INCH = 0.0254;

    /** The longest round length that is at most {@code maxPixels} long at {@code metresPerPixel}. */
    public static ScaleBar fit(double metresPerPixel, double maxPixels) {
        if (!(metresPerPixel > 0) || !(maxPixels >= 1) || Double.isInfinite(metresPerPixel)) {
            throw new IllegalArgumentException("a scale bar needs a positive ground resolution and at least one pixel");
        }
        double most = metresPerPixel * maxPixels;
        double magnitude = Math.pow(10, Math.floor(Math.log10(most)));
        double nice = magnitude;
        for (double step : new double[] {5, 2, 1}) {
            // The small tolerance keeps 50 000 a 5 × 10⁴ when floating point makes it 49 999.999…
            if (step * magnitude <= most * (1 + 1e-9)) {
                nice = step * magnitude;
                break;
            }
        }
        return new ScaleBar(nice, nice / metresPerPixel);
    }

    /**
     * Metres on the ground per image pixel, east-west through the map's centre, on the WGS 84
     * ellipsoid. One pixel is short enough for the local (meridian and prime-vertical radius) formula
     * to be exact to far below a millimetre.
     */
    public static double groundMetresPerPixel(MapView view) {
        double cx = view.bbox().centre().x;
        double cy = view.bbox().centre().y;
        double half = view.resolution() / 2;
        Coordinate west = view.crs().toLonLat(cx - half, cy);
        Coordinate east = view.crs().toLonLat(cx + half, cy);
        return shortDistance(west, east);
    }

    /** Ground distance between two nearby lon/lat points on WGS 84. */
    static double shortDistance(Coordinate a, Coordinate b) {
        double lat = Math.toRadians((a.y + b.y) / 2);
        double sin = Math.sin(lat);
        double w = 1 - E2 * sin * sin;
        double meridian = A * (1 - E2) / (w * Math.sqrt(w));
        double primeVertical = A / Math.sqrt(w);
        double dLat = Math.toRadians(b.y - a.y);
        double dLon = Math.toRadians(b.x - a.x);
        return Math.hypot(meridian * dLat, primeVertical * Math.cos(lat) * dLon);
    }

    /**
     * The representative fraction's denominator (1 : N) when a pixel is printed 1/dpi inch wide,
     * to three significant digits: the map is not drawn at a round scale, and more digits would
     * claim a precision that paper shrinkage alone takes away.
     */
    public static long fraction(double metresPerPixel, double dpi) {
        double n = metresPerPixel * dpi / METRES_PER_INCH;
        return new BigDecimal(n).round(new MathContext(3)).longValue();
    }

    /** {@code 1 : 2 500 000}, digits grouped by threes. */
    public static String fractionText(long denominator) {
        String digits = Long.toString(denominator);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) grouped.append(' ');
            grouped.append(digits.charAt(i));
        }
        return "1 : " + grouped;
    }

    /** The bar's end: {@code 50 km}, {@code 500 m}. */
    public String endLabel(Lang lang) {
        return number(inUnit(metres), lang) + " " + (kilometres() ? PrintWords.kilometres(lang) : PrintWords.metres(lang));
    }

    /** Its middle, in the end's unit and without it: {@code 25}. */
    public String middleLabel(Lang lang) {
        return number(inUnit(metres / 2), lang);
    }

    private boolean kilometres() {
        return metres >= 1000;
    }

    private double inUnit(double m) {
        return kilometres() ? m / 1000 : m;
    }

    private static String number(double value, Lang lang) {
        String s = new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
        return s.replace('.', PrintWords.decimalSeparator(lang));
    }
}
