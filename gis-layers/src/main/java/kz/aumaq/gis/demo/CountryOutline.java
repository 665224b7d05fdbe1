package kz.aumaq.gis.demo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * A coarse outline of Kazakhstan, the frame every demo unit is cut from. Coarse on purpose:
 * the demo needs a recognisable shape, not a legal boundary.
 *
 * <p>Outline generalised from geokz (https://github.com/arodionoff/geokz), CC BY 4.0.
 */
final class CountryOutline {

    // lon lat pairs; generalised from geokz (CC BY 4.0)
    private static final String RING =
        "69.2 55.4, 70.8 55.3, 71.3 54.7, 71.2 54.1, 72.2 54.1, 72.1 54.4, 72.5 53.9, 72.6 54.1, 73.8 54.1, "
        + "73.3 53.7, 73.4 53.4, 74.4 53.5, 75.4 54.1, 76.9 54.5, 76.5 54.0, 77.9 53.3, 80.1 50.8, 80.7 51.3, "
        + "81.5 50.8, 83.4 51.0, 85.3 49.6, 86.2 49.5, 86.8 49.8, 86.6 49.6, 87.3 49.1, 86.9 49.1, 86.6 48.5, "
        + "85.7 48.4, 85.5 47.1, 84.8 46.8, 83.0 47.2, 82.3 45.6, 82.6 45.4, 82.5 45.1, 81.7 45.4, 79.8 44.9, "
        + "80.5 44.7, 80.8 43.2, 80.3 42.8, 80.2 42.2, 79.2 42.8, 75.2 42.8, 74.2 43.2, 73.6 43.0, 73.5 42.4, "
        + "71.3 42.8, 70.6 42.0, 70.4 42.1, 69.0 41.3, 68.6 40.6, 68.0 40.8, 67.9 41.2, 66.6 41.3, 66.5 41.9, "
        + "66.0 41.9, 66.1 43.0, 65.8 42.9, 65.1 43.8, 62.0 43.5, 58.6 45.6, 56.0 45.0, 56.0 41.3, 55.5 41.3, "
        + "54.2 42.3, 52.4 41.8, 52.7 42.7, 51.3 43.2, 50.8 44.2, 50.2 44.6, 51.5 44.5, 50.8 44.8, 51.4 45.4, "
        + "53.0 45.4, 52.7 45.6, 53.1 46.4, 52.9 46.8, 51.7 46.7, 51.2 47.0, 49.6 46.3, 49.3 46.5, 49.4 46.3, "
        + "48.5 46.7, 49.0 46.8, 48.6 47.4, 48.1 47.8, 47.2 47.7, 47.1 48.2, 46.5 48.4, 47.0 49.1, 46.8 49.6, "
        + "47.3 50.3, 47.6 50.5, 48.2 49.9, 48.7 49.9, 48.6 50.6, 50.4 51.3, 50.8 51.8, 51.3 51.5, 52.3 51.8, "
        + "52.6 51.5, 53.4 51.5, 54.5 50.8, 54.5 50.5, 54.7 50.9, 55.7 50.6, 56.5 51.1, 57.5 50.9, 58.3 51.2, "
        + "59.5 50.5, 60.1 50.9, 61.4 50.8, 61.5 51.4, 60.1 51.9, 61.1 52.3, 60.7 52.7, 61.0 53.0, 62.1 53.0, "
        + "61.2 53.3, 61.6 53.5, 60.9 53.6, 61.2 53.8, 61.0 54.0, 65.2 54.3, 65.5 54.7, 68.2 55.0, 68.2 55.2, "
        + "69.2 55.4";

    private CountryOutline() {
    }

    /** The outline as a valid single-part MultiPolygon, SRID 4326. */
    static MultiPolygon multiPolygon() {
        List<Coordinate> coords = new ArrayList<>();
        for (String pair : RING.split(",")) {
            String[] xy = pair.trim().split("\\s+");
            coords.add(new Coordinate(Double.parseDouble(xy[0]), Double.parseDouble(xy[1])));
        }
        Polygon raw = Geoms.GF.createPolygon(coords.toArray(Coordinate[]::new));
        // the generalised ring may pinch itself; keep the mainland, which is the largest part
        Geometry fixed = raw.isValid() ? raw : GeometryFixer.fix(raw);
        Polygon largest = null;
        for (Object o : PolygonExtracter.getPolygons(fixed)) {
            Polygon p = (Polygon) o;
            if (largest == null || p.getArea() > largest.getArea()) largest = p;
        }
        return Geoms.toMultiPolygon(largest);
    }
}
