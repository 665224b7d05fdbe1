package kz.aumaq.gis.unit;

import java.util.Locale;

/** A unit's name in Kazakh, Russian and English; any may be missing and falls back sensibly. */
public record UnitNames(String kk, String ru, String en) {

    public UnitNames {
        kk = blankToNull(kk);
        ru = blankToNull(ru);
        en = blankToNull(en);
        if (kk == null && ru == null && en == null) {
            throw new IllegalArgumentException("a unit needs a name in at least one of kk, ru, en");
        }
    }

    /** The name in {@code lang} (kk, ru or en), else the first present of kk, ru, en. */
    public String in(String lang) {
        String wanted = switch (lang == null ? "kk" : lang.toLowerCase(Locale.ROOT)) {
            case "ru" -> ru;
            case "en" -> en;
            default -> kk;
        };
        if (wanted != null) return wanted;
        return kk != null ? kk : ru != null ? ru : en;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
