package kz.aumaq.gis.geom;

import java.util.List;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * JTS validity of many geometries at once. It is the costliest per-feature check of a boundary
 * file (a third of checking the 224 districts) and each geometry's is independent, so a batch
 * with many vertices is spread over the cores.
 */
public final class BatchValidity {

    /** Vertices from which spreading the work over the cores pays. */
    static final long PARALLEL_VERTICES = 20_000;

    private BatchValidity() {
    }

    /**
     * Each geometry's validation error, in order; null for a valid one, and for a null or empty
     * one (whose emptiness callers report themselves).
     */
    public static TopologyValidationError[] errors(List<? extends Geometry> geometries) {
        TopologyValidationError[] errors = new TopologyValidationError[geometries.size()];
        long vertices = 0;
        for (Geometry g : geometries) if (g != null && !(g instanceof Point)) vertices += g.getNumPoints();
        IntStream indexes = IntStream.range(0, errors.length);
        if (vertices >= PARALLEL_VERTICES) indexes = indexes.parallel();
        indexes.forEach(i -> errors[i] = error(geometries.get(i)));
        return errors;
    }

    private static TopologyValidationError error(Geometry g) {
        if (g == null || g.isEmpty()) return null;
        // A point's rule is its one coordinate's: no validator object per point of a large layer.
        if (g instanceof Point p) {
            return IsValidOp.isValid(p.getCoordinate()) ? null
                    : new TopologyValidationError(TopologyValidationError.INVALID_COORDINATE, p.getCoordinate());
        }
        return new IsValidOp(g).getValidationError();
    }
}
