package kz.aumaq.gis.demo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateList;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.LinearComponentExtracter;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.overlayng.CoverageUnion;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;
import org.locationtech.jts.operation.polygonize.Polygonizer;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Cuts an area into pieces around sites: Voronoi cells, densified and bent by a
 * {@link DisplacementField} so borders meander, optionally with fixed shapes (city discs)
 * carved out first.
 *
 * <p>All borders (area boundary, bent cells, carved shapes) are noded together once, snap-rounded
 * on the 1e-6° grid, and polygonized into faces; each face goes to the carved shape containing it,
 * else to the site whose cell it lies in. Neighbouring pieces are therefore unions of faces of one
 * planar arrangement: they share identical edges, never overlap, and together tile the area.
 */
final class PlanePartition {

    private final DisplacementField field;
    private final double densifyStep;

    PlanePartition(DisplacementField field, double densifyStep) {
        this.field = field;
        this.densifyStep = densifyStep;
    }

    List<Geometry> split(Geometry area, List<Coordinate> sites, int[] groupOf, int groups) {
        return split(area, sites, groupOf, groups, List.of());
    }

    /**
     * @param sites   where the sites should be after bending (inside {@code area}, distinct)
     * @param groupOf the piece each site belongs to (several sites may form one piece)
     * @param carves  shapes that take precedence over the cells; carve i becomes piece {@code groups + i}
     * @return pieces in group order, then the carved pieces; together they tile {@code area}
     */
    List<Geometry> split(Geometry area, List<Coordinate> sites, int[] groupOf, int groups, List<Geometry> carves) {
        if (groups == 1 && carves.isEmpty()) return List.of(area);

        // pre-compensate: the Voronoi site is where the field will move to the intended point
        List<Coordinate> pre = new ArrayList<>(sites.size());
        for (Coordinate s : sites) pre.add(field.preimage(s));

        List<LineString> lines = new ArrayList<>();
        addLines(area, lines);
        for (Geometry c : carves) addLines(c, lines);
        if (sites.size() > 1) {
            Envelope clip = new Envelope(area.getEnvelopeInternal());
            for (Coordinate c : pre) clip.expandToInclude(c);
            // just wide enough that the bent cells still cover the area; more linework only costs noding time
            clip.expandBy(2 * field.maxDisplacement() + 2 * densifyStep);
            VoronoiDiagramBuilder vb = new VoronoiDiagramBuilder();
            vb.setSites(pre);
            vb.setClipEnvelope(clip);
            Geometry diagram = vb.getDiagram(Geoms.GF);
            for (int i = 0; i < diagram.getNumGeometries(); i++) {
                Polygon cell = (Polygon) diagram.getGeometryN(i);
                lines.add(Geoms.GF.createLineString(bend(cell.getExteriorRing().getCoordinates())));
            }
        }
        // one snap-rounded noding of everything: duplicates merge, every crossing becomes a node
        Geometry noded = UnaryUnionNG.union(Geoms.GF.createMultiLineString(lines.toArray(LineString[]::new)), Geoms.GRID);
        Polygonizer polygonizer = new Polygonizer(false);
        polygonizer.add(noded);
        @SuppressWarnings("unchecked")
        Collection<Polygon> faces = polygonizer.getPolygons();

        IndexedPointInAreaLocator inArea = new IndexedPointInAreaLocator(area);
        List<IndexedPointInAreaLocator> inCarve = new ArrayList<>();
        for (Geometry c : carves) inCarve.add(new IndexedPointInAreaLocator(c));
        List<List<Geometry>> facesOf = new ArrayList<>();
        for (int g = 0; g < groups + carves.size(); g++) facesOf.add(new ArrayList<>());
        for (Polygon face : faces) {
            Coordinate p = face.getInteriorPoint().getCoordinate();
            if (inArea.locate(p) != Location.INTERIOR) continue;
            int group = -1;
            for (int k = 0; k < carves.size() && group < 0; k++) {
                if (inCarve.get(k).locate(p) == Location.INTERIOR) group = groups + k;
            }
            if (group < 0) group = groupOf[nearest(pre, field.preimage(p))];
            facesOf.get(group).add(face);
        }

        List<Geometry> pieces = new ArrayList<>(facesOf.size());
        for (List<Geometry> fs : facesOf) pieces.add(coverageUnion(fs));
        absorbFragments(pieces, sites, groupOf);
        // faces come out of the polygonizer in no guaranteed order; normalise for reproducible output
        pieces.replaceAll(Geometry::norm);
        return pieces;
    }

    /**
     * A bent cell clipped by a wiggly boundary can fall apart into an exclave. Real units rarely
     * have those, so every part except the main one (the one holding the group's site, else the
     * largest) goes to the neighbour it shares the longest border with.
     */
    private static void absorbFragments(List<Geometry> pieces, List<Coordinate> sites, int[] groupOf) {
        for (int g = 0; g < pieces.size(); g++) {
            Geometry piece = pieces.get(g);
            if (piece.getNumGeometries() <= 1) continue;
            int main = mainPart(piece, g, sites, groupOf);
            List<Geometry> kept = new ArrayList<>();
            for (int i = 0; i < piece.getNumGeometries(); i++) {
                Geometry part = piece.getGeometryN(i);
                int best = -1;
                double bestLength = 0;
                if (i != main) {
                    Geometry border = part.getBoundary();
                    for (int h = 0; h < pieces.size(); h++) {
                        if (h == g || !pieces.get(h).getEnvelopeInternal().intersects(part.getEnvelopeInternal())) continue;
                        double shared = OverlayNG.overlay(border, pieces.get(h), OverlayNG.INTERSECTION, Geoms.GRID).getLength();
                        if (shared > bestLength) {
                            bestLength = shared;
                            best = h;
                        }
                    }
                }
                if (best < 0) {
                    kept.add(part); // the main part, or an island with no neighbour to join
                } else {
                    List<Geometry> joined = new ArrayList<>();
                    Geometry neighbour = pieces.get(best);
                    for (int k = 0; k < neighbour.getNumGeometries(); k++) joined.add(neighbour.getGeometryN(k));
                    joined.add(part);
                    pieces.set(best, coverageUnion(joined));
                }
            }
            pieces.set(g, coverageUnion(kept));
        }
    }

    private static int mainPart(Geometry piece, int group, List<Coordinate> sites, int[] groupOf) {
        for (int s = 0; s < sites.size(); s++) {
            if (groupOf[s] != group) continue;
            for (int i = 0; i < piece.getNumGeometries(); i++) {
                if (piece.getGeometryN(i).covers(Geoms.point(sites.get(s)))) return i;
            }
        }
        int largest = 0;
        for (int i = 1; i < piece.getNumGeometries(); i++) {
            if (piece.getGeometryN(i).getArea() > piece.getGeometryN(largest).getArea()) largest = i;
        }
        return largest;
    }

    /** Union of polygons that share exact edges (faces of one arrangement): cheap and lossless. */
    private static Geometry coverageUnion(List<Geometry> polygons) {
        Geometry collection = Geoms.GF.buildGeometry(polygons);
        if (polygons.size() <= 1) return collection;
        Geometry union = CoverageUnion.union(collection);
        return union.isValid() ? union : UnaryUnionNG.union(collection, Geoms.GRID);
    }

    /** A disc bent by the same field, placed so that its bent centre is exactly {@code centre}. */
    Geometry disc(Coordinate centre, double radiusDeg) {
        Polygon round = (Polygon) Geoms.point(field.preimage(centre)).buffer(radiusDeg, 16);
        Polygon bent = Geoms.GF.createPolygon(bend(round.getExteriorRing().getCoordinates()));
        // snap to the grid so later overlays see exactly these vertices
        return UnaryUnionNG.union(bent, Geoms.GRID);
    }

    private static void addLines(Geometry g, List<LineString> out) {
        for (Object o : LinearComponentExtracter.getLines(PolygonExtracter.getPolygons(g).isEmpty() ? g : g.getBoundary())) {
            out.add((LineString) o);
        }
    }

    private static int nearest(List<Coordinate> sites, Coordinate p) {
        int best = 0;
        double bestD = Double.MAX_VALUE;
        for (int i = 0; i < sites.size(); i++) {
            double dx = sites.get(i).x - p.x, dy = sites.get(i).y - p.y;
            double d = dx * dx + dy * dy;
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }

    /** Densify a closed ring, then displace every vertex; the field is a bijection, so the ring stays simple. */
    private Coordinate[] bend(Coordinate[] ring) {
        CoordinateList out = new CoordinateList();
        for (int i = 0; i + 1 < ring.length; i++) {
            Coordinate a = ring[i], b = ring[i + 1];
            int n = Math.max(1, (int) Math.ceil(a.distance(b) / densifyStep));
            for (int j = 0; j < n; j++) {
                double t = (double) j / n;
                out.add(field.warp(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t), false);
            }
        }
        out.closeRing();
        return out.toCoordinateArray();
    }
}
