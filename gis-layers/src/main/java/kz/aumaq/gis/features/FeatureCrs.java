package kz.aumaq.gis.features;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import kz.aumaq.gis.crs.CrsRegistry;
import kz.aumaq.gis.crs.MapCrs;
import kz.aumaq.gis.geom.LonLatBox;
import kz.aumaq.gis.geom.VertexMapping;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The CRSs features can be asked for (OGC API – Features Part 2). Coordinates follow each CRS's
 * own axis order: CRS84 is lon/lat (the GeoJSON default), EPSG:4326 is lat/lon, EPSG:3857 is
 * easting/northing in metres.
 */
public enum FeatureCrs {
    CRS84("http://www.opengis.net/def/crs/OGC/1.3/CRS84", "CRS:84", 7),
    EPSG_4326("http://www.opengis.net/def/crs/EPSG/0/4326", "EPSG:4326", 7),
    EPSG_3857("http://www.opengis.net/def/crs/EPSG/0/3857", "EPSG:3857", 2);

    /** Degrees a projected bbox grows by when turned into lon/lat: about 0.1 mm, far below any data's precision. */
    private static final double ROUNDING = 1e-9;

    /** Where the data is kept and what is answered when no {@code crs} is asked for. */
    public static final FeatureCrs STORAGE = CRS84;

    private final String uri;
    private final MapCrs crs;
    /** Decimals written: 7 in degrees and 2 in metres are both about a centimetre. */
    private final int decimals;

    FeatureCrs(String uri, String code, int decimals) {
        this.uri = uri;
        this.crs = CrsRegistry.require(code);
        this.decimals = decimals;
    }

    public String uri() {
        return uri;
    }

    public int decimals() {
        return decimals;
    }

    public boolean geographic() {
        return crs.geographic();
    }

    public static List<FeatureCrs> offered() {
        return Arrays.asList(values());
    }

    /** The offered CRS a client names by URI, safe CURIE ({@code [EPSG:3857]}) or code; empty if not offered. */
    static Optional<FeatureCrs> lookup(String name) {
        if (name == null) return Optional.empty();
        String n = name.trim();
        if (n.startsWith("[") && n.endsWith("]")) n = n.substring(1, n.length() - 1);
        Optional<MapCrs> asked = CrsRegistry.lookup(n);
        if (asked.isEmpty()) return Optional.empty();
        for (FeatureCrs c : values()) if (c.crs.code().equals(asked.get().code())) return Optional.of(c);
        return Optional.empty();
    }

    /** A lon/lat geometry in this CRS's coordinates and axis order. */
    public Geometry fromLonLat(Geometry lonLat) {
        if (lonLat == null) return null;
        if (crs.isIdentity() && !crs.latLonAxisOrder()) return lonLat; // CRS84: stored as is, no copy
        Geometry g = crs.project(lonLat);
        if (crs.latLonAxisOrder()) swapAxes(g);
        return g;
    }

    /**
     * The lon/lat box of a box given in this CRS's axis order; a first longitude (or easting)
     * larger than the second crosses the antimeridian. Projected boxes beyond the world are cut to it.
     *
     * @param minMax {@code min1, min2, max1, max2} in axis order
     * @throws IllegalArgumentException when the box is upside down or outside the world in degrees
     */
    public LonLatBox toLonLatBox(double[] minMax) {
        if (crs.latLonAxisOrder()) return new LonLatBox(minMax[1], minMax[0], minMax[3], minMax[2]);
        if (crs.geographic()) return new LonLatBox(minMax[0], minMax[1], minMax[2], minMax[3]);
        if (minMax[1] > minMax[3]) throw new IllegalArgumentException("its minimum northing exceeds its maximum");
        // Projected: each easting to its longitude on its own, so that west > east survives. The
        // box grows by ROUNDING so that a feature on its edge, converted to metres by the client
        // and back by us, is still inside (the round trip is off by ~1e-14°).
        Envelope west = crs.toLonLat(new Envelope(minMax[0], minMax[0], minMax[1], minMax[3]));
        Envelope east = crs.toLonLat(new Envelope(minMax[2], minMax[2], minMax[1], minMax[3]));
        return new LonLatBox(clamp(west.getMinX() - ROUNDING, 180), clamp(Math.min(west.getMinY(), east.getMinY()) - ROUNDING, 90),
                clamp(east.getMaxX() + ROUNDING, 180), clamp(Math.max(west.getMaxY(), east.getMaxY()) + ROUNDING, 90));
    }

    private static double clamp(double v, double limit) {
        return Math.max(-limit, Math.min(limit, v));
    }

    /** A lon/lat envelope as {@code min1, min2, max1, max2} in this CRS's axis order. */
    public double[] fromLonLat(Envelope lonLat) {
        if (crs.latLonAxisOrder()) return new double[] {lonLat.getMinY(), lonLat.getMinX(), lonLat.getMaxY(), lonLat.getMaxX()};
        Envelope e = crs.fromLonLat(lonLat);
        return new double[] {e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()};
    }

    private static void swapAxes(Geometry g) {
        ((VertexMapping) xy -> {
            double x = xy[0];
            xy[0] = xy[1];
            xy[1] = x;
        }).applyTo(g);
    }
}
