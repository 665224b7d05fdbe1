package kz.aumaq.ingest.units;

import java.util.List;
import kz.aumaq.gis.unit.Level;
import kz.aumaq.ingest.report.Findings;
import kz.aumaq.ingest.report.Severity;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.PolygonExtracter;

/**
 * Makes a feature's geometry storable for its level — a MultiPolygon, or a Point for settlements —
 * or records why not. An invalid polygon is repaired with JTS {@link GeometryFixer} when that
 * changes its area by less than {@link #MAX_REPAIR_CHANGE}: real files have small
 * self-intersections, while a larger change means the shape itself is broken.
 */
final class UnitGeometry {

    static final double MAX_REPAIR_CHANGE = 0.01;

    private UnitGeometry() {
    }

    /**
     * The storable geometry, or null after recording an error in {@code findings}; {@code isValid} is
     * its JTS validity, worked out by the caller for the whole file at once ({@code BatchValidity}).
     */
    static Geometry storable(Level level, Geometry g, boolean isValid, String example, Findings findings) {
        if (g == null || g.isEmpty()) {
            findings.add(Severity.ERROR, "empty-geometry", "features without a geometry (or an empty one)", example);
            return null;
        }
        if (level.isPoint()) {
            if (g instanceof Point) return g;
            if (g instanceof MultiPoint && g.getNumGeometries() == 1) return g.getGeometryN(0);
            return wrongType(level, g, example, findings);
        }
        if (!(g instanceof Polygonal)) return wrongType(level, g, example, findings);
        Geometry valid = g;
        if (!isValid) {
            Geometry fixed = polygons(GeometryFixer.fix(g));
            double before = g.getArea();
            double after = fixed.getArea();
            double change = Math.abs(after - before) / Math.max(before, after);
            if (fixed.isEmpty() || !(change < MAX_REPAIR_CHANGE)) {
                findings.add(Severity.ERROR, "invalid-geometry", "invalid geometries that a repair would change by "
                        + Math.round(MAX_REPAIR_CHANGE * 100) + "% of their area or more: fix them at the source", example);
                return null;
            }
            findings.add(Severity.WARNING, "geometry-repaired", "invalid geometries repaired (JTS GeometryFixer), "
                    + "each changing its area by less than " + Math.round(MAX_REPAIR_CHANGE * 100) + "%", example);
            valid = fixed;
        }
        return polygons(valid);
    }

    private static Geometry wrongType(Level level, Geometry g, String example, Findings findings) {
        String wanted = level.isPoint() ? "Point" : "Polygon or MultiPolygon";
        findings.add(Severity.ERROR, "wrong-geometry-type", "geometries that do not fit the level: a " + level.code()
                + " must be a " + wanted, example + ": " + g.getGeometryType());
        return null;
    }

    private static Geometry polygons(Geometry g) {
        @SuppressWarnings("unchecked")
        List<Polygon> parts = PolygonExtracter.getPolygons(g);
        Geometry mp = g.getFactory().createMultiPolygon(parts.toArray(Polygon[]::new));
        mp.setSRID(g.getSRID());
        return mp;
    }
}
