package kz.aumaq.gis.layer;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a layer as the OGC front ends see it.
 *
 * @param geometry   EPSG:4326, lon/lat order
 * @param properties attribute values by field name, in {@link LayerSource#fields()} order
 */
public record Feature(String id, Geometry geometry, Map<String, Object> properties) {
}
