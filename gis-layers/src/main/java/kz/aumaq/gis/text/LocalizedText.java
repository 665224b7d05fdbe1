package kz.aumaq.gis.text;

import java.util.LinkedHashMap;
import java.util.Map;

/** A text in Kazakh, Russian and English; a missing language falls back to another one. */
public record LocalizedText(String kk, String ru, String en) {

    public static final LocalizedText EMPTY = new LocalizedText(null, null, null);

    public LocalizedText {
        kk = blankToNull(kk);
        ru = blankToNull(ru);
        en = blankToNull(en);
    }

    /** The same text in all three languages (codes, numbers, proper names written alike). */
    public static LocalizedText of(String all) {
        return new LocalizedText(all, all, all);
    }

    /** The text in {@code lang}, else Russian, English, Kazakh; empty string when there is none. */
    public String in(Lang lang) {
        String wanted = switch (lang) {
            case KK -> kk;
            case RU -> ru;
            case EN -> en;
        };
        if (wanted != null) return wanted;
        if (ru != null) return ru;
        if (en != null) return en;
        return kk == null ? "" : kk;
    }

    public boolean isEmpty() {
        return kk == null && ru == null && en == null;
    }

    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        if (kk != null) m.put("kk", kk);
        if (ru != null) m.put("ru", ru);
        if (en != null) m.put("en", en);
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
