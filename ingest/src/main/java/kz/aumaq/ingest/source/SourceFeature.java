package kz.aumaq.ingest.source;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature or table row as read from a file.
 *
 * @param id         how the user finds it in the file: the feature id, or {@code row 17} for tables
 * @param geometry   already in EPSG:4326, lon/lat order; null for rows of plain tables
 * @param attributes values by field name (String, Long, Double, LocalDate, Boolean or null)
 */
public record SourceFeature(String id, Geometry geometry, Map<String, Object> attributes) {

    /** The attribute as trimmed text, or null when absent or blank. */
    public String text(String field) {
        Object v = attributes.get(field);
        if (v == null) return null;
        String s = String.valueOf(v).strip();
        return s.isEmpty() ? null : s;
    }
}
