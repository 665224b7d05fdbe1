package kz.aumaq.gis.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Random points strictly inside an area, spread out by Mitchell's best-candidate rule (of a few
 * random candidates keep the one farthest from the points so far). Pure uniform sampling clumps,
 * which would give Voronoi cells of wildly different sizes; real districts are more even.
 */
final class SiteSampler {

    private SiteSampler() {
    }

    /**
     * @param existing points already placed (kept apart from, not returned)
     * @param decimals coordinates are rounded to this many decimals (then re-checked to be inside)
     */
    static List<Coordinate> spread(Geometry area, int count, int candidates, List<Coordinate> existing, int decimals, Random rnd) {
        PreparedGeometry inside = PreparedGeometryFactory.prepare(area);
        Envelope env = area.getEnvelopeInternal();
        double scale = Math.pow(10, decimals);
        List<Coordinate> placed = new ArrayList<>(existing);
        List<Coordinate> result = new ArrayList<>(count);
        while (result.size() < count) {
            Coordinate best = null;
            double bestDist = -1;
            for (int c = 0; c < candidates; c++) {
                Coordinate p = randomInside(inside, env, scale, rnd);
                double dist = Double.MAX_VALUE;
                for (Coordinate q : placed) {
                    double dx = p.x - q.x, dy = p.y - q.y;
                    dist = Math.min(dist, dx * dx + dy * dy); // squared: only the order matters
                }
                if (dist > bestDist && dist > 0) {
                    best = p;
                    bestDist = dist;
                }
            }
            if (best == null) continue;
            placed.add(best);
            result.add(best);
        }
        return result;
    }

    private static Coordinate randomInside(PreparedGeometry inside, Envelope env, double scale, Random rnd) {
        for (int attempt = 0; attempt < 100_000; attempt++) {
            double x = Math.round((env.getMinX() + rnd.nextDouble() * env.getWidth()) * scale) / scale;
            double y = Math.round((env.getMinY() + rnd.nextDouble() * env.getHeight()) * scale) / scale;
            if (inside.containsProperly(Geoms.point(x, y))) return new Coordinate(x, y);
        }
        throw new IllegalStateException("could not place a point inside " + env);
    }
}
