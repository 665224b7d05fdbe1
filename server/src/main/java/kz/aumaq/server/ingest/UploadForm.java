package kz.aumaq.server.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import kz.aumaq.gis.unit.Level;
import kz.aumaq.ingest.job.RecordedOptions;
import kz.aumaq.ingest.layer.LayerLoadOptions;
import kz.aumaq.ingest.source.ReadOptions;
import kz.aumaq.ingest.units.UnitFieldMapping;
import kz.aumaq.ingest.units.UnitLoadOptions;
import kz.aumaq.ingest.values.ValueLoadOptions;
import kz.aumaq.server.api.ApiException;
import org.springframework.http.HttpStatus;

/**
 * The fields sent with an upload, checked as the command line checks its arguments. What a target
 * does not use is null: {@code level} for a layer; {@code layer} unless the target is a layer;
 * {@code indicator} unless it is values; {@code validFrom}, {@code map} and {@code crs} when not given.
 * Who uploads is not a field: it is the signed-in user.
 */
record UploadForm(String fileName, String target, Level level, LocalDate validFrom, String map, String crs,
                  String layer, String indicator, boolean acceptSuggestions) {

    /** The request's fields by name, as sent (null when absent). */
    static UploadForm parse(String fileName, Map<String, String> fields) {
        String t = blankToNull(fields.get("target")) == null ? "units" : fields.get("target").trim();
        if (!t.equals("units") && !t.equals("layer") && !t.equals("values")) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "target", "target must be units, layer or values, got '" + t + "'");
        }
        String levelText = blankToNull(fields.get("level"));
        Level level = null;
        if (t.equals("units") || levelText != null) {
            level = Level.fromCode(levelText == null ? "" : levelText.trim()).filter(x -> x != Level.COUNTRY).orElseThrow(() ->
                    new ApiException(HttpStatus.BAD_REQUEST, "level", "level must be region, district, okrug or settlement, got '"
                            + (levelText == null ? "" : levelText) + "'"));
        }
        if (t.equals("values") && level == null) level = Level.REGION;
        if (t.equals("layer")) level = null;
        String validFrom = fields.get("validFrom");
        LocalDate from;
        try {
            from = blankToNull(validFrom) == null ? null : LocalDate.parse(validFrom.trim());
        } catch (DateTimeParseException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "validFrom", "validFrom must be YYYY-MM-DD, got '" + validFrom + "'");
        }
        String m = blankToNull(fields.get("map"));
        try {
            if (m != null) m = UnitFieldMapping.parse(m).toString();
        } catch (IllegalArgumentException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "map", e.getMessage());
        }
        String layer = t.equals("layer") ? required(fields, "layer", "the layer's name") : null;
        if (layer != null) {
            try {
                layer = new LayerLoadOptions(layer.trim(), null).name();
            } catch (IllegalArgumentException e) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "layer", e.getMessage());
            }
        }
        String indicator = t.equals("values") ? required(fields, "indicator", "the indicator's code") : null;
        if (indicator != null) {
            try {
                indicator = new ValueLoadOptions(indicator, Level.REGION, false).indicator();
            } catch (IllegalArgumentException e) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "indicator", e.getMessage());
            }
        }
        boolean accept = Boolean.parseBoolean(blankToNull(fields.get("acceptSuggestions")) == null ? "false" : fields.get("acceptSuggestions").trim());
        return new UploadForm(fileName, t, level, from, m, blankToNull(fields.get("crs")), layer, indicator, t.equals("values") && accept);
    }

    /** Indicator values are data entry's too; boundaries and layers only the GIS team's. */
    boolean values() {
        return target.equals("values");
    }

    UnitLoadOptions unitOptions() {
        return new UnitLoadOptions(level, validFrom == null ? LocalDate.now() : validFrom, UnitFieldMapping.parse(map));
    }

    LayerLoadOptions layerOptions() {
        return new LayerLoadOptions(layer, null);
    }

    ValueLoadOptions valueOptions() {
        return new ValueLoadOptions(indicator, level, acceptSuggestions);
    }

    /** The level's code, or null for a layer. */
    String levelCode() {
        return level == null ? null : level.code();
    }

    /** What makes two runs "the same", recorded exactly as the command line records it. */
    Map<String, String> recorded() {
        return switch (target) {
            case "layer" -> RecordedOptions.layer(layer, crs);
            case "values" -> RecordedOptions.values(indicator, acceptSuggestions, crs);
            default -> RecordedOptions.units(validFrom == null ? null : validFrom.toString(), map == null ? null : UnitFieldMapping.parse(map), crs);
        };
    }

    ReadOptions readOptions() {
        return crs == null ? ReadOptions.DEFAULT : ReadOptions.DEFAULT.withCrs(crs);
    }

    private static String required(Map<String, String> fields, String name, String what) {
        String v = blankToNull(fields.get(name));
        if (v == null) throw new ApiException(HttpStatus.BAD_REQUEST, name, name + " (" + what + ") is required for this target");
        return v;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
