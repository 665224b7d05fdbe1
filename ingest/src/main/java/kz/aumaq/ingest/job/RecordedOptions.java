package kz.aumaq.ingest.job;

import java.util.LinkedHashMap;
import java.util.Map;
import kz.aumaq.ingest.units.UnitFieldMapping;

/**
 * What a job records of its options, by target: only what the user gave (a default date would
 * differ daily), in one form for the command line and the web, so a file loaded one way is
 * recognised as "unchanged" when it comes again the other way.
 */
public final class RecordedOptions {

    private RecordedOptions() {
    }

    /** @param validFrom as given, or null; @param mapping as given, or null */
    public static Map<String, String> units(String validFrom, UnitFieldMapping mapping, String crs) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("valid-from", validFrom);
        r.put("map", mapping == null ? null : mapping.toString());
        r.put("crs", crs);
        return r;
    }

    public static Map<String, String> values(String indicator, boolean acceptSuggestions, String crs) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("indicator", indicator);
        r.put("accept-suggestions", acceptSuggestions ? "true" : null);
        r.put("crs", crs);
        return r;
    }

    public static Map<String, String> layer(String name, String crs) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("layer", name);
        r.put("crs", crs);
        return r;
    }
}
