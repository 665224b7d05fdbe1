package kz.aumaq.gis.geom;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * Moves every vertex of a geometry, in place, by one function of its x and y: reprojection, axis
 * swaps. JTS wants a {@link CoordinateSequenceFilter} and a {@code geometryChanged()} call for
 * that; written once here.
 */
@FunctionalInterface
public interface VertexMapping {

    /** Replaces {@code xy[0]}, {@code xy[1]} (x, y) with the vertex's new position. */
    void map(double[] xy);

    /** Applies the mapping to every vertex of {@code g} (changed in place) and answers {@code g}. */
    default <G extends Geometry> G applyTo(G g) {
        double[] xy = new double[2];
        g.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                xy[0] = seq.getX(i);
                xy[1] = seq.getY(i);
                map(xy);
                seq.setOrdinate(i, CoordinateSequence.X, xy[0]);
                seq.setOrdinate(i, CoordinateSequence.Y, xy[1]);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        g.geometryChanged();
        return g;
    }
}
