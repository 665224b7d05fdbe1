package kz.aumaq.ingest.units;

import java.util.HashMap;
import java.util.Map;
import kz.aumaq.gis.unit.AdminUnit;
import kz.aumaq.gis.unit.Kato;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * How much of a unit lies inside its parent, as a share of its area (planar, in degrees: a ratio
 * of nearby areas needs no projection). Neighbouring official boundaries rarely share vertices
 * exactly, so a district along its region's border is slightly outside; hence the thresholds:
 * below {@link #WARN} is reported, below {@link #FAIL} is an error (most likely the wrong parent).
 */
final class ParentShare {

    static final double WARN = 0.95;
    static final double FAIL = 0.50;
    private final Map<Kato, PreparedGeometry> prepared = new HashMap<>();

    /** 1 when inside (a point: 1 or 0), else the share of the area inside. */
    double inside(Geometry unit, AdminUnit parent) {
        PreparedGeometry p = prepared.computeIfAbsent(parent.kato(), k -> PreparedGeometryFactory.prepare(parent.geometry()));
        if (p.covers(unit)) return 1;
        if (unit.getDimension() == 0) return 0;
        double area = unit.getArea();
        return area == 0 ? 0 : CentimetreOverlay.intersection(unit, parent.geometry()).getArea() / area;
    }
}
