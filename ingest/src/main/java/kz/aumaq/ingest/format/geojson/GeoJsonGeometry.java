package kz.aumaq.ingest.format.geojson;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.databind.JsonNode;

/**
 * A GeoJSON geometry object as a JTS geometry, coordinates as they are in the file (x, y; any
 * third value is dropped). Unclosed rings are closed; rings too short to be rings are dropped and
 * counted in {@link #droppedRings()}. Malformed objects throw {@link Malformed} naming what is wrong.
 */
public final class GeoJsonGeometry {

    /** A geometry object that does not follow the GeoJSON structure. */
    public static final class Malformed extends Exception {
        Malformed(String message) {
            super(message);
        }
    }

    private final GeometryFactory factory;
    private int droppedRings;

    public GeoJsonGeometry(GeometryFactory factory) {
        this.factory = factory;
    }

    int droppedRings() {
        return droppedRings;
    }

    /** Null for a null geometry. */
    public Geometry of(JsonNode g) throws Malformed {
        if (g == null || g.isNull() || g.isMissingNode()) return null;
        if (!g.isObject()) throw new Malformed("geometry is not an object");
        String type = g.path("type").asString("");
        if (type.equals("GeometryCollection")) {
            JsonNode members = g.path("geometries");
            if (!members.isArray()) throw new Malformed("GeometryCollection without a 'geometries' array");
            List<Geometry> parts = new ArrayList<>();
            for (JsonNode m : members) {
                Geometry part = of(m);
                if (part != null) parts.add(part);
            }
            return factory.createGeometryCollection(parts.toArray(Geometry[]::new));
        }
        JsonNode c = g.path("coordinates");
        if (!c.isArray()) throw new Malformed((type.isEmpty() ? "geometry" : type) + " without a 'coordinates' array");
        switch (type) {
            case "Point":
                return c.isEmpty() ? factory.createPoint() : factory.createPoint(position(c));
            case "MultiPoint":
                return factory.createMultiPoint(Arrays.stream(positions(c)).map(factory::createPoint).toArray(Point[]::new));
            case "LineString":
                return line(c);
            case "MultiLineString": {
                List<LineString> lines = new ArrayList<>();
                for (JsonNode l : c) lines.add(line(l));
                return factory.createMultiLineString(lines.toArray(LineString[]::new));
            }
            case "Polygon":
                return polygon(c);
            case "MultiPolygon": {
                List<Polygon> polygons = new ArrayList<>();
                for (JsonNode p : c) polygons.add(polygon(p));
                return factory.createMultiPolygon(polygons.toArray(Polygon[]::new));
            }
            default:
                throw new Malformed("'" + type + "' is not a GeoJSON geometry type");
        }
    }

    private LineString line(JsonNode c) throws Malformed {
        Coordinate[] points = positions(c);
        if (points.length == 1) throw new Malformed("a LineString with a single position");
        return factory.createLineString(points);
    }

    private Polygon polygon(JsonNode c) throws Malformed {
        if (!c.isArray()) throw new Malformed("Polygon coordinates are not an array of rings");
        List<LinearRing> rings = new ArrayList<>();
        for (JsonNode r : c) {
            Coordinate[] ring = closed(positions(r));
            if (ring.length >= 4) {
                rings.add(factory.createLinearRing(ring));
            } else if (rings.isEmpty()) {
                droppedRings++;
                return factory.createPolygon(); // no usable exterior ring: nothing is left of this polygon
            } else {
                droppedRings++;
            }
        }
        if (rings.isEmpty()) return factory.createPolygon();
        return factory.createPolygon(rings.get(0), rings.subList(1, rings.size()).toArray(LinearRing[]::new));
    }

    private static Coordinate[] positions(JsonNode c) throws Malformed {
        if (!c.isArray()) throw new Malformed("expected an array of positions");
        Coordinate[] out = new Coordinate[c.size()];
        for (int i = 0; i < out.length; i++) out[i] = position(c.get(i));
        return out;
    }

    private static Coordinate position(JsonNode p) throws Malformed {
        if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
            throw new Malformed("a position is not [x, y]: " + abbreviated(p));
        }
        return new Coordinate(p.get(0).doubleValue(), p.get(1).doubleValue());
    }

    private static Coordinate[] closed(Coordinate[] ring) {
        if (ring.length == 0 || ring[0].equals2D(ring[ring.length - 1])) return ring;
        Coordinate[] c = Arrays.copyOf(ring, ring.length + 1);
        c[ring.length] = ring[0].copy();
        return c;
    }

    private static String abbreviated(JsonNode n) {
        String s = n.toString();
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
