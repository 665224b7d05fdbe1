package kz.aumaq.ingest.format.table;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which columns of a table hold its geometry, found by name: latitude and longitude (English,
 * Russian and Kazakh names, or y and x), or WKT; failing names, a column whose values are WKT.
 * A table with neither is a plain table (indicator values).
 *
 * @param latitude  the latitude (y) column, or null
 * @param longitude the longitude (x) column, or null
 * @param wkt       the WKT column, or null
 */
record GeometryColumns(String latitude, String longitude, String wkt) {

    private static final Set<String> LATITUDE = Set.of("lat", "latitude", "широта", "ендік", "ендiк", "latdd", "latdeg",
            "latwgs84", "coordlat");
    private static final Set<String> LONGITUDE = Set.of("lon", "lng", "long", "longitude", "долгота", "бойлық", "бойлык",
            "londd", "londeg", "lonwgs84", "coordlon");
    private static final Set<String> Y = Set.of("y", "coordy", "ycoord", "pointy");
    private static final Set<String> X = Set.of("x", "coordx", "xcoord", "pointx");
    private static final Set<String> WKT = Set.of("wkt", "geometry", "geom", "thegeom", "shape", "wktgeom", "geometrywkt",
            "геометрия");
    static final Pattern WKT_VALUE = Pattern.compile(
            "(?i)^\\s*(SRID=\\d+;)?\\s*(POINT|LINESTRING|POLYGON|MULTIPOINT|MULTILINESTRING|MULTIPOLYGON|GEOMETRYCOLLECTION)\\b.*",
            Pattern.DOTALL);

    static Optional<GeometryColumns> detect(List<String> header, List<Table.Row> rows) {
        String lat = named(header, LATITUDE);
        String lon = named(header, LONGITUDE);
        if (lat != null && lon != null) return Optional.of(new GeometryColumns(lat, lon, null));
        String y = named(header, Y);
        String x = named(header, X);
        if (y != null && x != null) return Optional.of(new GeometryColumns(y, x, null));
        String wkt = named(header, WKT);
        if (wkt != null) return Optional.of(new GeometryColumns(null, null, wkt));
        for (int c = 0; c < header.size(); c++) {
            int column = c;
            Object first = rows.stream().map(r -> r.cell(column)).filter(v -> v != null && !v.toString().isBlank())
                    .findFirst().orElse(null);
            if (first instanceof String s && WKT_VALUE.matcher(s).matches()) return Optional.of(new GeometryColumns(null, null, header.get(c)));
        }
        return Optional.empty();
    }

    boolean isWkt() {
        return wkt != null;
    }

    List<String> columns() {
        return isWkt() ? List.of(wkt) : List.of(latitude, longitude);
    }

    @Override
    public String toString() {
        return isWkt() ? "WKT from column " + wkt : "points from columns " + latitude + " (latitude) and " + longitude + " (longitude)";
    }

    private static String named(List<String> header, Set<String> names) {
        for (String h : header) if (names.contains(normalised(h))) return h;
        return null;
    }

    /** "Latitude, °" → "latitude", "LAT_DD" → "latdd". */
    private static String normalised(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }
}
