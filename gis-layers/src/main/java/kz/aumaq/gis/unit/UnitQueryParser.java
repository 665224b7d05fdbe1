package kz.aumaq.gis.unit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;

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
        Envelope bbox = parseBbox(params.get("bbox"));
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

    private static Envelope parseBbox(String value) {
        if (blank(value)) return null;
        String[] parts = value.split(",");
        if (parts.length != 4) {
            throw new InvalidParameterException("bbox", "bbox must be minLon,minLat,maxLon,maxLat (4 numbers), got '" + value + "'");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new InvalidParameterException("bbox", "bbox value '" + parts[i].trim() + "' is not a number");
            }
            if (!Double.isFinite(v[i])) throw new InvalidParameterException("bbox", "bbox values must be finite numbers");
        }
        if (v[0] < -180 || v[2] > 180 || v[1] < -90 || v[3] > 90) {
            throw new InvalidParameterException("bbox", "bbox is outside lon -180..180, lat -90..90 (EPSG:4326, lon/lat order)");
        }
        if (v[0] > v[2] || v[1] > v[3]) {
            throw new InvalidParameterException("bbox", "bbox minimum exceeds maximum: expected minLon,minLat,maxLon,maxLat");
        }
        return new Envelope(v[0], v[2], v[1], v[3]);
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
