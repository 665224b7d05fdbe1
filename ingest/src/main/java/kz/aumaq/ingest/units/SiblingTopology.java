package kz.aumaq.ingest.units;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.aumaq.gis.geom.GeodesicArea;
import kz.aumaq.ingest.report.Findings;
import kz.aumaq.ingest.report.Severity;
import org.locationtech.jts.geom.Envelope;
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
 * smallest bordering (gap) unit are reported. A gap is a hole in the union of all the file's
 * units, so an enclave filled by another unit (a city inside its district) is none. Areas are
 * measured with snap-rounded overlays ({@link CentimetreOverlay}).
 *
 * <p>Those overlays are costly, so they are only run where a bound says a finding is possible.
 * The bound comes from the faces the units' boundaries cut ({@link BoundaryFaces}): two units can
 * share area only in faces covered twice or more, and a gap is a face covered by none (or an
 * inlet of the outside that rounding could close, {@link OutsidePockets}). On a clean file every
 * bound is far below the tolerance and no overlay runs; otherwise the overlays decide exactly as
 * before, so what is reported does not change.
 */
final class SiblingTopology {

    static final double TOLERANCE = 0.001;
    /** How near two boundaries may come and still be joined by the overlays' rounding to 1e-7° (with a wide margin). */
    static final double SNAP_REACH = 1e-6;
    /**
     * Share of the tolerance a bound must stay under to skip the overlay. Rounding moves each
     * point by less than 1e-7°, which changes the measured areas by far less than the other half.
     */
    private static final double SAFETY = 0.5;

    /** One unit of the file: how the report names it, and its (valid, polygonal) geometry. */
    record Piece(String example, Geometry geometry) {
    }

    /** An area covered by no unit (or that rounding could close), where a gap may be measured. */
    private record Empty(double area, Envelope envelope) {
    }

    private final List<Piece> pieces;
    private final STRtree index = new STRtree();
    private final BoundaryFaces map = new BoundaryFaces(1);
    /**
     * The faces covered twice or more, or by none, with how many units cover each; null when they
     * could not be worked out (every pair and the union are then measured).
     */
    private final List<BoundaryFaces.Face> faces;

    private SiblingTopology(List<Piece> pieces) {
        this.pieces = pieces;
        for (int i = 0; i < pieces.size(); i++) {
            index.insert(pieces.get(i).geometry().getEnvelopeInternal(), i);
            map.add(pieces.get(i).geometry(), 0);
        }
        // Faces covered once are neither overlap nor gap: not listed.
        this.faces = pieces.size() < 2 ? List.of() : map.faces(depth -> depth[0] != 1);
    }

    /** Cuts the units' boundaries into faces: the costly step, shared by both checks. */
    static SiblingTopology of(List<Piece> pieces) {
        return new SiblingTopology(pieces);
    }

    /** Overlaps between neighbours: one overlay per pair whose shared faces could hold more than the tolerance. */
    void overlaps(Findings findings) {
        if (pieces.size() < 2) return;
        STRtree covered = new STRtree();
        if (faces != null) {
            for (BoundaryFaces.Face f : faces) if (f.depth()[0] >= 2) covered.insert(f.envelope(), f);
        }
        for (int i = 0; i < pieces.size(); i++) {
            Piece a = pieces.get(i);
            PreparedGeometry pa = null;
            for (Object o : index.query(a.geometry().getEnvelopeInternal())) {
                int j = (Integer) o;
                if (j <= i) continue;
                Piece b = pieces.get(j);
                double smaller = Math.min(a.geometry().getArea(), b.geometry().getArea());
                if (faces != null && coveredTwice(covered, a, b) <= SAFETY * TOLERANCE * smaller) continue;
                if (pa == null) pa = PreparedGeometryFactory.prepare(a.geometry());
                if (!pa.intersects(b.geometry())) continue;
                double shared = CentimetreOverlay.intersection(a.geometry(), b.geometry()).getArea();
                if (shared > TOLERANCE * smaller) {
                    findings.add(Severity.WARNING, "overlap", "units overlapping by more than " + percent(TOLERANCE)
                            + " of the smaller one", a.example() + " × " + b.example() + " (" + percent(shared / smaller) + ")");
                }
            }
        }
    }

    /** An upper bound of the area two units share: the faces covered twice or more where both their envelopes reach. */
    private static double coveredTwice(STRtree covered, Piece a, Piece b) {
        Envelope both = a.geometry().getEnvelopeInternal().intersection(b.geometry().getEnvelopeInternal());
        double sum = 0;
        for (Object o : covered.query(both)) sum += ((BoundaryFaces.Face) o).area();
        return sum;
    }

    /** Gaps: holes in the union of all pieces, measured only when some uncovered face could be one above the tolerance. */
    void gaps(Findings findings) {
        if (pieces.size() < 2) return;
        if (faces != null && noGapCanBeReported()) return;
        measuredGaps(findings);
    }

    /**
     * True when no hole of the (rounded) union can exceed the tolerance: the faces covered by no
     * unit and the inlets rounding could close, grouped when rounding could join them, are each
     * smaller than the tolerance of the smallest unit anywhere near them.
     */
    private boolean noGapCanBeReported() {
        List<Empty> empty = new ArrayList<>();
        for (BoundaryFaces.Face f : faces) if (f.depth()[0] == 0) empty.add(new Empty(f.area(), f.envelope()));
        List<OutsidePockets.Pocket> inlets = OutsidePockets.of(map.outsideRings(), SNAP_REACH);
        if (inlets == null) return false;
        for (OutsidePockets.Pocket p : inlets) empty.add(new Empty(p.area(), p.envelope()));
        double total = 0, smallestUnit = Double.MAX_VALUE;
        for (Empty e : empty) total += e.area();
        for (Piece p : pieces) smallestUnit = Math.min(smallestUnit, p.geometry().getArea());
        if (total <= SAFETY * TOLERANCE * smallestUnit) return true;
        for (Empty group : joined(empty)) {
            Envelope near = new Envelope(group.envelope());
            near.expandBy(10 * SNAP_REACH);
            double smallest = Double.MAX_VALUE;
            for (Object o : index.query(near)) smallest = Math.min(smallest, pieces.get((Integer) o).geometry().getArea());
            if (group.area() > SAFETY * TOLERANCE * smallest) return false;
        }
        return true;
    }

    /** Empty areas merged into groups of those within {@link #SNAP_REACH} of each other, which rounding could join into one hole. */
    private static List<Empty> joined(List<Empty> empty) {
        int[] parent = new int[empty.size()];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        STRtree near = new STRtree();
        for (int i = 0; i < empty.size(); i++) near.insert(empty.get(i).envelope(), i);
        for (int i = 0; i < empty.size(); i++) {
            Envelope e = new Envelope(empty.get(i).envelope());
            e.expandBy(SNAP_REACH);
            for (Object o : near.query(e)) {
                int a = root(parent, i), b = root(parent, (Integer) o);
                if (a != b) parent[a] = b;
            }
        }
        double[] area = new double[parent.length];
        Envelope[] env = new Envelope[parent.length];
        for (int i = 0; i < parent.length; i++) {
            int r = root(parent, i);
            area[r] += empty.get(i).area();
            if (env[r] == null) env[r] = new Envelope();
            env[r].expandToInclude(empty.get(i).envelope());
        }
        List<Empty> groups = new ArrayList<>();
        for (int i = 0; i < parent.length; i++) if (env[i] != null) groups.add(new Empty(area[i], env[i]));
        return groups;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }

    private void measuredGaps(Findings findings) {
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
