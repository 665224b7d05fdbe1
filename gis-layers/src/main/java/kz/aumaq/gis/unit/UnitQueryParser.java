package kz.aumaq.gis.unit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import kz.aumaq.gis.geom.LonLatBox;

/**
 * Turns raw request parameters into a {@link UnitQuery}, validating every one of them.
 * Never touches the database: a request is rejected before any work is done.
 */
public final class UnitQueryParser {

    public static final int MAX_ZOOM = 24;
    private static final int MAX_TEXT = 200;
    private final Clock clock;

    public UnitQueryParser(Clock clock) {
        this.clock = clock;
    }

    public UnitQuery parse(Map<String, String> params) {
        Level level = parseLevel(params.get("level"));
        Kato parent = blank(params.get("parent")) ? null : parseKato("parent", params.get("parent"));
        LonLatBox bbox = parseBbox(params.get("bbox"));
        LocalDate date = parseDate(params.get("date"));
        String text = parseText(params.get("q"));
        int limit = parseInt("limit", params.get("limit"), UnitQuery.DEFAULT_LIMIT, 0, UnitQuery.MAX_LIMIT);
        int offset = parseInt("offset", params.get("offset"), 0, 0, Integer.MAX_VALUE);
        Integer zoom = blank(params.get("zoom")) ? null : parseInt("zoom", params.get("zoom"), 0, 0, MAX_ZOOM);
        return new UnitQuery(level, parent, bbox, date, text, limit, offset, zoom);
    }

    public LocalDate parseDate(String value) {
        if (blank(value)) return LocalDate.now(clock);
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException("date", "date must be an ISO date YYYY-MM-DD, got '" + value + "'");
        }
    }

    public static Kato parseKato(String parameter, String value) {
        String v = value == null ? "" : value.trim();
        if (!Kato.isWellFormed(v)) {
            throw new InvalidParameterException(parameter, parameter + " must be a KATO code of exactly 9 digits, got '" + value + "'");
        }
        return new Kato(v);
    }

    private static Level parseLevel(String value) {
        if (blank(value)) return null;
        return Level.fromCode(value).orElseThrow(() -> new InvalidParameterException("level",
                "level must be one of " + Arrays.stream(Level.values()).map(Level::code).toList() + ", got '" + value + "'"));
    }

    private static LonLatBox parseBbox(String value) {
        if (blank(value)) return null;
        try {
            return LonLatBox.parse(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("bbox", e.getMessage() + " (EPSG:4326 in lon/lat order; a west edge east of the east edge crosses the antimeridian)");
        }
    }

    private static String parseText(String value) {
        if (blank(value)) return null;
        String t = value.strip();
        if (t.length() > MAX_TEXT) throw new InvalidParameterException("q", "q must be at most " + MAX_TEXT + " characters");
        return t;
    }

    private static int parseInt(String name, String value, int dflt, int min, int max) {
        if (blank(value)) return dflt;
        int n;
        try {
            n = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, name + " must be an integer, got '" + value + "'");
        }
        if (n < min || n > max) throw new InvalidParameterException(name, name + " must be between " + min + " and " + max + ", got " + n);
        return n;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
