package kz.aumaq.ingest.units;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.algorithm.CGAlgorithmsDD;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.math.DD;

/**
 * The edges of polygon boundaries, cut where they meet, with the weight per layer each carries:
 * crossing an edge from its right to its left enters that many polygons of the layer. Segments
 * that cancel out are dropped before anything is cut — a border that two neighbours draw vertex
 * for vertex in opposite directions changes no depth — so on a clean file only the outline and
 * the mismatched borders are cut, which is what makes this much cheaper than an overlay. Input
 * vertices stay exact; where segments cross, JTS's robust predicates say so, and the order of the
 * points met along a segment is decided exactly (BigDecimal) whenever the rounded positions are
 * too close to tell. {@link #of} gives up (null) if that order contradicts itself.
 */
final class BoundaryEdges {

    /** Below this gap between approximate fractions of the way along a segment, the exact fractions decide the order. */
    private static final double ORDER_TOLERANCE = 1e-12;

    final int layers;
    /** Where the nodes are; inexact ones are computed crossings, placed to ~1e-14°. */
    double[] nodeX, nodeY;
    boolean[] nodeExact;
    int nodes, edges;
    /** Edge e runs from node from[e] to node to[e]; weight[e * layers + l] for layer l. */
    int[] from, to, weight;
    /** The exact ends of the input segment edge e lies on, oriented like the edge: fromX, fromY, toX, toY at e * 4. */
    double[] direction;

    private final List<Coordinate[]> rings;
    private final List<Integer> ringLayers;
    private Node[] vertexTable = new Node[0];
    private int vertexCount;

    private BoundaryEdges(List<Coordinate[]> rings, List<Integer> ringLayers, int layers) {
        this.rings = rings;
        this.ringLayers = ringLayers;
        this.layers = layers;
    }

    /** The edges of rings (each with its layer's polygon on its left), or null when they could not be cut consistently. */
    static BoundaryEdges of(List<Coordinate[]> rings, List<Integer> ringLayers, int layers) {
        BoundaryEdges e = new BoundaryEdges(rings, ringLayers, layers);
        Segments s = e.cancelled();
        e.node(s);
        return e.edges(s) ? e : null;
    }

    // ---- Cancelling: one entry per undirected segment, with its net weight per layer. ----

    /** The segments left after cancelling, in the order of their rings. */
    private static final class Segments {
        int count;
        double[] x0, y0, x1, y1;
        int[] weight;
        Node[] start, end;
        boolean[] overlapped;
        List<Node>[] nodes;
    }

    @SuppressWarnings("unchecked")
    private Segments cancelled() {
        int total = 0;
        for (Coordinate[] c : rings) total += c.length - 1;
        // Every ring segment from its lower end (x, then y) to its higher; the first of equal ones holds their weights.
        double[] ax = new double[total], ay = new double[total], bx = new double[total], by = new double[total];
        int[] holder = new int[total];
        int[] net = new int[total * layers];
        int[] table = new int[Integer.highestOneBit(Math.max(total, 1) * 2) * 2];
        Arrays.fill(table, -1);
        int mask = table.length - 1;
        for (int r = 0, g = 0; r < rings.size(); r++) {
            Coordinate[] c = rings.get(r);
            int layer = ringLayers.get(r);
            for (int i = 0; i + 1 < c.length; i++, g++) {
                Coordinate a = c[i], b = c[i + 1];
                holder[g] = -1;
                if (a.x == b.x && a.y == b.y) continue;
                boolean up = up(a, b);
                Coordinate lo = up ? a : b, hi = up ? b : a;
                ax[g] = lo.x + 0.0;
                ay[g] = lo.y + 0.0;
                bx[g] = hi.x + 0.0;
                by[g] = hi.y + 0.0;
                int slot = mix(mix(ax[g], ay[g]), mix(bx[g], by[g])) & mask;
                while (table[slot] >= 0) {
                    int h = table[slot];
                    if (ax[h] == ax[g] && ay[h] == ay[g] && bx[h] == bx[g] && by[h] == by[g]) break;
                    slot = (slot + 1) & mask;
                }
                if (table[slot] < 0) table[slot] = g;
                holder[g] = table[slot];
                net[holder[g] * layers + layer] += up ? 1 : -1;
            }
        }
        boolean[] keep = new boolean[total];
        int kept = 0;
        for (int g = 0; g < total; g++) {
            if (holder[g] != g) continue;
            for (int l = 0; l < layers; l++) keep[g] |= net[g * layers + l] != 0;
            if (keep[g]) kept++;
        }
        Segments s = new Segments();
        s.x0 = new double[kept];
        s.y0 = new double[kept];
        s.x1 = new double[kept];
        s.y1 = new double[kept];
        s.weight = new int[kept * layers];
        s.nodes = new List[kept];
        s.start = new Node[kept];
        s.end = new Node[kept];
        s.overlapped = new boolean[kept];
        for (int r = 0, g = 0; r < rings.size(); r++) {
            Coordinate[] c = rings.get(r);
            boolean chained = false;
            for (int i = 0; i + 1 < c.length; i++, g++) {
                if (!keep[g]) {
                    chained = false;
                    continue;
                }
                int k = s.count++;
                s.start[k] = chained ? s.end[k - 1] : vertex(c[i].x, c[i].y);
                s.end[k] = vertex(c[i + 1].x, c[i + 1].y);
                chained = true;
                s.x0[k] = c[i].x;
                s.y0[k] = c[i].y;
                s.x1[k] = c[i + 1].x;
                s.y1[k] = c[i + 1].y;
                int sign = up(c[i], c[i + 1]) ? 1 : -1;
                for (int l = 0; l < layers; l++) s.weight[k * layers + l] = sign * net[g * layers + l];
            }
        }
        return s;
    }

    private static boolean up(Coordinate a, Coordinate b) {
        return a.x < b.x || (a.x == b.x && a.y < b.y);
    }

    private static int mix(double a, double b) {
        long h = Double.doubleToLongBits(a) * 0x9E3779B97F4A7C15L + Double.doubleToLongBits(b);
        h ^= h >>> 31;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 29;
        return (int) (h ^ (h >>> 32));
    }

    // ---- Cutting: where the remaining segments meet other than at a shared end. ----

    /**
     * A vertex of the input (exact) or a crossing of two segments, whose coordinates are rounded
     * and so only used for areas; nodes found to coincide exactly are merged (union-find).
     */
    private static final class Node {
        final double x, y;
        final boolean exact;
        final int segmentA, segmentB;
        final double fractionA, fractionB;
        Node merged;
        int id = -1;

        Node(double x, double y) {
            this(x, y, true, -1, -1, 0, 0);
        }

        Node(double x, double y, boolean exact, int segmentA, int segmentB, double fractionA, double fractionB) {
            this.x = x;
            this.y = y;
            this.exact = exact;
            this.segmentA = segmentA;
            this.segmentB = segmentB;
            this.fractionA = fractionA;
            this.fractionB = fractionB;
        }

        Node root() {
            Node n = this;
            while (n.merged != null) n = n.merged;
            return n;
        }
    }

    /** The node of an input vertex, the same for every segment ending there (open addressing on the exact coordinates). */
    private Node vertex(double x, double y) {
        if (vertexCount * 2 >= vertexTable.length) {
            Node[] old = vertexTable;
            vertexTable = new Node[Math.max(1024, old.length * 2)];
            vertexCount = 0;
            for (Node n : old) if (n != null) vertex(n);
        }
        int mask = vertexTable.length - 1;
        for (int slot = mix(x + 0.0, y + 0.0) & mask; ; slot = (slot + 1) & mask) {
            Node n = vertexTable[slot];
            if (n == null) {
                vertexCount++;
                return vertexTable[slot] = new Node(x + 0.0, y + 0.0);
            }
            if (n.x == x && n.y == y) return n;
        }
    }

    private void vertex(Node n) {
        int mask = vertexTable.length - 1;
        int slot = mix(n.x, n.y) & mask;
        while (vertexTable[slot] != null) slot = (slot + 1) & mask;
        vertexTable[slot] = n;
        vertexCount++;
    }

    /** Finds where segments meet, sweeping them by their left end; only segments whose boxes overlap are compared. */
    private void node(Segments s) {
        int n = s.count;
        double[] minX = new double[n];
        for (int g = 0; g < n; g++) minX[g] = Math.min(s.x0[g], s.x1[g]);
        int[] sweep = sortedBy(minX);
        int[] active = new int[64];
        int live = 0;
        for (int g : sweep) {
            double gMinY = Math.min(s.y0[g], s.y1[g]), gMaxY = Math.max(s.y0[g], s.y1[g]);
            for (int k = 0; k < live; ) {
                int h = active[k];
                if (Math.max(s.x0[h], s.x1[h]) < minX[g]) {
                    active[k] = active[--live];
                    continue;
                }
                if (Math.min(s.y0[h], s.y1[h]) <= gMaxY && gMinY <= Math.max(s.y0[h], s.y1[h])) meet(s, h, g);
                k++;
            }
            if (live == active.length) active = Arrays.copyOf(active, live * 2);
            active[live++] = g;
        }
    }

    /** Records where segments a and b meet, unless only at a shared end. */
    private void meet(Segments s, int a, int b) {
        double p0x = s.x0[a], p0y = s.y0[a], p1x = s.x1[a], p1y = s.y1[a];
        double q0x = s.x0[b], q0y = s.y0[b], q1x = s.x1[b], q1y = s.y1[b];
        int q0Side = CGAlgorithmsDD.orientationIndex(p0x, p0y, p1x, p1y, q0x, q0y);
        int q1Side = CGAlgorithmsDD.orientationIndex(p0x, p0y, p1x, p1y, q1x, q1y);
        if (q0Side == q1Side && q0Side != 0) return;
        int p0Side = CGAlgorithmsDD.orientationIndex(q0x, q0y, q1x, q1y, p0x, p0y);
        int p1Side = CGAlgorithmsDD.orientationIndex(q0x, q0y, q1x, q1y, p1x, p1y);
        if (p0Side == p1Side && p0Side != 0) return;
        if (q0Side != 0 && q1Side != 0 && p0Side != 0 && p1Side != 0) {
            double fa = crossingFraction(p0x, p0y, p1x, p1y, q0x, q0y, q1x, q1y);
            double fb = crossingFraction(q0x, q0y, q1x, q1y, p0x, p0y, p1x, p1y);
            Node node = new Node(p0x + fa * (p1x - p0x), p0y + fa * (p1y - p0y), false, a, b, fa, fb);
            insert(s, a, node);
            insert(s, b, node);
            return;
        }
        // Touching or overlapping: the ends lying on the other segment split it there (exact vertices).
        if (q0Side == 0 && q1Side == 0) {
            s.overlapped[a] = true;
            s.overlapped[b] = true;
        }
        if (q0Side == 0) splitAt(s, a, q0x, q0y);
        if (q1Side == 0) splitAt(s, a, q1x, q1y);
        if (p0Side == 0) splitAt(s, b, p0x, p0y);
        if (p1Side == 0) splitAt(s, b, p1x, p1y);
    }

    /** Splits segment g at (x, y), known to be on its line, when the point lies strictly between its ends. */
    private void splitAt(Segments s, int g, double x, double y) {
        if (x == s.x0[g] && y == s.y0[g] || x == s.x1[g] && y == s.y1[g]) return;
        boolean within = Math.min(s.x0[g], s.x1[g]) <= x && x <= Math.max(s.x0[g], s.x1[g])
                && Math.min(s.y0[g], s.y1[g]) <= y && y <= Math.max(s.y0[g], s.y1[g]);
        if (!within) return;
        insert(s, g, vertex(x, y));
    }

    /** Indices ordered by a key (quicksort on primitives, to keep the sweep free of boxing). */
    private static int[] sortedBy(double[] key) {
        int[] order = new int[key.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        sort(order, key, 0, order.length - 1);
        return order;
    }

    private static void sort(int[] order, double[] key, int lo, int hi) {
        while (hi - lo > 16) {
            int mid = (lo + hi) >>> 1;
            double pivot = median(key[order[lo]], key[order[mid]], key[order[hi]]);
            int i = lo, j = hi;
            while (i <= j) {
                while (key[order[i]] < pivot) i++;
                while (key[order[j]] > pivot) j--;
                if (i <= j) {
                    int t = order[i];
                    order[i++] = order[j];
                    order[j--] = t;
                }
            }
            if (j - lo < hi - i) {
                sort(order, key, lo, j);
                lo = i;
            } else {
                sort(order, key, i, hi);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            int t = order[i];
            int j = i - 1;
            while (j >= lo && key[order[j]] > key[t]) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = t;
        }
    }

    private static double median(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    /**
     * How far along p0–p1 it is crossed by q0–q1, to a few units in the last place: when the
     * coordinate differences are exact (as between nearby coordinates), each determinant is
     * evaluated with a fused multiply-add to 1.5 ulp; otherwise in double-double.
     */
    private static double crossingFraction(double p0x, double p0y, double p1x, double p1y, double q0x, double q0y, double q1x, double q1y) {
        double dx = p1x - p0x, dy = p1y - p0y, ex = q1x - q0x, ey = q1y - q0y, rx = q0x - p0x, ry = q0y - p0y;
        if (exact(p1x, p0x, dx) && exact(p1y, p0y, dy) && exact(q1x, q0x, ex) && exact(q1y, q0y, ey) && exact(q0x, p0x, rx) && exact(q0y, p0y, ry)) {
            return difference(rx, ey, ry, ex) / difference(dx, ey, dy, ex);
        }
        DD ddx = DD.valueOf(p1x).selfSubtract(p0x), ddy = DD.valueOf(p1y).selfSubtract(p0y);
        DD dex = DD.valueOf(q1x).selfSubtract(q0x), dey = DD.valueOf(q1y).selfSubtract(q0y);
        DD drx = DD.valueOf(q0x).selfSubtract(p0x), dry = DD.valueOf(q0y).selfSubtract(p0y);
        DD n = drx.multiply(dey).selfSubtract(dry.multiply(dex));
        return n.selfDivide(ddx.multiply(dey).selfSubtract(ddy.multiply(dex))).doubleValue();
    }

    /** Whether d, the rounded a - b, is exact (Knuth's two-sum error is zero). */
    private static boolean exact(double a, double b, double d) {
        double bv = a - d, av = d + bv;
        return (a - av) + (bv - b) == 0;
    }

    /** a·b − c·d to 1.5 ulp (Kahan's algorithm with fused multiply-adds). */
    private static double difference(double a, double b, double c, double d) {
        double w = c * d;
        return Math.fma(a, b, -w) + Math.fma(-c, d, w);
    }

    private static void insert(Segments s, int segment, Node n) {
        if (s.nodes[segment] == null) s.nodes[segment] = new ArrayList<>(2);
        s.nodes[segment].add(n);
    }

    /**
     * Orders the nodes along segment g in its direction, ends included, merging nodes that
     * coincide exactly; false if the order contradicts itself.
     */
    private boolean order(Segments s, int g) {
        List<Node> in = s.nodes[g];
        if (in == null) return true;
        boolean byX = Math.abs(s.x1[g] - s.x0[g]) >= Math.abs(s.y1[g] - s.y0[g]);
        double from = byX ? s.x0[g] : s.y0[g], length = byX ? s.x1[g] - s.x0[g] : s.y1[g] - s.y0[g];
        // Approximate fractions of the way decide unless they are too close; then the exact ones do.
        Comparator<Node> along = (m, n) -> {
            if (m == n) return 0;
            double a = approximateFraction(m, g, from, length, byX), b = approximateFraction(n, g, from, length, byX);
            if (Math.abs(a - b) > ORDER_TOLERANCE) return a < b ? -1 : 1;
            return exactCompare(s, g, m, n);
        };
        in.sort(along);
        List<Node> out = new ArrayList<>(in.size() + 2);
        out.add(s.start[g]);
        out.addAll(in);
        out.add(s.end[g]);
        List<Node> merged = new ArrayList<>(out.size());
        for (Node n : out) {
            Node last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null) {
                int c = along.compare(last, n);
                if (c > 0) return false;
                if (c == 0) {
                    merge(last, n);
                    continue;
                }
            }
            merged.add(n);
        }
        s.nodes[g] = merged;
        return true;
    }

    private static double approximateFraction(Node n, int g, double from, double length, boolean byX) {
        if (!n.exact) return n.segmentA == g ? n.fractionA : n.fractionB;
        return ((byX ? n.x : n.y) - from) / length;
    }

    private static void merge(Node a, Node b) {
        Node ra = a.root(), rb = b.root();
        if (ra == rb) return;
        if (rb.exact && !ra.exact) ra.merged = rb;
        else rb.merged = ra;
    }

    /** Exact order of two nodes along segment g, from their positions as fractions of it. */
    private static int exactCompare(Segments s, int g, Node m, Node n) {
        BigDecimal[] a = fraction(s, g, m), b = fraction(s, g, n);
        return a[0].multiply(b[1]).subtract(b[0].multiply(a[1])).signum() * a[1].signum() * b[1].signum();
    }

    /** Where a node lies on segment g: numerator and denominator of the fraction of the way from its start. */
    private static BigDecimal[] fraction(Segments s, int g, Node n) {
        BigDecimal px = big(s.x0[g]), py = big(s.y0[g]), dx = big(s.x1[g]).subtract(px), dy = big(s.y1[g]).subtract(py);
        if (n.exact) {
            boolean byX = dx.abs().compareTo(dy.abs()) >= 0;
            return byX ? new BigDecimal[] {big(n.x).subtract(px), dx} : new BigDecimal[] {big(n.y).subtract(py), dy};
        }
        int h = n.segmentA == g ? n.segmentB : n.segmentA;
        BigDecimal qx = big(s.x0[h]), qy = big(s.y0[h]), ex = big(s.x1[h]).subtract(qx), ey = big(s.y1[h]).subtract(qy);
        BigDecimal rx = qx.subtract(px), ry = qy.subtract(py);
        return new BigDecimal[] {rx.multiply(ey).subtract(ry.multiply(ex)), dx.multiply(ey).subtract(dy.multiply(ex))};
    }

    private static BigDecimal big(double v) {
        return new BigDecimal(v);
    }

    // ---- The edges: between consecutive nodes along each segment, merged where segments overlap. ----

    private boolean edges(Segments s) {
        for (int g = 0; g < s.count; g++) {
            if (!order(s, g)) return false;
        }
        List<Node> nodeList = new ArrayList<>();
        Map<Long, Integer> shared = new HashMap<>();
        int capacity = s.count * 2, count = 0;
        int[] a = new int[capacity], b = new int[capacity], segment = new int[capacity], w = new int[capacity * layers];
        boolean[] along = new boolean[capacity];
        for (int g = 0; g < s.count; g++) {
            List<Node> on = s.nodes[g];
            int stops = on == null ? 2 : on.size();
            Node u = (on == null ? s.start[g] : on.get(0)).root();
            for (int k = 1; k < stops; k++) {
                Node v = (on == null ? s.end[g] : on.get(k)).root();
                if (v == u) continue;
                if (u.id < 0) {
                    u.id = nodeList.size();
                    nodeList.add(u);
                }
                if (v.id < 0) {
                    v.id = nodeList.size();
                    nodeList.add(v);
                }
                boolean forward = u.id < v.id;
                int lo = forward ? u.id : v.id, hi = forward ? v.id : u.id;
                // Only segments overlapping others can give the same edge twice: only theirs are looked up.
                long key = ((long) lo << 32) | hi;
                int e = s.overlapped[g] ? shared.getOrDefault(key, -1) : -1;
                if (e < 0) {
                    if (count == capacity) {
                        capacity *= 2;
                        a = Arrays.copyOf(a, capacity);
                        b = Arrays.copyOf(b, capacity);
                        segment = Arrays.copyOf(segment, capacity);
                        along = Arrays.copyOf(along, capacity);
                        w = Arrays.copyOf(w, capacity * layers);
                    }
                    e = count++;
                    a[e] = lo;
                    b[e] = hi;
                    segment[e] = g;
                    along[e] = forward;
                    if (s.overlapped[g]) shared.put(key, e);
                }
                for (int l = 0; l < layers; l++) w[e * layers + l] += forward ? s.weight[g * layers + l] : -s.weight[g * layers + l];
                u = v;
            }
        }
        // Edges whose weights cancelled (overlapping borders drawn both ways) change no depth: dropped.
        from = new int[count];
        to = new int[count];
        weight = new int[count * layers];
        direction = new double[count * 4];
        for (int e = 0; e < count; e++) {
            boolean zero = true;
            for (int l = 0; l < layers; l++) zero &= w[e * layers + l] == 0;
            if (zero) continue;
            int k = edges++, g = segment[e];
            from[k] = a[e];
            to[k] = b[e];
            System.arraycopy(w, e * layers, weight, k * layers, layers);
            direction[k * 4] = along[e] ? s.x0[g] : s.x1[g];
            direction[k * 4 + 1] = along[e] ? s.y0[g] : s.y1[g];
            direction[k * 4 + 2] = along[e] ? s.x1[g] : s.x0[g];
            direction[k * 4 + 3] = along[e] ? s.y1[g] : s.y0[g];
        }
        nodes = nodeList.size();
        nodeX = new double[nodes];
        nodeY = new double[nodes];
        nodeExact = new boolean[nodes];
        for (int n = 0; n < nodes; n++) {
            nodeX[n] = nodeList.get(n).x;
            nodeY[n] = nodeList.get(n).y;
            nodeExact[n] = nodeList.get(n).exact;
        }
        return true;
    }
}
