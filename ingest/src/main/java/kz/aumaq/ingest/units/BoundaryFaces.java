package kz.aumaq.ingest.units;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.locationtech.jts.algorithm.CGAlgorithmsDD;
import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.quadtree.Quadtree;
import org.locationtech.jts.math.DD;

/**
 * The faces into which polygon boundaries cut the plane, each with its depth: how many polygons
 * of each layer cover it. The boundaries are cut into edges by {@link BoundaryEdges}; the faces
 * are traced around them (turning at each node by the exact order of the edges leaving it), and
 * the depths follow from the edges' weights. A result that is not a consistent planar map —
 * conflicting or negative depths, Euler's formula broken — makes {@link #faces()} give up
 * (null), and callers then fall back to overlays.
 */
final class BoundaryFaces {

    /** A bounded face: its depth per layer, the area (square degrees) inside its outer ring, and that ring's envelope. */
    record Face(int[] depth, double area, Envelope envelope, int cycle) {
    }

    /** A vertex this near an edge ending at a computed crossing is not located against it (crossings are placed to ~1e-14°). */
    private static final double NEAR = 1e-9;

    private final int layers;
    private final List<Coordinate[]> rings = new ArrayList<>();
    private final List<Integer> ringLayers = new ArrayList<>();

    // The map, kept to draw rings on demand: the nodes, where each half-edge starts, the next
    // half-edge around its face, one half-edge of each face, and the faces ringing the outside.
    private double[] nodeX, nodeY;
    private boolean[] nodeExact;
    private int[] origin, next, cycleStart;
    private double[][] cycleBox;
    private final List<Integer> outside = new ArrayList<>();

    BoundaryFaces(int layers) {
        this.layers = layers;
    }

    /** Adds the rings of a (multi)polygon to a layer, turned so that the polygon lies on their left. */
    BoundaryFaces add(Geometry polygonal, int layer) {
        for (int i = 0; i < polygonal.getNumGeometries(); i++) {
            Polygon p = (Polygon) polygonal.getGeometryN(i);
            if (p.isEmpty()) continue;
            addRing(p.getExteriorRing().getCoordinates(), true, layer);
            for (int h = 0; h < p.getNumInteriorRing(); h++) addRing(p.getInteriorRingN(h).getCoordinates(), false, layer);
        }
        return this;
    }

    private void addRing(Coordinate[] ring, boolean shell, int layer) {
        if (ring.length < 4) return;
        if (Orientation.isCCW(ring) != shell) {
            ring = ring.clone();
            for (int i = 0, j = ring.length - 1; i < j; i++, j--) {
                Coordinate t = ring[i];
                ring[i] = ring[j];
                ring[j] = t;
            }
        }
        rings.add(ring);
        ringLayers.add(layer);
    }

    /** The bounded faces (to be called once, after adding), or null when the map could not be made consistent. */
    List<Face> faces() {
        return faces(depth -> true);
    }

    /** The bounded faces whose depths are wanted (the others are not even listed), or null as {@link #faces()}. */
    List<Face> faces(Predicate<int[]> wanted) {
        BoundaryEdges edges = BoundaryEdges.of(rings, ringLayers, layers);
        if (edges == null) return null;
        if (edges.edges == 0) return List.of();
        nodeX = edges.nodeX;
        nodeY = edges.nodeY;
        nodeExact = edges.nodeExact;
        return traced(edges, wanted);
    }

    /** The outer ring of a face returned by {@link #faces()}, the face on its left. */
    Coordinate[] ring(Face face) {
        return cycleRing(face.cycle());
    }

    /** The rings where the unbounded face meets the rest, each with that face on its left (after {@link #faces()}). */
    List<Coordinate[]> outsideRings() {
        return outside.stream().map(this::cycleRing).toList();
    }

    private Coordinate[] cycleRing(int cycle) {
        List<Coordinate> out = new ArrayList<>();
        int e = cycleStart[cycle];
        do {
            out.add(new Coordinate(nodeX[origin[e]], nodeY[origin[e]]));
            e = next[e];
        } while (e != cycleStart[cycle]);
        out.add(out.get(0).copy());
        return out.toArray(Coordinate[]::new);
    }

    /** Half-edges 2e and 2e + 1 run along edge e and back; each face is traced keeping it on the left. */
    private List<Face> traced(BoundaryEdges edges, Predicate<int[]> wanted) {
        int nodeCount = edges.nodes;
        int halfEdges = edges.edges * 2;
        origin = new int[halfEdges];
        int[] degree = new int[nodeCount];
        for (int e = 0; e < edges.edges; e++) {
            origin[2 * e] = edges.from[e];
            origin[2 * e + 1] = edges.to[e];
            degree[edges.from[e]]++;
            degree[edges.to[e]]++;
        }
        // The half-edges leaving each node, counter-clockwise.
        int[] first = new int[nodeCount + 1];
        for (int n = 0; n < nodeCount; n++) first[n + 1] = first[n] + degree[n];
        int[] fill = first.clone();
        int[] around = new int[halfEdges];
        for (int h = 0; h < halfEdges; h++) around[fill[origin[h]]++] = h;
        boolean[] tie = new boolean[1];
        Comparator<Integer> ccw = (h1, h2) -> {
            if (h1.intValue() == h2.intValue()) return 0;
            int c = compareDirections(edges.direction, h1, h2);
            if (c == 0) tie[0] = true;
            return c;
        };
        int[] position = new int[halfEdges];
        for (int n = 0; n < nodeCount; n++) {
            if (degree[n] > 2) {
                Integer[] sorted = new Integer[degree[n]];
                for (int k = 0; k < sorted.length; k++) sorted[k] = around[first[n] + k];
                Arrays.sort(sorted, ccw);
                for (int k = 0; k < sorted.length; k++) around[first[n] + k] = sorted[k];
            }
            for (int k = first[n]; k < first[n + 1]; k++) position[around[k]] = k;
        }
        if (tie[0]) return null;
        // Faces on the left: arriving at a node, leave by the edge just clockwise of the way back.
        next = new int[halfEdges];
        for (int h = 0; h < halfEdges; h++) {
            int twin = h ^ 1, v = origin[twin];
            int k = position[twin] - 1;
            next[h] = around[k < first[v] ? first[v + 1] - 1 : k];
        }
        int[] cycle = new int[halfEdges];
        Arrays.fill(cycle, -1);
        int cycles = 0;
        int[] starts = new int[Math.max(16, halfEdges / 4)];
        double[] area = new double[starts.length];
        double[][] box = new double[4][starts.length];
        for (int h = 0; h < halfEdges; h++) {
            if (cycle[h] >= 0) continue;
            if (cycles == starts.length) {
                starts = Arrays.copyOf(starts, cycles * 2);
                area = Arrays.copyOf(area, cycles * 2);
                for (int b = 0; b < 4; b++) box[b] = Arrays.copyOf(box[b], cycles * 2);
            }
            double ox = nodeX[origin[h]], oy = nodeY[origin[h]];
            double twice = 0, minX = ox, maxX = ox, minY = oy, maxY = oy;
            int e = h;
            do {
                cycle[e] = cycles;
                double px = nodeX[origin[e]], py = nodeY[origin[e]], qx = nodeX[origin[e ^ 1]], qy = nodeY[origin[e ^ 1]];
                twice += (px - ox) * (qy - oy) - (qx - ox) * (py - oy);
                minX = Math.min(minX, px);
                maxX = Math.max(maxX, px);
                minY = Math.min(minY, py);
                maxY = Math.max(maxY, py);
                e = next[e];
            } while (e != h);
            starts[cycles] = h;
            area[cycles] = twice / 2;
            box[0][cycles] = minX;
            box[1][cycles] = maxX;
            box[2][cycles] = minY;
            box[3][cycles] = maxY;
            cycles++;
        }
        cycleStart = Arrays.copyOf(starts, cycles);
        cycleBox = box;
        int usedNodes = 0;
        for (int d : degree) if (d > 0) usedNodes++;
        return depths(edges.edges, edges.weight, cycle, cycles, area, box, usedNodes, wanted);
    }

    /**
     * Counter-clockwise order, from angle 0, of two half-edges leaving the same node, by the exact
     * ends of the segments they lie on: half-plane from the signs of differences, then the sign of
     * the cross product (a double filter, else double-double on the exact differences).
     */
    private static int compareDirections(double[] direction, int h1, int h2) {
        // Half-edge h runs along its edge (even) or back (odd): its from and to ends in the edge's four.
        int e1 = (h1 >> 1) * 4, e2 = (h2 >> 1) * 4;
        int f1 = e1 + ((h1 & 1) == 0 ? 0 : 2), t1 = e1 + ((h1 & 1) == 0 ? 2 : 0);
        int f2 = e2 + ((h2 & 1) == 0 ? 0 : 2), t2 = e2 + ((h2 & 1) == 0 ? 2 : 0);
        int half1 = half(direction, f1, t1), half2 = half(direction, f2, t2);
        if (half1 != half2) return Integer.compare(half1, half2);
        double ax = direction[t1] - direction[f1], ay = direction[t1 + 1] - direction[f1 + 1];
        double bx = direction[t2] - direction[f2], by = direction[t2 + 1] - direction[f2 + 1];
        double det = ax * by - ay * bx;
        double bound = 1e-12 * (Math.abs(ax * by) + Math.abs(ay * bx));
        if (det > bound) return -1;
        if (det < -bound) return 1;
        return -CGAlgorithmsDD.signOfDet2x2(DD.valueOf(direction[t1]).selfSubtract(direction[f1]),
                DD.valueOf(direction[t1 + 1]).selfSubtract(direction[f1 + 1]), DD.valueOf(direction[t2]).selfSubtract(direction[f2]),
                DD.valueOf(direction[t2 + 1]).selfSubtract(direction[f2 + 1]));
    }

    /** 0 for a direction in the upper half-plane (angle in [0°, 180°)), 1 for the lower. */
    private static int half(double[] direction, int from, int to) {
        int dy = Double.compare(direction[to + 1], direction[from + 1]), dx = Double.compare(direction[to], direction[from]);
        return dy > 0 || (dy == 0 && dx > 0) ? 0 : 1;
    }

    /**
     * Depth of every face. Crossing an edge from its right to its left adds its weight; that fixes
     * the faces of one connected part of the map relative to each other, and the part's outside
     * takes the depth of the face it lies in (none: 0). Conflicting or negative depths, or a map
     * that breaks Euler's formula (not planar), mean the noding went wrong: null.
     */
    private List<Face> depths(int edges, int[] weight, int[] cycle, int cycles, double[] area, double[][] box, int usedNodes,
                              Predicate<int[]> wanted) {
        int[] relative = new int[cycles * layers];
        int[] part = new int[cycles];
        Arrays.fill(part, -1);
        List<Integer> outlines = new ArrayList<>();
        int[] stack = new int[cycles];
        for (int c0 = 0; c0 < cycles; c0++) {
            if (part[c0] >= 0) continue;
            int id = outlines.size(), outline = c0, top = 0;
            part[c0] = id;
            stack[top++] = c0;
            while (top > 0) {
                int c = stack[--top];
                if (area[c] < area[outline]) outline = c;
                int e = cycleStart[c];
                do {
                    int other = cycle[e ^ 1], sign = (e & 1) == 0 ? 1 : -1;
                    boolean fresh = part[other] < 0;
                    for (int l = 0; l < layers; l++) {
                        int d = relative[c * layers + l] - sign * weight[(e >> 1) * layers + l];
                        if (fresh) relative[other * layers + l] = d;
                        else if (relative[other * layers + l] != d) return null;
                    }
                    if (fresh) {
                        part[other] = id;
                        stack[top++] = other;
                    }
                    e = next[e];
                } while (e != cycleStart[c]);
            }
            outlines.add(outline);
        }
        int parts = outlines.size();
        if (usedNodes - edges + cycles != 2 * parts) return null;
        // The cycles of each part, together.
        int[] partStart = new int[parts + 1];
        for (int c = 0; c < cycles; c++) partStart[part[c] + 1]++;
        for (int k = 0; k < parts; k++) partStart[k + 1] += partStart[k];
        int[] byPart = new int[cycles], fill = partStart.clone();
        for (int c = 0; c < cycles; c++) byPart[fill[part[c]]++] = c;

        // Outermost parts first, so that the face a part lies in already has its depth.
        Integer[] order = new Integer[parts];
        for (int i = 0; i < parts; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble(k -> area[outlines.get(k)]));
        int[] depth = new int[cycles * layers];
        Quadtree placed = new Quadtree();
        for (int k : order) {
            int outline = outlines.get(k);
            // The part's outside is the smallest placed face around one of its vertices; a vertex too
            // near a rounded edge is no witness, so a few are tried.
            int enclosing = -2, e = cycleStart[outline], tries = 0;
            do {
                int probe = origin[e];
                e = next[e];
                if (!nodeExact[probe]) continue;
                tries++;
                enclosing = enclosingFace(probe, placed, area);
            } while (enclosing == -2 && e != cycleStart[outline] && tries < 8);
            if (enclosing == -2) return null;
            if (enclosing < 0) outside.add(outline);
            for (int i = partStart[k]; i < partStart[k + 1]; i++) {
                int c = byPart[i];
                for (int l = 0; l < layers; l++) {
                    int d = (enclosing < 0 ? 0 : depth[enclosing * layers + l]) + relative[c * layers + l] - relative[outline * layers + l];
                    if (d < 0) return null;
                    depth[c * layers + l] = d;
                }
                if (c != outline) placed.insert(new Envelope(box[0][c], box[1][c], box[2][c], box[3][c]), c);
            }
        }
        List<Face> faces = new ArrayList<>();
        for (int c = 0; c < cycles; c++) {
            if (outlines.get(part[c]) == c) continue;
            int[] d = Arrays.copyOfRange(depth, c * layers, c * layers + layers);
            if (wanted.test(d)) faces.add(new Face(d, Math.abs(area[c]), new Envelope(box[0][c], box[1][c], box[2][c], box[3][c]), c));
        }
        return faces;
    }

    /** The smallest placed face around a node: its cycle, -1 for none, -2 when the node is too near an edge to tell. */
    private int enclosingFace(int probe, Quadtree placed, double[] area) {
        double x = nodeX[probe], y = nodeY[probe];
        int best = -1;
        double smallest = Double.MAX_VALUE;
        for (Object o : placed.query(new Envelope(x, x, y, y))) {
            int c = (Integer) o;
            if (area[c] >= smallest || !envelopeOf(c).contains(x, y)) continue;
            int loc = locate(x, y, c);
            if (loc == Location.BOUNDARY) return -2;
            if (loc == Location.INTERIOR) {
                smallest = area[c];
                best = c;
            }
        }
        return best;
    }

    private Envelope envelopeOf(int cycle) {
        return new Envelope(cycleBox[0][cycle], cycleBox[1][cycle], cycleBox[2][cycle], cycleBox[3][cycle]);
    }

    /**
     * Where an exact vertex lies relative to a cycle, by counting crossings of a ray to its right
     * (as JTS's RayCrossingCounter); BOUNDARY also when it comes so near an edge ending at a
     * computed crossing that the rounding of that crossing could matter.
     */
    private int locate(double px, double py, int cycle) {
        int crossings = 0;
        int e = cycleStart[cycle];
        do {
            int a = origin[e], b = origin[e ^ 1];
            e = next[e];
            double ax = nodeX[a], ay = nodeY[a], bx = nodeX[b], by = nodeY[b];
            if (!(nodeExact[a] && nodeExact[b]) && Math.min(ay, by) - NEAR <= py && py <= Math.max(ay, by) + NEAR
                    && Math.min(ax, bx) - NEAR <= px && px <= Math.max(ax, bx) + NEAR
                    && Distance.pointToSegment(new Coordinate(px, py), new Coordinate(ax, ay), new Coordinate(bx, by)) < NEAR) {
                return Location.BOUNDARY;
            }
            if (ax < px && bx < px) continue;
            if (px == bx && py == by) return Location.BOUNDARY;
            if (ay == py && by == py) {
                if (px >= Math.min(ax, bx) && px <= Math.max(ax, bx)) return Location.BOUNDARY;
                continue;
            }
            if ((ay > py && by <= py) || (by > py && ay <= py)) {
                int side = CGAlgorithmsDD.orientationIndex(ax, ay, bx, by, px, py);
                if (side == 0) return Location.BOUNDARY;
                if (by < ay) side = -side;
                if (side > 0) crossings++;
            }
        } while (e != cycleStart[cycle]);
        return crossings % 2 == 1 ? Location.INTERIOR : Location.EXTERIOR;
    }
}
