package kz.aumaq.ingest.format;

import java.util.ArrayList;
import java.util.List;
import kz.aumaq.ingest.report.Finding;
import kz.aumaq.ingest.source.SourceFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * The checks every dataset with geometries gets once in EPSG:4326: empty geometries, and
 * coordinates outside Kazakhstan (with a margin), the mark of swapped axes or a wrong CRS.
 * Features are checked one by one as a reader adds them; the findings come at the end.
 */
public final class KazakhstanExtent {

    /** Kazakhstan spans about 46.5–87.4° E, 40.6–55.4° N; a margin keeps border features in. */
    public static final Envelope EXTENT = new Envelope(44, 90, 38, 58);

    private final List<String> empty = new ArrayList<>();
    private final List<String> outside = new ArrayList<>();
    private int outsideCount;
    private int swappedInside;

    public static List<Finding> check(List<SourceFeature> features) {
        KazakhstanExtent extent = new KazakhstanExtent();
        for (SourceFeature f : features) extent.check(f);
        return extent.findings();
    }

    public void check(SourceFeature f) {
        Geometry g = f.geometry();
        if (g == null || g.isEmpty()) {
            empty.add(f.id());
            return;
        }
        if (inside(g, false)) return;
        outsideCount++;
        if (inside(g, true)) swappedInside++;
        if (outside.size() < Finding.MAX_EXAMPLES) {
            Coordinate c = g.getCoordinate();
            outside.add(f.id() + " (" + round(c.x) + ", " + round(c.y) + ")");
        }
    }

    public List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        if (!empty.isEmpty()) {
            out.add(Finding.warning("empty-geometry", empty.size() + " features have no geometry", empty.size(), empty));
        }
        if (outsideCount > 0) {
            String message = outsideCount + " features lie outside Kazakhstan (longitude 44–90, latitude 38–58; "
                    + "examples as longitude, latitude): swapped axes or wrong CRS?";
            if (swappedInside == outsideCount) {
                message += " Swapping latitude and longitude would put all of them inside: the axes are probably swapped.";
            } else if (swappedInside > 0) {
                message += " Swapping latitude and longitude would put " + swappedInside + " of them inside.";
            }
            out.add(Finding.warning("outside-kazakhstan", message, outsideCount, outside));
        }
        return out;
    }

    /** Whether the geometry's envelope (x and y swapped if asked) lies inside; a point's without making one. */
    private static boolean inside(Geometry g, boolean swapped) {
        if (g instanceof Point p) return swapped ? EXTENT.covers(p.getY(), p.getX()) : EXTENT.covers(p.getX(), p.getY());
        Envelope e = g.getEnvelopeInternal();
        return EXTENT.covers(swapped ? new Envelope(e.getMinY(), e.getMaxY(), e.getMinX(), e.getMaxX()) : e);
    }

    private static String round(double v) {
        return String.valueOf(Math.round(v * 1e5) / 1e5);
    }
}
