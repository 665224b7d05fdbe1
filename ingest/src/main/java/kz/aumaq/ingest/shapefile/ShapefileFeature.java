package kz.aumaq.ingest.shapefile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One record of a shapefile: its DBF attributes (keys upper-case, as H2GIS names the columns)
 * and its geometry, with the SRID taken from the .prj.
 */
public record ShapefileFeature(Map<String, Object> attributes, Geometry geometry) {

    public ShapefileFeature {
        // not Map.copyOf: empty DBF fields come back as null values
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** The attribute as trimmed text, or null when absent or blank. */
    public String text(String name) {
        Object v = attributes.get(name.toUpperCase(Locale.ROOT));
        if (v == null) return null;
        String s = v.toString().strip();
        return s.isEmpty() ? null : s;
    }
}
