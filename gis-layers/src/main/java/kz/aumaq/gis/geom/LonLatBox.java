package kz.aumaq.gis.geom;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A longitude/latitude box as the APIs take it ({@code west, south, east, north}). A box whose
 * west edge lies east of its east edge crosses the antimeridian (OGC API – Features
 * {@code /req/core/fc-bbox-definition}, RFC 7946 §5.2): it is the union of the part from its
 * west edge to 180° and the part from −180° to its east edge. Every front end that reads a
 * lon/lat box parses it here, so all of them treat such boxes alike.
 */
public record LonLatBox(double west, double south, double east, double north) {

    private static final GeometryFactory PLAIN = new GeometryFactory();

    public LonLatBox {
        if (!(Double.isFinite(west) && Double.isFinite(south) && Double.isFinite(east) && Double.isFinite(north))) {
            throw new IllegalArgumentException("bbox values must be finite numbers");
        }
        if (west < -180 || west > 180 || east < -180 || east > 180 || south < -90 || north > 90) {
            throw new IllegalArgumentException("bbox is outside longitude -180..180, latitude -90..90");
        }
        if (south > north) throw new IllegalArgumentException("bbox south edge (" + south + ") is north of its north edge (" + north + ")");
    }

    /** A box that does not cross the antimeridian. */
    public static LonLatBox of(Envelope e) {
        return new LonLatBox(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
    }

    /**
     * Reads {@code minLon,minLat,maxLon,maxLat}.
     *
     * @throws IllegalArgumentException with a message for the client (the caller names the parameter)
     */
    public static LonLatBox parse(String value) {
        String[] p = value.split(",", -1);
        if (p.length != 4) throw new IllegalArgumentException("bbox must be minLon,minLat,maxLon,maxLat (4 numbers), got '" + value + "'");
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(p[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bbox value '" + p[i].trim() + "' is not a number");
            }
        }
        return new LonLatBox(v[0], v[1], v[2], v[3]);
    }

    public boolean crossesAntimeridian() {
        return west > east;
    }

    /** One envelope, or two (west part first) for a box across the antimeridian. */
    public List<Envelope> parts() {
        if (!crossesAntimeridian()) return List.of(new Envelope(west, east, south, north));
        return List.of(new Envelope(west, 180, south, north), new Envelope(-180, east, south, north));
    }

    public boolean intersects(Envelope e) {
        for (Envelope p : parts()) if (p.intersects(e)) return true;
        return false;
    }

    /** What this box and {@code e} have in common; null when nothing. */
    public LonLatBox intersection(Envelope e) {
        List<Envelope> cut = parts().stream().map(p -> p.intersection(e)).filter(p -> !p.isNull()).toList();
        if (cut.isEmpty()) return null;
        if (cut.size() == 1) return of(cut.get(0));
        // both parts met e: still one box across the antimeridian, over the latitudes e allows
        return new LonLatBox(cut.get(0).getMinX(), cut.get(0).getMinY(), cut.get(1).getMaxX(), cut.get(0).getMaxY());
    }

    /**
     * The part's true shape for a spatial predicate: a point or a line when it has no area,
     * because H2GIS finds nothing intersecting a zero-area polygon.
     */
    public static Geometry shape(Envelope part) {
        if (part.getWidth() == 0 && part.getHeight() == 0) return PLAIN.createPoint(new Coordinate(part.getMinX(), part.getMinY()));
        if (part.getWidth() == 0 || part.getHeight() == 0) {
            return PLAIN.createLineString(new Coordinate[] {new Coordinate(part.getMinX(), part.getMinY()), new Coordinate(part.getMaxX(), part.getMaxY())});
        }
        return PLAIN.toGeometry(part);
    }

    /** minLon, minLat, maxLon, maxLat as given (west > east across the antimeridian). */
    public List<Double> asList() {
        return List.of(west, south, east, north);
    }
}
