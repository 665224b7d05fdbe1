package kz.aumaq.gis.features;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.aumaq.gis.layer.FeatureQuery;
import kz.aumaq.gis.layer.Layer;
import kz.aumaq.gis.geom.LonLatBox;

/**
 * A fully validated {@code /collections/{id}/items} request.
 *
 * @param bbox       lon/lat box features must intersect (already turned from {@code bbox-crs}; it may cross the antimeridian), or null
 * @param crs        the CRS the geometries are answered in
 * @param date       the "as of" date from {@code datetime}
 * @param equals     property filters, field name → value
 * @param params     the query parameters as sent, for the self/next/prev links
 */
public record ItemsRequest(Layer layer, LonLatBox bbox, FeatureCrs crs, LocalDate date, Map<String, String> equals,
                           int limit, int offset, Presentation presentation, Map<String, List<String>> params) {

    public ItemsRequest {
        equals = Collections.unmodifiableMap(new LinkedHashMap<>(equals));
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params)); // order kept for links
    }

    public FeatureQuery query() {
        return new FeatureQuery(bbox, date, equals, limit, offset);
    }
}
