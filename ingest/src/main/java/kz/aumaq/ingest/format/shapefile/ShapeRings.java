package kz.aumaq.ingest.format.shapefile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import kz.aumaq.ingest.report.Findings;
import kz.aumaq.ingest.report.Severity;
import org.locationtech.jts.algorithm.Area;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * Turns the rings of a shapefile Polygon record into polygons with their holes. The specification
 * says outer rings run clockwise and holes counter-clockwise; each hole goes to the smallest outer
 * ring containing it. Files written with every ring counter-clockwise (it happens) are nested by
 * containment instead. Whether the result is valid is for the targets to check and repair.
 */
final class ShapeRings {

    private final GeometryFactory factory;
    private final Findings findings;

    ShapeRings(GeometryFactory factory, Findings findings) {
        this.factory = factory;
        this.findings = findings;
    }

    /** A Polygon, a MultiPolygon when there are several outer rings, or an empty Polygon. */
    Geometry polygons(List<Coordinate[]> parts, String id) {
        List<Ring> rings = new ArrayList<>();
        for (Coordinate[] part : parts) {
            Coordinate[] c = closed(part);
            if (c.length < 4) {
                findings.add(Severity.WARNING, "degenerate-ring", "polygon rings with fewer than 3 distinct points were dropped", id);
            } else {
                rings.add(new Ring(c));
            }
        }
        if (rings.isEmpty()) return factory.createPolygon();
        List<Shell> shells = rings.stream().anyMatch(r -> r.clockwise) ? byOrientation(rings) : byNesting(rings);
        Polygon[] polygons = shells.stream().map(this::polygon).toArray(Polygon[]::new);
        return polygons.length == 1 ? polygons[0] : factory.createMultiPolygon(polygons);
    }

    private static List<Shell> byOrientation(List<Ring> rings) {
        List<Shell> shells = new ArrayList<>();
        for (Ring r : rings) if (r.clockwise) shells.add(new Shell(r));
        for (Ring hole : rings) {
            if (hole.clockwise) continue;
            Shell owner = smallestContaining(shells, hole);
            if (owner != null) {
                owner.holes.add(hole);
            } else {
                shells.add(new Shell(hole)); // a counter-clockwise ring in nothing: an outer ring drawn the wrong way
            }
        }
        return shells;
    }

    /** Largest first; a ring inside an outer ring is its hole, a ring inside a hole is a new outer ring. */
    private static List<Shell> byNesting(List<Ring> rings) {
        List<Ring> sorted = new ArrayList<>(rings);
        sorted.sort(Comparator.comparingDouble((Ring r) -> r.area).reversed());
        List<Shell> shells = new ArrayList<>();
        for (Ring r : sorted) {
            Shell owner = smallestContaining(shells, r);
            boolean insideHole = owner != null && owner.holes.stream().anyMatch(h -> h.contains(r));
            if (owner != null && !insideHole) {
                owner.holes.add(r);
            } else {
                shells.add(new Shell(r));
            }
        }
        return shells;
    }

    private static Shell smallestContaining(List<Shell> shells, Ring ring) {
        Shell best = null;
        for (Shell s : shells) {
            if (s.ring != ring && s.ring.contains(ring) && (best == null || s.ring.area < best.ring.area)) best = s;
        }
        return best;
    }

    private Polygon polygon(Shell s) {
        LinearRing shell = factory.createLinearRing(s.ring.coordinates);
        LinearRing[] holes = s.holes.stream().map(h -> factory.createLinearRing(h.coordinates)).toArray(LinearRing[]::new);
        return factory.createPolygon(shell, holes);
    }

    private static Coordinate[] closed(Coordinate[] part) {
        if (part.length == 0 || part[0].equals2D(part[part.length - 1])) return part;
        Coordinate[] c = Arrays.copyOf(part, part.length + 1);
        c[part.length] = part[0].copy();
        return c;
    }

    private static final class Ring {
        final Coordinate[] coordinates;
        final Envelope envelope;
        final boolean clockwise;
        final double area;

        Ring(Coordinate[] coordinates) {
            this.coordinates = coordinates;
            this.envelope = new Envelope();
            for (Coordinate c : coordinates) envelope.expandToInclude(c);
            this.clockwise = !Orientation.isCCW(coordinates);
            this.area = Area.ofRing(coordinates);
        }

        /** Whether the other ring lies inside this one: judged by its first vertex not on this ring's boundary. */
        boolean contains(Ring other) {
            if (!envelope.covers(other.envelope)) return false;
            for (Coordinate c : other.coordinates) {
                int location = PointLocation.locateInRing(c, coordinates);
                if (location == Location.INTERIOR) return true;
                if (location == Location.EXTERIOR) return false;
            }
            return true; // every vertex on the boundary: the same ring
        }
    }

    private static final class Shell {
        final Ring ring;
        final List<Ring> holes = new ArrayList<>();

        Shell(Ring ring) {
            this.ring = ring;
        }
    }
}
