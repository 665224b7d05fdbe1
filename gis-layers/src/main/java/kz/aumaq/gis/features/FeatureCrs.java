package kz.aumaq.gis.features;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import kz.aumaq.gis.crs.CrsRegistry;
import kz.aumaq.gis.crs.MapCrs;
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
     * The lon/lat envelope of a box given in this CRS's axis order.
     *
     * @param minMax {@code min1, min2, max1, max2} in axis order
     */
    public Envelope toLonLat(double[] minMax) {
        if (crs.latLonAxisOrder()) return new Envelope(minMax[1], minMax[3], minMax[0], minMax[2]);
        return crs.toLonLat(new Envelope(minMax[0], minMax[2], minMax[1], minMax[3]));
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
