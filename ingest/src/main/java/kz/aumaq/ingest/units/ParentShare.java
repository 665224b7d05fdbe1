package kz.aumaq.ingest.units;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import kz.aumaq.gis.unit.AdminUnit;
import kz.aumaq.gis.unit.Kato;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * How much of a unit lies inside its parent, as a share of its area (planar, in degrees: a ratio
 * of nearby areas needs no projection). Neighbouring official boundaries rarely share vertices
 * exactly, so a district along its region's border is slightly outside; hence the thresholds:
 * below {@link #WARN} is reported, below {@link #FAIL} is an error (most likely the wrong parent).
 *
 * <p>The exact share needs an overlay per unit, but most units are almost all inside and for
 * them a bound is enough. The faces that a parent's boundary and its children's cut ({@link
 * BoundaryFaces}, one map per parent) show where children lie outside the parent, so a unit is
 * outside by at most the area of such faces within its envelope. Only when that bound leaves less
 * than {@link #WARN} inside (with a margin) is the overlay run, so every reported share is
 * measured exactly as before. The work is split by parent, so that several threads can share it.
 */
final class ParentShare {

    static final double WARN = 0.95;
    static final double FAIL = 0.50;
    /** The bound may use only this part of the allowed outside, so that the overlay's rounding cannot tip a unit over WARN. */
    private static final double SAFETY = 0.5;

    private final List<Geometry> units;
    private final List<AdminUnit> parents;
    private final double[] shares;
    private final Queue<List<Integer>> pending = new ConcurrentLinkedQueue<>();

    /** Plans the shares of units in their parents (same positions): one task per parent, the largest first. */
    ParentShare(List<Geometry> units, List<AdminUnit> parents) {
        this.units = units;
        this.parents = parents;
        this.shares = new double[units.size()];
        Map<Kato, List<Integer>> byParent = new LinkedHashMap<>();
        for (int i = 0; i < units.size(); i++) byParent.computeIfAbsent(parents.get(i).kato(), k -> new ArrayList<>()).add(i);
        List<List<Integer>> tasks = new ArrayList<>(byParent.values());
        tasks.sort(Comparator.comparingInt(this::points).reversed());
        pending.addAll(tasks);
    }

    private int points(List<Integer> children) {
        int n = parents.get(children.get(0)).geometry().getNumPoints();
        for (int i : children) n += units.get(i).getNumPoints();
        return n;
    }

    /** Works out shares, a parent at a time, until none is left; several threads may call it at once. */
    void work() {
        for (List<Integer> children = pending.poll(); children != null; children = pending.poll()) workOut(children);
    }

    /**
     * The share inside for each unit: exact when below {@link #WARN}, otherwise possibly a lower
     * bound that is itself at least {@link #WARN}. Read once every call of {@link #work()} returned.
     */
    double[] shares() {
        return shares;
    }

    private void workOut(List<Integer> children) {
        AdminUnit parent = parents.get(children.get(0));
        List<Geometry> areas = children.stream().map(units::get).filter(u -> u.getDimension() == 2).toList();
        BoundaryFaces map = new BoundaryFaces(2).add(parent.geometry(), 1);
        areas.forEach(u -> map.add(u, 0));
        // Wanted: faces of children outside the parent, and any the parent covers twice (which cannot be right).
        List<BoundaryFaces.Face> faces = areas.isEmpty() ? null : map.faces(d -> d[1] > 1 || d[0] >= 1 && d[1] == 0);
        // A valid parent covers a face once at most; more means the map went wrong: measure instead.
        if (faces != null && faces.stream().anyMatch(f -> f.depth()[1] > 1)) faces = null;
        List<BoundaryFaces.Face> outside = faces == null ? List.of()
                : faces.stream().filter(f -> f.depth()[0] >= 1 && f.depth()[1] == 0).toList();
        PreparedGeometry prepared = null;
        for (int i : children) {
            Geometry unit = units.get(i);
            double area = unit.getArea();
            if (faces != null && unit.getDimension() == 2 && area > 0) {
                double bound = outsideWithin(outside, unit.getEnvelopeInternal());
                if (bound <= SAFETY * (1 - WARN) * area) {
                    shares[i] = 1 - bound / area;
                    continue;
                }
            }
            if (prepared == null) prepared = PreparedGeometryFactory.prepare(parent.geometry());
            shares[i] = measured(unit, prepared);
        }
    }

    private static double outsideWithin(List<BoundaryFaces.Face> outside, Envelope envelope) {
        double sum = 0;
        for (BoundaryFaces.Face f : outside) if (f.envelope().intersects(envelope)) sum += f.area();
        return sum;
    }

    /** 1 when inside (a point: 1 or 0), else the share of the area inside, by overlay. */
    static double measured(Geometry unit, PreparedGeometry parent) {
        if (parent.covers(unit)) return 1;
        if (unit.getDimension() == 0) return 0;
        double area = unit.getArea();
        return area == 0 ? 0 : CentimetreOverlay.intersection(unit, parent.getGeometry()).getArea() / area;
    }
}
