package kz.aumaq.gis.geom;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Area of lon/lat (EPSG:4326) polygons on a sphere of the mean Earth radius. Planar area in
 * degrees is meaningless across Kazakhstan's 15° of latitude, and a sphere is within ~0.5%
 * of the ellipsoid, which is plenty for statistics and density maps.
 */
public final class GeodesicArea {

    /** IUGG mean Earth radius, km. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    private GeodesicArea() {
    }

    /** Area in km² of a (Multi)Polygon or collection of them; 0 for points and lines. */
    public static double squareKm(Geometry g) {
        if (g == null || g.isEmpty()) return 0;
        if (g instanceof Polygon p) return polygonKm2(p);
        if (g instanceof GeometryCollection) {
            double sum = 0;
            for (int i = 0; i < g.getNumGeometries(); i++) sum += squareKm(g.getGeometryN(i));
            return sum;
        }
        return 0;
    }

    private static double polygonKm2(Polygon p) {
        double area = Math.abs(ringKm2(p.getExteriorRing()));
        for (int i = 0; i < p.getNumInteriorRing(); i++) area -= Math.abs(ringKm2(p.getInteriorRingN(i)));
        return Math.max(0, area);
    }

    /**
     * Signed spherical ring area, R² · Σ (λ2−λ1)(1 + sin φm · sinc(δ/2)) with φm the mean latitude
     * and δ = φ2−φ1 of each edge, angles in radians. This is the classic
     * R²/2 · Σ (λ2−λ1)(2 + sin φ1 + sin φ2) with its trapezoid term sin φm · cos(δ/2) replaced by the
     * exact integral of sin φ along an edge straight in lon/lat. Identical for edges along parallels,
     * but the exact form does not change when a long edge is split, so children that share a
     * parent's edges sum exactly to the parent.
     */
    private static double ringKm2(LinearRing ring) {
        Coordinate[] c = ring.getCoordinates();
        double sum = 0;
        for (int i = 0; i + 1 < c.length; i++) {
            double dl = Math.toRadians(c[i + 1].x - c[i].x);
            if (dl == 0) continue;
            double f1 = Math.toRadians(c[i].y), f2 = Math.toRadians(c[i + 1].y);
            double half = (f2 - f1) / 2;
            double sinc = Math.abs(half) < 1e-8 ? 1 : Math.sin(half) / half;
            sum += dl * (1 + Math.sin((f1 + f2) / 2) * sinc);
        }
        return sum * EARTH_RADIUS_KM * EARTH_RADIUS_KM;
    }
}
