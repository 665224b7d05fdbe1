package kz.aumaq.ingest.format;

import java.util.ArrayList;
import java.util.List;
import kz.aumaq.ingest.report.Finding;
import kz.aumaq.ingest.source.SourceFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * The checks every dataset with geometries gets once in EPSG:4326: empty geometries, and
 * coordinates outside Kazakhstan (with a margin), the mark of swapped axes or a wrong CRS.
 */
public final class KazakhstanExtent {

    /** Kazakhstan spans about 46.5–87.4° E, 40.6–55.4° N; a margin keeps border features in. */
    public static final Envelope EXTENT = new Envelope(44, 90, 38, 58);

    private KazakhstanExtent() {
    }

    public static List<Finding> check(List<SourceFeature> features) {
        List<String> empty = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        int outsideCount = 0;
        int swappedInside = 0;
        for (SourceFeature f : features) {
            if (f.geometry() == null || f.geometry().isEmpty()) {
                empty.add(f.id());
                continue;
            }
            Envelope e = f.geometry().getEnvelopeInternal();
            if (EXTENT.covers(e)) continue;
            outsideCount++;
            if (EXTENT.covers(new Envelope(e.getMinY(), e.getMaxY(), e.getMinX(), e.getMaxX()))) swappedInside++;
            if (outside.size() < Finding.MAX_EXAMPLES) {
                Coordinate c = f.geometry().getCoordinate();
                outside.add(f.id() + " (" + round(c.x) + ", " + round(c.y) + ")");
            }
        }
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

    private static String round(double v) {
        return String.valueOf(Math.round(v * 1e5) / 1e5);
    }
}
