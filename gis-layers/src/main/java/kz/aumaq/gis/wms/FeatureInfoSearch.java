package kz.aumaq.gis.wms;

import java.util.ArrayList;
import java.util.List;
import kz.aumaq.gis.layer.Feature;
import kz.aumaq.gis.layer.Layer;
import kz.aumaq.gis.render.FeatureSet;
import kz.aumaq.gis.render.FeatureSets;
import kz.aumaq.gis.render.MapView;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;

/**
 * Finds the features under a pixel: areas that contain the pixel's centre, points and lines within
 * a pixel tolerance. Uses the same projected, indexed features the renderer draws.
 */
public class FeatureInfoSearch {

    public record Hit(Layer layer, Feature feature) {
    }

    private final FeatureSets featureSets;
    private final GeometryFactory geometries = new GeometryFactory();

    public FeatureInfoSearch(FeatureSets featureSets) {
        this.featureSets = featureSets;
    }

    public List<Hit> find(GetFeatureInfoRequest r) {
        MapView view = r.map().view();
        double x = view.toWorldX(r.i() + 0.5);
        double y = view.toWorldY(r.j() + 0.5);
        Point at = geometries.createPoint(new Coordinate(x, y));
        double tolerance = Math.max(r.tolerancePx(), 0.5) * view.resolution();
        List<Hit> hits = new ArrayList<>();
        for (Layer layer : r.queryLayers()) {
            FeatureSet set = featureSets.get(layer.source(), r.map().date(), view.crs());
            Envelope near = new Envelope(x - tolerance, x + tolerance, y - tolerance, y + tolerance);
            for (int i : set.query(near)) {
                Geometry g = set.geometry(i);
                boolean hit = g instanceof Polygonal ? g.intersects(at) : g.isWithinDistance(at, tolerance);
                if (hit) {
                    hits.add(new Hit(layer, set.feature(i)));
                    if (hits.size() >= r.featureCount()) return hits;
                }
            }
        }
        return hits;
    }
}
