package kz.aumaq.ingest.units;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.aumaq.gis.unit.AdminUnit;
import kz.aumaq.gis.unit.Kato;
import kz.aumaq.gis.unit.Level;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Finds a unit's parent among the units one level up that are valid on the load date. The KATO
 * decides, because it is the official link: the parent field's code when the file has one, else
 * the code the unit's own KATO implies (its first 2, 4 or 6 digits followed by zeros). Only when
 * no unit has that code does the location decide: the parent containing a point inside the unit.
 */
final class ParentFinder {

    /** How a parent was found, for the report. */
    enum Way { FIELD, CODE, LOCATION }

    record Found(AdminUnit parent, Way way) {
    }

    private final Map<Kato, AdminUnit> byKato = new HashMap<>();
    private final STRtree index = new STRtree();

    ParentFinder(List<AdminUnit> parents) {
        for (AdminUnit p : parents) {
            byKato.put(p.kato(), p);
            index.insert(p.geometry().getEnvelopeInternal(), new Shape(p, PreparedGeometryFactory.prepare(p.geometry())));
        }
    }

    /** The parent, or null when neither code nor location names one. */
    Found find(Level level, Kato kato, Kato fromField, Geometry geometry) {
        if (fromField != null && byKato.containsKey(fromField)) return new Found(byKato.get(fromField), Way.FIELD);
        Kato implied = implied(level, kato);
        if (byKato.containsKey(implied)) return new Found(byKato.get(implied), Way.CODE);
        Point inside = geometry instanceof Point p ? p : geometry.getInteriorPoint();
        for (Object o : index.query(inside.getEnvelopeInternal())) {
            Shape candidate = (Shape) o;
            if (candidate.prepared().covers(inside)) return new Found(candidate.unit(), Way.LOCATION);
        }
        return null;
    }

    /** The parent KATO the code structure implies: region 2 digits, district 4, okrug 6, then zeros. */
    static Kato implied(Level level, Kato kato) {
        int digits = switch (level) {
            case COUNTRY, REGION -> 0;
            case DISTRICT -> 2;
            case OKRUG -> 4;
            case SETTLEMENT -> 6;
        };
        return Kato.of(kato.code().substring(0, digits) + "0".repeat(9 - digits));
    }

    private record Shape(AdminUnit unit, PreparedGeometry prepared) {
    }
}
