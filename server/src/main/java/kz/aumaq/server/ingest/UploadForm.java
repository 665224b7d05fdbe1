package kz.aumaq.server.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.aumaq.gis.unit.Level;
import kz.aumaq.ingest.source.ReadOptions;
import kz.aumaq.ingest.units.UnitFieldMapping;
import kz.aumaq.ingest.units.UnitLoadOptions;
import kz.aumaq.server.api.ApiException;
import org.springframework.http.HttpStatus;

/**
 * The fields sent with an upload, checked as the command line checks its arguments. {@code validFrom},
 * {@code map} and {@code crs} are null when not given.
 */
record UploadForm(String fileName, String target, Level level, LocalDate validFrom, String map, String crs, String user) {

    static UploadForm parse(String fileName, String target, String level, String validFrom, String map, String crs, String user) {
        String t = blankToNull(target) == null ? "units" : target.trim();
        if (t.equals("layer") || t.equals("values")) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "target", "target " + t + " is not yet supported (only units so far)");
        }
        if (!t.equals("units")) throw new ApiException(HttpStatus.BAD_REQUEST, "target", "target must be units, layer or values, got '" + t + "'");
        Level l = Level.fromCode(level == null ? "" : level).filter(x -> x != Level.COUNTRY).orElseThrow(() ->
                new ApiException(HttpStatus.BAD_REQUEST, "level", "level must be region, district, okrug or settlement, got '" + level + "'"));
        LocalDate from;
        try {
            from = blankToNull(validFrom) == null ? null : LocalDate.parse(validFrom.trim());
        } catch (DateTimeParseException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "validFrom", "validFrom must be YYYY-MM-DD, got '" + validFrom + "'");
        }
        String m = blankToNull(map);
        try {
            if (m != null) m = UnitFieldMapping.parse(m).toString();
        } catch (IllegalArgumentException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "map", e.getMessage());
        }
        return new UploadForm(fileName, t, l, from, m, blankToNull(crs), blankToNull(user));
    }

    UnitLoadOptions unitOptions() {
        return new UnitLoadOptions(level, validFrom == null ? LocalDate.now() : validFrom, UnitFieldMapping.parse(map));
    }

    /** What makes two runs "the same", as the command line records it: only what the user gave. */
    Map<String, String> recorded() {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("valid-from", validFrom == null ? null : validFrom.toString());
        r.put("map", map);
        r.put("crs", crs);
        return r;
    }

    ReadOptions readOptions() {
        return crs == null ? ReadOptions.DEFAULT : ReadOptions.DEFAULT.withCrs(crs);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
