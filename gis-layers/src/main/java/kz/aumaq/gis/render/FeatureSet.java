package kz.aumaq.gis.render;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import kz.aumaq.gis.crs.MapCrs;
import kz.aumaq.gis.layer.Feature;
import org.locationtech.jts.algorithm.InteriorPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * A layer's features as of one date, projected once into one CRS and indexed, with geometries
 * generalised lazily per resolution level (half a pixel) so a zoomed-out map does not walk every
 * vertex. Immutable once built; shared by all threads drawing that layer.
 */
public final class FeatureSet {

    private final Feature[] features;
    private final Geometry[] projected;
    private final Coordinate[] labelPoints;
    private final double[] areas;
    private final STRtree index = new STRtree();
    private final Envelope extent = new Envelope();
    private final ConcurrentHashMap<Integer, AtomicReferenceArray<Geometry>> generalised = new ConcurrentHashMap<>();

    public FeatureSet(List<Feature> source, MapCrs crs) {
        int n = source.size();
        features = source.toArray(new Feature[0]);
        projected = new Geometry[n];
        labelPoints = new Coordinate[n];
        areas = new double[n];
        for (int i = 0; i < n; i++) {
            Geometry g = crs.project(features[i].geometry());
            projected[i] = g;
            labelPoints[i] = g instanceof Polygonal ? InteriorPoint.getInteriorPoint(g) : g.getCentroid().getCoordinate();
            areas[i] = g.getArea();
            index.insert(g.getEnvelopeInternal(), i);
            extent.expandToInclude(g.getEnvelopeInternal());
        }
        index.build();
    }

    public int size() {
        return features.length;
    }

    public Feature feature(int i) {
        return features[i];
    }

    /** Full-detail projected geometry, for exact hit tests. */
    public Geometry geometry(int i) {
        return projected[i];
    }

    public Coordinate labelPoint(int i) {
        return labelPoints[i];
    }

    public double area(int i) {
        return areas[i];
    }

    public Envelope extent() {
        return extent;
    }

    /** Indexes of the features whose envelope meets {@code box}, in source order (stable drawing order). */
    public int[] query(Envelope box) {
        // On every GetMap and tile: collect into a growing int array rather than boxed Integers.
        int[][] hits = {new int[64]};
        int[] n = {0};
        index.query(box, item -> {
            if (n[0] == hits[0].length) hits[0] = Arrays.copyOf(hits[0], n[0] * 2);
            hits[0][n[0]++] = (Integer) item;
        });
        int[] out = Arrays.copyOf(hits[0], n[0]);
        Arrays.sort(out);
        return out;
    }

    /**
     * The geometry simplified for drawing at {@code resolution} CRS units per pixel. Levels are powers
     * of two, so a handful of cached versions serve every zoom.
     */
    public Geometry forResolution(int i, double resolution) {
        int level = (int) Math.floor(Math.log(resolution) / Math.log(2));
        AtomicReferenceArray<Geometry> cache = generalised.computeIfAbsent(level, l -> new AtomicReferenceArray<>(features.length));
        Geometry g = cache.get(i);
        if (g == null) {
            Geometry full = projected[i];
            double tolerance = Math.scalb(1.0, level) * 0.5;
            g = full.getNumPoints() < 8 || full.getDimension() == 0 ? full : DouglasPeuckerSimplifier.simplify(full, tolerance);
            if (g.isEmpty()) g = full;
            cache.set(i, g);
        }
        return g;
    }
}
