package kz.aumaq.ingest.units;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.LineSegment;
import org.locationtech.jts.noding.BasicSegmentString;
import org.locationtech.jts.noding.MCIndexNoder;
import org.locationtech.jts.noding.SegmentIntersector;
import org.locationtech.jts.noding.SegmentString;

/**
 * Inlets of the outside whose mouth is so narrow that snap rounding may close it, turning the
 * inlet into a hole: a slit between two districts that nearly meet at the border is open on the
 * exact geometry but a gap for the centimetre overlays. Found where the outside's boundary comes
 * back within {@code reach} of itself; the inlet's area is that of the loop the mouth closes,
 * from running sums along the ring.
 */
final class OutsidePockets {

    record Pocket(double area, Envelope envelope) {
    }

    private OutsidePockets() {
    }

    /**
     * The pockets of the outside bounded by {@code rings} (each with the outside on its left), or
     * null when two different rings come that close: what they could enclose is not worked out.
     */
    static List<Pocket> of(List<Coordinate[]> rings, double reach) {
        List<SegmentString> strings = new ArrayList<>();
        List<double[]> sums = new ArrayList<>();
        for (int r = 0; r < rings.size(); r++) {
            Coordinate[] c = rings.get(r);
            strings.add(new BasicSegmentString(c, r));
            double[] s = new double[c.length];
            for (int k = 0; k + 1 < c.length; k++) s[k + 1] = s[k] + cross(c[0], c[k], c[k + 1]);
            sums.add(s);
        }
        List<Pocket> pockets = new ArrayList<>();
        boolean[] acrossRings = new boolean[1];
        SegmentIntersector mouths = new SegmentIntersector() {
            @Override
            public void processIntersections(SegmentString s0, int i0, SegmentString s1, int i1) {
                int r0 = (Integer) s0.getData(), r1 = (Integer) s1.getData();
                Coordinate p0 = s0.getCoordinate(i0), p1 = s0.getCoordinate(i0 + 1);
                Coordinate q0 = s1.getCoordinate(i1), q1 = s1.getCoordinate(i1 + 1);
                int n = s0.size() - 1;
                if (r0 == r1 && (Math.abs(i0 - i1) <= 1 || Math.abs(i0 - i1) == n - 1)) return;
                if (!(Distance.segmentToSegment(p0, p1, q0, q1) < reach)) return;
                if (r0 != r1) {
                    acrossRings[0] = true;
                    return;
                }
                Coordinate[] mouth = new LineSegment(p0, p1).closestPoints(new LineSegment(q0, q1));
                Coordinate[] ring = rings.get(r0);
                Pocket a = loop(ring, sums.get(r0), i0, mouth[0], i1, mouth[1]);
                Pocket b = loop(ring, sums.get(r0), i1, mouth[1], i0, mouth[0]);
                Pocket inlet = a.area() >= b.area() ? a : b;
                if (inlet.area() > 0) pockets.add(inlet);
            }

            @Override
            public boolean isDone() {
                return acrossRings[0];
            }
        };
        new MCIndexNoder(mouths, reach).computeNodes(strings);
        return acrossRings[0] ? null : pockets;
    }

    /** The loop from point a on segment i along the ring to point b on segment j, closed by the mouth b–a: signed area and envelope. */
    private static Pocket loop(Coordinate[] ring, double[] sums, int i, Coordinate a, int j, Coordinate b) {
        int n = ring.length - 1;
        Coordinate o = ring[0];
        double twice = cross(o, a, ring[i + 1]) + cross(o, ring[j], b) + cross(o, b, a);
        twice += j >= i + 1 ? sums[j] - sums[i + 1] : sums[n] - sums[i + 1] + sums[j];
        Envelope env = new Envelope(a, b);
        for (int k = (i + 1) % n; k != (j + 1) % n; k = (k + 1) % n) env.expandToInclude(ring[k]);
        return new Pocket(twice / 2, env);
    }

    private static double cross(Coordinate o, Coordinate p, Coordinate q) {
        return (p.x - o.x) * (q.y - o.y) - (q.x - o.x) * (p.y - o.y);
    }
}
