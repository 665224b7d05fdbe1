package kz.aumaq.gis.geojson;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes JSON text for GeoJSON (RFC 7946) straight into a StringBuilder: feature collections of
 * thousands of polygons are the hot path of the API, so no object tree is built. Coordinates are
 * lon/lat, rounded to a fixed number of decimals (never scientific notation), and polygon rings
 * follow the right-hand rule (exterior counter-clockwise) as RFC 7946 asks.
 */
public final class GeoJsonEncoder {

    private final StringBuilder out;
    private final long scale;
    private final int decimals;

    public GeoJsonEncoder(StringBuilder out, int decimals) {
        this.out = out;
        this.decimals = decimals;
        long s = 1;
        for (int i = 0; i < decimals; i++) s *= 10;
        this.scale = s;
    }

    public StringBuilder out() {
        return out;
    }

    public GeoJsonEncoder raw(String text) {
        out.append(text);
        return this;
    }

    public GeoJsonEncoder string(String s) {
        if (s == null) {
            out.append("null");
            return this;
        }
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        out.append('"');
        return this;
    }

    /** A JSON value: numbers as numbers, booleans as booleans, null as null, anything else as text. */
    public GeoJsonEncoder value(Object v) {
        if (v == null) return raw("null");
        if (v instanceof Integer || v instanceof Long) return raw(v.toString());
        if (v instanceof Number n) return number(n.doubleValue());
        if (v instanceof Boolean b) return raw(b.toString());
        return string(String.valueOf(v));
    }

    /** A JSON object of the given properties, in map order. */
    public GeoJsonEncoder properties(java.util.Map<String, Object> properties) {
        out.append('{');
        boolean first = true;
        for (var e : properties.entrySet()) {
            if (!first) out.append(',');
            first = false;
            key(e.getKey()).value(e.getValue());
        }
        out.append('}');
        return this;
    }

    /** Writes {@code "name":} ready for a value. */
    public GeoJsonEncoder key(String name) {
        string(name);
        out.append(':');
        return this;
    }

    public GeoJsonEncoder number(double v) {
        if (!Double.isFinite(v)) {
            out.append("null");
            return this;
        }
        long scaled = Math.round(v * scale);
        if (scaled < 0) {
            out.append('-');
            scaled = -scaled;
        }
        out.append(scaled / scale);
        long frac = scaled % scale;
        if (frac != 0) {
            out.append('.');
            String digits = Long.toString(frac);
            for (int i = digits.length(); i < decimals; i++) out.append('0');
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') end--;
            out.append(digits, 0, end);
        }
        return this;
    }

    public GeoJsonEncoder geometry(Geometry g) {
        if (g == null) {
            out.append("null");
            return this;
        }
        out.append("{\"type\":\"").append(g.getGeometryType()).append("\",");
        if (g instanceof GeometryCollection && !(g instanceof MultiPoint || g instanceof MultiLineString || g instanceof MultiPolygon)) {
            out.append("\"geometries\":[");
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (i > 0) out.append(',');
                geometry(g.getGeometryN(i));
            }
            out.append("]}");
            return this;
        }
        out.append("\"coordinates\":");
        coordinates(g);
        out.append('}');
        return this;
    }

    private void coordinates(Geometry g) {
        if (g instanceof Point p) {
            position(p.getCoordinate());
        } else if (g instanceof LineString l) {
            ring(l.getCoordinates(), false);
        } else if (g instanceof Polygon p) {
            polygon(p);
        } else {
            out.append('[');
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (i > 0) out.append(',');
                coordinates(g.getGeometryN(i));
            }
            out.append(']');
        }
    }

    private void polygon(Polygon p) {
        out.append('[');
        ring(p.getExteriorRing().getCoordinates(), !org.locationtech.jts.algorithm.Orientation.isCCW(p.getExteriorRing().getCoordinateSequence()));
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            out.append(',');
            ring(p.getInteriorRingN(i).getCoordinates(), org.locationtech.jts.algorithm.Orientation.isCCW(p.getInteriorRingN(i).getCoordinateSequence()));
        }
        out.append(']');
    }

    private void ring(Coordinate[] cs, boolean reverse) {
        out.append('[');
        for (int i = 0; i < cs.length; i++) {
            if (i > 0) out.append(',');
            position(cs[reverse ? cs.length - 1 - i : i]);
        }
        out.append(']');
    }

    private void position(Coordinate c) {
        if (c == null) {
            out.append("[]");
            return;
        }
        out.append('[');
        number(c.x);
        out.append(',');
        number(c.y);
        out.append(']');
    }
}
