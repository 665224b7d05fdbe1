package kz.aumaq.ingest.units;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.aumaq.gis.unit.Level;
import kz.aumaq.ingest.report.Findings;
import kz.aumaq.ingest.report.Severity;
import kz.aumaq.ingest.source.SourceField;

/**
 * Works out the {@link UnitFieldMapping} of a file: the user's explicit entries, and for the rest
 * the fields of known schemas. geokz and HDX COD boundaries name fields by level ({@code ADM1_*}
 * regions, {@code ADM2_*} districts…) beside a {@code KATO} field; geoBoundaries has
 * {@code shapeName} (English) and no KATO at all, so such a file needs {@code kato=FIELD}.
 */
final class UnitSchemas {

    static final List<String> KATO_FIELDS = List.of("KATO", "KATO_CODE", "KATO_ID", "CODE_KATO", "КАТО", "KATO_TE");
    private static final List<String> KK_FIELDS = List.of("NAME_KK", "NAME_KZ", "NAMEKK", "NAME_KAZ");
    private static final List<String> RU_FIELDS = List.of("NAME_RU", "NAMERU", "NAME_RUS");
    private static final List<String> EN_FIELDS = List.of("NAME_EN", "NAMEEN", "NAME_ENG");
    private static final List<String> PARENT_FIELDS = List.of("PARENT_KATO", "KATO_PARENT", "PARENT");
    private static final List<String> KIND_FIELDS = List.of("KIND");

    private UnitSchemas() {
    }

    /** The mapping to use, or null after recording in {@code findings} why there is none. */
    static UnitFieldMapping resolve(List<SourceField> fields, Level level, UnitFieldMapping explicit, Findings findings) {
        Map<String, String> byUpper = new LinkedHashMap<>();
        for (SourceField f : fields) byUpper.putIfAbsent(f.name().toUpperCase(Locale.ROOT), f.name());

        List<String> unknown = new ArrayList<>();
        Map<String, String> given = new LinkedHashMap<>();
        explicit.entries().forEach((key, field) -> {
            String actual = byUpper.get(field.toUpperCase(Locale.ROOT));
            if (actual == null) unknown.add(key + "=" + field);
            else given.put(key, actual);
        });
        if (!unknown.isEmpty()) {
            String message = "the field mapping names fields the file does not have; it has: " + String.join(", ", byUpper.values());
            unknown.forEach(u -> findings.add(Severity.ERROR, "unknown-field", message, u));
            return null;
        }

        String schema = "generic";
        String adm = "ADM" + level.depth() + "_";
        UnitFieldMapping detected;
        if (byUpper.containsKey(adm + "KK") || byUpper.containsKey(adm + "RU") || byUpper.containsKey(adm + "EN")) {
            schema = "geokz/HDX COD (" + adm + "* fields)";
            detected = new UnitFieldMapping(any(byUpper, KATO_FIELDS), byUpper.get(adm + "KK"), byUpper.get(adm + "RU"),
                    byUpper.get(adm + "EN"), any(byUpper, PARENT_FIELDS), any(byUpper, KIND_FIELDS));
        } else if (byUpper.containsKey("SHAPENAME")) {
            schema = "geoBoundaries";
            detected = new UnitFieldMapping(any(byUpper, KATO_FIELDS), null, null, byUpper.get("SHAPENAME"), null, null);
        } else {
            detected = new UnitFieldMapping(any(byUpper, KATO_FIELDS), any(byUpper, KK_FIELDS), any(byUpper, RU_FIELDS),
                    any(byUpper, EN_FIELDS), any(byUpper, PARENT_FIELDS), any(byUpper, KIND_FIELDS));
        }
        UnitFieldMapping m = detected.overriddenBy(new UnitFieldMapping(given.get("kato"), given.get("name_kk"), given.get("name_ru"),
                given.get("name_en"), given.get("parent"), given.get("kind")));

        boolean ok = true;
        if (m.kato() == null) {
            String why = schema.equals("geoBoundaries")
                    ? "geoBoundaries files carry no KATO code (shapeISO and shapeID are not KATO codes)"
                    : "no KATO field found (looked for " + String.join(", ", KATO_FIELDS) + ")";
            findings.add(Severity.ERROR, "no-kato-field", why + "; name the field holding the 9-digit KATO with --map kato=FIELD."
                    + " The file's fields: " + String.join(", ", byUpper.values()), null);
            ok = false;
        }
        if (!m.hasName()) {
            findings.add(Severity.ERROR, "no-name-field", "no name field found for a " + level.code()
                    + "; name one with --map name_kk=FIELD, name_ru=FIELD or name_en=FIELD", null);
            ok = false;
        }
        if (!ok) return null;
        findings.add(Severity.INFO, "field-mapping", "fields used: " + m + " (schema: " + schema
                + (given.isEmpty() ? "" : "; given: " + String.join(",", given.keySet())) + ")", null);
        return m;
    }

    private static String any(Map<String, String> byUpper, List<String> candidates) {
        for (String c : candidates) if (byUpper.containsKey(c)) return byUpper.get(c);
        return null;
    }
}
