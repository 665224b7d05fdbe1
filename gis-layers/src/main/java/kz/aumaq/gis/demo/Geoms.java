package kz.aumaq.gis.demo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.overlayng.OverlayNG;

/**
 * Geometry plumbing shared by the generator. Overlays run snap-rounded on a fixed 1e-6° grid
 * (~0.1 m), so results are robust and reproducible and their coordinates stay short.
 */
final class Geoms {

    static final GeometryFactory GF = new GeometryFactory(new PrecisionModel(), 4326);
    static final PrecisionModel GRID = new PrecisionModel(1e6);
    /** Fragments below this (deg², ≈ 12 m²) are snap-rounding dust, not territory. */
    private static final double DUST_DEG2 = 1e-9;

    private Geoms() {
    }

    static Geometry difference(Geometry a, Geometry b) {
        return OverlayNG.overlay(a, b, OverlayNG.DIFFERENCE, GRID);
    }

    /** The areal parts of {@code g} as a MultiPolygon on {@link #GF} (always multi, dust dropped). */
    static MultiPolygon toMultiPolygon(Geometry g) {
        List<Polygon> parts = new ArrayList<>();
        for (Object o : PolygonExtracter.getPolygons(g)) {
            Polygon p = (Polygon) o;
            if (!p.isEmpty() && p.getArea() >= DUST_DEG2) parts.add((Polygon) GF.createGeometry(p));
        }
        return GF.createMultiPolygon(parts.toArray(Polygon[]::new));
    }

    static Point point(double lon, double lat) {
        return GF.createPoint(new Coordinate(lon, lat));
    }

    static Point point(Coordinate c) {
        return GF.createPoint(new Coordinate(c.x, c.y));
    }

    /**
     * Where a label goes: the preferred spot if it lies inside, else the centroid if inside
     * (looks central), else JTS's interior point (always inside, even for crescents).
     */
    static Point labelPoint(Geometry area, Coordinate preferred) {
        if (preferred != null) {
            Point p = point(preferred);
            if (area.contains(p)) return p;
        }
        Point c = area.getCentroid();
        if (!c.isEmpty() && area.contains(c)) return point(c.getCoordinate());
        return point(area.getInteriorPoint().getCoordinate());
    }
}
