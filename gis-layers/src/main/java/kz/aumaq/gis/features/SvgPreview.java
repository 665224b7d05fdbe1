package kz.aumaq.gis.features;

import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * A small inline SVG map of features for the HTML pages: people see where the features are
 * without any script. Plate carrée with longitudes shrunk by cos(latitude), each feature a link.
 */
final class SvgPreview {

    record Shape(Geometry lonLat, String href, String title) {
    }

    private static final int WIDTH = 640;
    private static final int MAX_HEIGHT = 420;

    private SvgPreview() {
    }

    static String render(List<Shape> shapes) {
        Envelope all = new Envelope();
        for (Shape s : shapes) if (s.lonLat() != null && !s.lonLat().isEmpty()) all.expandToInclude(s.lonLat().getEnvelopeInternal());
        if (all.isNull()) return "";
        if (all.getWidth() == 0 && all.getHeight() == 0) all.expandBy(0.05);
        double shrink = Math.cos(Math.toRadians(Math.max(-80, Math.min(80, all.centre().y))));
        double w = Math.max(all.getWidth() * shrink, 1e-9);
        double h = Math.max(all.getHeight(), 1e-9);
        double scale = Math.min((WIDTH - 20) / w, (MAX_HEIGHT - 20) / h);
        int height = (int) Math.ceil(h * scale) + 20;
        Frame frame = new Frame(all.getMinX(), all.getMaxY(), shrink, scale, (WIDTH - w * scale) / 2);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"map\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height).append("\" role=\"img\">");
        double tolerance = 0.5 / scale; // half a pixel, in degrees
        for (Shape s : shapes) {
            if (s.lonLat() == null || s.lonLat().isEmpty()) continue;
            svg.append("<a href=\"").append(Html.escape(s.href())).append("\"><title>").append(Html.escape(s.title())).append("</title>");
            Geometry g = s.lonLat().getDimension() == 0 ? s.lonLat() : DouglasPeuckerSimplifier.simplify(s.lonLat(), tolerance);
            draw(svg, g.isEmpty() ? s.lonLat().getCentroid() : g, frame);
            svg.append("</a>");
        }
        return svg.append("</svg>").toString();
    }

    /** Maps lon/lat to pixels; {@code left} centres a drawing narrower than the picture. */
    private record Frame(double minLon, double maxLat, double shrink, double scale, double left) {
        double x(double lon) {
            return left + (lon - minLon) * shrink * scale;
        }

        double y(double lat) {
            return 10 + (maxLat - lat) * scale;
        }
    }

    private static void draw(StringBuilder svg, Geometry g, Frame f) {
        if (g instanceof Point p) {
            svg.append("<circle cx=\"").append(n(f.x(p.getX()))).append("\" cy=\"").append(n(f.y(p.getY()))).append("\" r=\"3\"/>");
            return;
        }
        if (g instanceof Polygon || g instanceof LineString) {
            StringBuilder d = new StringBuilder();
            if (g instanceof Polygon poly) {
                ring(d, poly.getExteriorRing().getCoordinates(), f, true);
                for (int i = 0; i < poly.getNumInteriorRing(); i++) ring(d, poly.getInteriorRingN(i).getCoordinates(), f, true);
            } else {
                ring(d, g.getCoordinates(), f, false);
            }
            svg.append("<path d=\"").append(d).append(g instanceof Polygon ? "\"/>" : "\" fill=\"none\"/>");
            return;
        }
        for (int i = 0; i < g.getNumGeometries(); i++) draw(svg, g.getGeometryN(i), f);
    }

    private static void ring(StringBuilder d, Coordinate[] cs, Frame f, boolean close) {
        for (int i = 0; i < cs.length; i++) {
            d.append(i == 0 ? 'M' : 'L').append(n(f.x(cs[i].x))).append(',').append(n(f.y(cs[i].y)));
        }
        if (close) d.append('Z');
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
