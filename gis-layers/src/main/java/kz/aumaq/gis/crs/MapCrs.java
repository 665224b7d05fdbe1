package kz.aumaq.gis.crs;

import kz.aumaq.gis.geom.VertexMapping;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * A CRS the services can draw and answer in.
 *
 * @param code            canonical code, e.g. {@code EPSG:4326}, {@code CRS:84}
 * @param geographic      units are degrees (else metres)
 * @param latLonAxisOrder WMS 1.3.0 / EPSG axis order is latitude first (true for EPSG:4326 only here)
 * @param lonLatArea      where the CRS is meant to be used, in lon/lat
 */
public record MapCrs(String code, boolean geographic, boolean latLonAxisOrder, Envelope lonLatArea, Projection projection) {

    /** Metres per degree on the WGS84 equator, as OGC uses to turn degrees into a scale. */
    public static final double METRES_PER_DEGREE = 2 * Math.PI * 6378137.0 / 360;

    public int epsg() {
        return code.startsWith("EPSG:") ? Integer.parseInt(code.substring(5)) : 4326;
    }

    public boolean isIdentity() {
        return projection == null;
    }

    /** A copy of a lon/lat geometry in this CRS. */
    public Geometry project(Geometry lonLat) {
        Geometry g = lonLat.copy();
        if (projection == null) return g;
        return ((VertexMapping) projection::forward).applyTo(g);
    }

    public Coordinate fromLonLat(double lon, double lat) {
        double[] xy = {lon, lat};
        if (projection != null) projection.forward(xy);
        return new Coordinate(xy[0], xy[1]);
    }

    public Coordinate toLonLat(double x, double y) {
        double[] xy = {x, y};
        if (projection != null) projection.inverse(xy);
        return new Coordinate(xy[0], xy[1]);
    }

    /** The envelope, in this CRS, of a lon/lat envelope (edges sampled, since projections bend them). */
    public Envelope fromLonLat(Envelope lonLat) {
        return projection == null ? new Envelope(lonLat) : sampledEdges(lonLat, this::fromLonLat);
    }

    /** The lon/lat envelope of an envelope in this CRS (edges sampled). */
    public Envelope toLonLat(Envelope box) {
        return projection == null ? new Envelope(box) : sampledEdges(box, this::toLonLat);
    }

    private interface PointTransform {
        Coordinate apply(double x, double y);
    }

    private static Envelope sampledEdges(Envelope box, PointTransform t) {
        Envelope out = new Envelope();
        int steps = 16;
        for (int i = 0; i <= steps; i++) {
            double fx = box.getMinX() + box.getWidth() * i / steps;
            double fy = box.getMinY() + box.getHeight() * i / steps;
            out.expandToInclude(t.apply(fx, box.getMinY()));
            out.expandToInclude(t.apply(fx, box.getMaxY()));
            out.expandToInclude(t.apply(box.getMinX(), fy));
            out.expandToInclude(t.apply(box.getMaxX(), fy));
        }
        return out;
    }

    /** Metres per CRS unit, to turn a resolution into a scale denominator. */
    public double metresPerUnit() {
        return geographic ? METRES_PER_DEGREE : 1;
    }
}
