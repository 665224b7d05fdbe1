package kz.aumaq.gis.layer;

import java.time.LocalDate;
import java.util.Map;
import kz.aumaq.gis.geom.LonLatBox;

/**
 * What a front end asks a {@link LayerSource} for.
 *
 * @param bbox   lon/lat box features must intersect (it may cross the antimeridian), or null for all
 * @param date   the "as of" date for sources with validity periods
 * @param equals property filters: field name → required value (compared as text)
 */
public record FeatureQuery(LonLatBox bbox, LocalDate date, Map<String, String> equals, int limit, int offset) {

    public FeatureQuery {
        equals = equals == null ? Map.of() : Map.copyOf(equals);
        if (date == null) throw new IllegalArgumentException("date is required");
        if (limit < 0 || offset < 0) throw new IllegalArgumentException("limit and offset must not be negative");
    }

    /** Every feature valid on {@code date}. */
    public static FeatureQuery all(LocalDate date) {
        return new FeatureQuery(null, date, Map.of(), Integer.MAX_VALUE, 0);
    }
}
