package kz.aumaq.ingest.units;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which field of a file holds what an administrative unit needs. Any entry may be null: given
 * explicitly ({@code kato=KATO,name_ru=ADM2_RU}) it wins, the rest is detected from the file's
 * schema (see {@link UnitSchemas}).
 *
 * @param parentKato field with the parent's KATO; without it the parent follows from the KATO
 * @param kind       field with the unit's kind; without it the kind follows from KATO rules
 */
public record UnitFieldMapping(String kato, String nameKk, String nameRu, String nameEn, String parentKato, String kind) {

    public static final UnitFieldMapping NONE = new UnitFieldMapping(null, null, null, null, null, null);
    static final List<String> KEYS = List.of("kato", "name_kk", "name_ru", "name_en", "parent", "kind");

    /** Parses {@code key=FIELD,…} with the keys of {@link #KEYS}; blank means {@link #NONE}. */
    public static UnitFieldMapping parse(String spec) {
        Map<String, String> m = new LinkedHashMap<>();
        if (spec != null && !spec.isBlank()) {
            for (String pair : spec.split(",")) {
                int eq = pair.indexOf('=');
                if (eq <= 0 || eq == pair.length() - 1) {
                    throw new IllegalArgumentException("mapping entries are key=FIELD, got '" + pair.strip() + "'");
                }
                String key = pair.substring(0, eq).strip().toLowerCase(Locale.ROOT).replace('-', '_');
                if (key.equals("parent_kato")) key = "parent";
                if (!KEYS.contains(key)) {
                    throw new IllegalArgumentException("unknown mapping key '" + key + "'; known keys: " + String.join(", ", KEYS));
                }
                if (m.put(key, pair.substring(eq + 1).strip()) != null) {
                    throw new IllegalArgumentException("mapping key '" + key + "' given twice");
                }
            }
        }
        return new UnitFieldMapping(m.get("kato"), m.get("name_kk"), m.get("name_ru"), m.get("name_en"), m.get("parent"), m.get("kind"));
    }

    /** This mapping with every entry {@code explicit} names replaced by it. */
    public UnitFieldMapping overriddenBy(UnitFieldMapping explicit) {
        return new UnitFieldMapping(first(explicit.kato, kato), first(explicit.nameKk, nameKk), first(explicit.nameRu, nameRu),
                first(explicit.nameEn, nameEn), first(explicit.parentKato, parentKato), first(explicit.kind, kind));
    }

    public boolean hasName() {
        return nameKk != null || nameRu != null || nameEn != null;
    }

    /** The entries that are set, by key, in {@link #KEYS} order. */
    public Map<String, String> entries() {
        Map<String, String> m = new LinkedHashMap<>();
        List<String> values = new ArrayList<>(java.util.Arrays.asList(kato, nameKk, nameRu, nameEn, parentKato, kind));
        for (int i = 0; i < KEYS.size(); i++) if (values.get(i) != null) m.put(KEYS.get(i), values.get(i));
        return m;
    }

    /** {@code kato=KATO,name_ru=ADM2_RU}: the form {@link #parse} reads. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        entries().forEach((k, v) -> s.append(s.length() == 0 ? "" : ",").append(k).append('=').append(v));
        return s.toString();
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
