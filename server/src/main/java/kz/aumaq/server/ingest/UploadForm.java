package kz.aumaq.server.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.aumaq.gis.unit.Level;
import kz.aumaq.ingest.source.ReadOptions;
import kz.aumaq.ingest.units.UnitFieldMapping;
import kz.aumaq.ingest.units.UnitLoadOptions;
import kz.aumaq.ingest.values.ValueLoadOptions;
import kz.aumaq.server.api.ApiException;
import org.springframework.http.HttpStatus;

/**
 * The fields sent with an upload, checked as the command line checks its arguments. {@code validFrom},
 * {@code map}, {@code crs} and (for units) {@code indicator} are null when not given. Targets: {@code units}
 * (boundaries) and {@code values} (an indicator table; {@code level} defaults to region there).
 */
record UploadForm(String fileName, String target, Level level, LocalDate validFrom, String map, String crs, String indicator,
                  boolean acceptSuggestions) {

    static UploadForm parse(String fileName, String target, String level, String validFrom, String map, String crs, String indicator,
                            boolean acceptSuggestions) {
        String t = blankToNull(target) == null ? "units" : target.trim();
        if (t.equals("layer")) throw new ApiException(HttpStatus.BAD_REQUEST, "target", "target layer is not yet supported over the web (units, values)");
        if (!t.equals("units") && !t.equals("values")) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "target", "target must be units, layer or values, got '" + t + "'");
        }
        boolean values = t.equals("values");
        String ind = blankToNull(indicator);
        if (values && ind == null) throw new ApiException(HttpStatus.BAD_REQUEST, "indicator", "an indicator code is required for target values");
        String levelCode = values && blankToNull(level) == null ? "region" : level;
        Level l = Level.fromCode(levelCode == null ? "" : levelCode).filter(x -> x != Level.COUNTRY).orElseThrow(() ->
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
        return new UploadForm(fileName, t, l, from, m, blankToNull(crs), values ? ind : null, values && acceptSuggestions);
    }

    boolean values() {
        return target.equals("values");
    }

    UnitLoadOptions unitOptions() {
        return new UnitLoadOptions(level, validFrom == null ? LocalDate.now() : validFrom, UnitFieldMapping.parse(map));
    }

    ValueLoadOptions valueOptions() {
        return new ValueLoadOptions(indicator, level, acceptSuggestions);
    }

    /** What makes two runs "the same", as the command line records it: only what the user gave. */
    Map<String, String> recorded() {
        Map<String, String> r = new LinkedHashMap<>();
        if (values()) {
            r.put("indicator", indicator);
            r.put("accept-suggestions", acceptSuggestions ? "true" : null);
        } else {
            r.put("valid-from", validFrom == null ? null : validFrom.toString());
            r.put("map", map);
        }
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
