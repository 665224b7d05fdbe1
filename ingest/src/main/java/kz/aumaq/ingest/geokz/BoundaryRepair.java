package kz.aumaq.ingest.geokz;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a source boundary storable: a valid MultiPolygon with the source's SRID. Invalid ones
 * (real files have self-intersections) are repaired with JTS {@link GeometryFixer} rather than
 * refused, and each repair is logged and remembered so the load can report how many there were.
 */
final class BoundaryRepair {

    private static final Logger log = LoggerFactory.getLogger(BoundaryRepair.class);
    private final List<String> repaired = new ArrayList<>();

    MultiPolygon apply(String who, Geometry source) {
        if (source == null || source.isEmpty()) throw new IllegalArgumentException(who + ": no geometry");
        Geometry g = source;
        TopologyValidationError error = new IsValidOp(g).getValidationError();
        if (error != null) {
            g = GeometryFixer.fix(g);
            repaired.add(who);
            log.warn("{}: invalid geometry ({} at {}), repaired with GeometryFixer; area {} -> {} sq deg",
                    who, error.getMessage(), error.getCoordinate(), source.getArea(), g.getArea());
        }
        @SuppressWarnings("unchecked")
        List<Polygon> polygons = PolygonExtracter.getPolygons(g);
        if (polygons.isEmpty()) throw new IllegalArgumentException(who + ": no polygon in " + source.getGeometryType());
        MultiPolygon mp = g.getFactory().createMultiPolygon(polygons.toArray(Polygon[]::new));
        mp.setSRID(source.getSRID());
        return mp;
    }

    /** Who was repaired so far, in order. */
    List<String> repaired() {
        return List.copyOf(repaired);
    }
}
