package kz.aumaq.ingest.units;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.aumaq.gis.geom.GeodesicArea;
import kz.aumaq.ingest.report.Findings;
import kz.aumaq.ingest.report.Severity;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Overlaps and gaps between the units of one file. Official neighbours rarely share vertices, so
 * hairline slivers are normal; only those above {@link #TOLERANCE} of the smaller (overlap) or
 * smallest bordering (gap) unit are reported. Candidate pairs come from an STRtree, so only
 * neighbours are intersected. A gap is a hole in the union of all the file's units, so an enclave
 * filled by another unit (a city inside its district) is none. Overlays are snap-rounded
 * ({@link CentimetreOverlay}).
 */
final class SiblingTopology {

    static final double TOLERANCE = 0.001;

    /** One unit of the file: how the report names it, and its (valid, polygonal) geometry. */
    record Piece(String example, Geometry geometry) {
    }

    private SiblingTopology() {
    }

    /** Overlaps between neighbours: one overlay per pair whose boxes meet and whose shapes intersect. */
    static void overlaps(List<Piece> pieces, Findings findings) {
        if (pieces.size() >= 2) overlaps(pieces, index(pieces), findings);
    }

    /** Gaps: holes in the union of all pieces. The costliest check, independent of the others, so it can run beside them. */
    static void gaps(List<Piece> pieces, Findings findings) {
        if (pieces.size() >= 2) gaps(pieces, index(pieces), findings);
    }

    private static STRtree index(List<Piece> pieces) {
        STRtree index = new STRtree();
        for (int i = 0; i < pieces.size(); i++) index.insert(pieces.get(i).geometry().getEnvelopeInternal(), i);
        return index;
    }

    private static void overlaps(List<Piece> pieces, STRtree index, Findings findings) {
        for (int i = 0; i < pieces.size(); i++) {
            Piece a = pieces.get(i);
            PreparedGeometry pa = PreparedGeometryFactory.prepare(a.geometry());
            for (Object o : index.query(a.geometry().getEnvelopeInternal())) {
                int j = (Integer) o;
                Piece b = pieces.get(j);
                if (j <= i || !pa.intersects(b.geometry())) continue;
                double smaller = Math.min(a.geometry().getArea(), b.geometry().getArea());
                double shared = CentimetreOverlay.intersection(a.geometry(), b.geometry()).getArea();
                if (shared > TOLERANCE * smaller) {
                    findings.add(Severity.WARNING, "overlap", "units overlapping by more than " + percent(TOLERANCE)
                            + " of the smaller one", a.example() + " × " + b.example() + " (" + percent(shared / smaller) + ")");
                }
            }
        }
    }

    private static void gaps(List<Piece> pieces, STRtree index, Findings findings) {
        GeometryFactory f = pieces.get(0).geometry().getFactory();
        Geometry union = CentimetreOverlay.union(pieces.stream().map(Piece::geometry).toList());
        for (int n = 0; n < union.getNumGeometries(); n++) {
            Polygon part = (Polygon) union.getGeometryN(n);
            for (int h = 0; h < part.getNumInteriorRing(); h++) {
                Polygon hole = f.createPolygon(part.getInteriorRingN(h).getCoordinateSequence());
                List<String> around = new ArrayList<>();
                double smallest = Double.MAX_VALUE;
                for (Object o : index.query(hole.getEnvelopeInternal())) {
                    Piece p = pieces.get((Integer) o);
                    if (p.geometry().distance(hole) > 1e-6) continue;
                    around.add(p.example());
                    smallest = Math.min(smallest, p.geometry().getArea());
                }
                if (!around.isEmpty() && hole.getArea() > TOLERANCE * smallest) {
                    Point at = hole.getInteriorPoint();
                    findings.add(Severity.WARNING, "gap", "gaps between units larger than " + percent(TOLERANCE)
                            + " of the smallest unit around them", String.format(Locale.ROOT, "%.2f km² near %.4f %.4f, between %s",
                            GeodesicArea.squareKm(hole), at.getX(), at.getY(), String.join(", ", around)));
                }
            }
        }
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.2f%%", share * 100);
    }
}
