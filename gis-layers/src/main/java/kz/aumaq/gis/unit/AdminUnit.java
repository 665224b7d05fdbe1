package kz.aumaq.gis.unit;

import java.time.LocalDate;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * One version of an administrative unit. Several versions of the same KATO may exist with
 * non-overlapping validity periods, so older boundaries stay reproducible.
 *
 * @param kind      finer type within the level, e.g. {@code oblast}, {@code city_republican}, {@code rural_okrug}
 * @param geometry  MultiPolygon (or Point for settlements) in EPSG:4326, lon/lat order
 * @param labelPoint where the unit's label goes; inside the geometry
 * @param areaKm2   geodesic area; 0 for settlements
 * @param validFrom first day the version is valid
 * @param validTo   first day it is no longer valid (exclusive), or null when current
 * @param path      materialized path of KATO codes from the country down, e.g. {@code 000000000/350000000/351000000}
 * @param source    where the version came from: {@code demo}, or an ingest job id
 */
public record AdminUnit(
        Kato kato,
        Level level,
        String kind,
        UnitNames names,
        Kato parentKato,
        Geometry geometry,
        Point labelPoint,
        double areaKm2,
        LocalDate validFrom,
        LocalDate validTo,
        String path,
        String source) {

    public AdminUnit {
        Objects.requireNonNull(kato, "kato");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(validFrom, "validFrom");
    }

    /** True when this version is valid on {@code date}. */
    public boolean validOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || validTo.isAfter(date));
    }

    /** True when the two validity periods share at least one day. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        boolean startsBeforeOtherEnds = to == null || validFrom.isBefore(to);
        boolean endsAfterOtherStarts = validTo == null || validTo.isAfter(from);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }

    public AdminUnit withValidTo(LocalDate newValidTo) {
        return new AdminUnit(kato, level, kind, names, parentKato, geometry, labelPoint, areaKm2, validFrom, newValidTo, path, source);
    }

    public AdminUnit withPath(String newPath) {
        return new AdminUnit(kato, level, kind, names, parentKato, geometry, labelPoint, areaKm2, validFrom, validTo, newPath, source);
    }
}
