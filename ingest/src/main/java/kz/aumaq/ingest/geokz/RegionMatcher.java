package kz.aumaq.ingest.geokz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.aumaq.gis.unit.AdminUnit;
import kz.aumaq.gis.unit.Kato;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a district's region. The KATO prefix (first two digits) decides, because the code is
 * the official link; the region's boundary must also contain a point inside the district, and a
 * disagreement is logged. Without a region of that prefix the containing region is used. On the
 * 2018 and 2024 geokz sets prefix and containment agree for every district, new regions included.
 */
final class RegionMatcher {

    private static final Logger log = LoggerFactory.getLogger(RegionMatcher.class);
    private final Map<String, AdminUnit> byPrefix = new LinkedHashMap<>();
    private final Map<Kato, PreparedGeometry> shapes = new LinkedHashMap<>();
    private final List<String> disagreements = new ArrayList<>();

    RegionMatcher(List<AdminUnit> regions) {
        for (AdminUnit r : regions) {
            byPrefix.put(prefix(r.kato()), r);
            shapes.put(r.kato(), PreparedGeometryFactory.prepare(r.geometry()));
        }
    }

    AdminUnit regionOf(Kato district, Geometry shape, String who) {
        Point inside = shape.getInteriorPoint();
        AdminUnit byCode = byPrefix.get(prefix(district));
        if (byCode != null) {
            if (!shapes.get(byCode.kato()).covers(inside)) {
                disagreements.add(who);
                log.warn("{}: KATO says region {}, but the region does not contain {}; keeping the KATO region",
                        who, byCode.kato(), inside);
            }
            return byCode;
        }
        for (AdminUnit r : byPrefix.values()) {
            if (shapes.get(r.kato()).covers(inside)) {
                disagreements.add(who);
                log.warn("{}: no region with KATO prefix {}; using the containing region {}", who, prefix(district), r.kato());
                return r;
            }
        }
        throw new IllegalArgumentException(who + ": no region has its KATO prefix or contains " + inside);
    }

    /** Districts whose KATO prefix and location disagreed. */
    List<String> disagreements() {
        return List.copyOf(disagreements);
    }

    private static String prefix(Kato kato) {
        return kato.code().substring(0, 2);
    }
}
