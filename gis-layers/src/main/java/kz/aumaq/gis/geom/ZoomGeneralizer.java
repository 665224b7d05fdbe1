package kz.aumaq.gis.geom;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Puntal;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * Simplifies lon/lat geometry for display at a web-map zoom: detail finer than half a screen
 * pixel (256-px tiles, Web Mercator) is dropped, keeping each shape's topology valid.
 */
public final class ZoomGeneralizer {

    private ZoomGeneralizer() {
    }

    /** Half a pixel at {@code zoom}, in degrees of longitude. */
    public static double toleranceDegrees(int zoom) {
        return 0.5 * 360.0 / (256.0 * (1L << zoom));
    }

    /** Decimal places that keep coordinates exact to a tenth of a pixel at {@code zoom}. */
    public static int decimals(int zoom) {
        double tenthPixel = toleranceDegrees(zoom) / 5;
        return Math.max(1, Math.min(7, (int) Math.ceil(-Math.log10(tenthPixel))));
    }

    public static Geometry simplify(Geometry g, int zoom) {
        if (g == null || g instanceof Puntal) return g;
        Geometry s = TopologyPreservingSimplifier.simplify(g, toleranceDegrees(zoom));
        s.setSRID(g.getSRID());
        return s;
    }
}
