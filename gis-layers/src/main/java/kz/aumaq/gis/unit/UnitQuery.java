package kz.aumaq.gis.unit;

import java.time.LocalDate;
import kz.aumaq.gis.geom.LonLatBox;

/**
 * A validated query for administrative units, as of one date. Optional criteria are null when absent.
 *
 * @param parent units whose direct parent is this KATO
 * @param bbox   lon/lat box the unit's geometry must intersect (it may cross the antimeridian)
 * @param text   search text (already trimmed), matched against names in kk/ru/en and the KATO
 * @param zoom   web-map zoom for geometry simplification, or null for full detail
 */
public record UnitQuery(Level level, Kato parent, LonLatBox bbox, LocalDate date, String text,
                        int limit, int offset, Integer zoom) {

    public static final int DEFAULT_LIMIT = 1000;
    public static final int MAX_LIMIT = 10_000;

    public UnitQuery {
        if (date == null) throw new IllegalArgumentException("date is required");
        if (limit < 0 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit out of range");
        if (offset < 0) throw new IllegalArgumentException("offset out of range");
    }

    public UnitQuery withOffset(int newOffset) {
        return new UnitQuery(level, parent, bbox, date, text, limit, newOffset, zoom);
    }
}
