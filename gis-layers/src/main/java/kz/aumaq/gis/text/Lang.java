package kz.aumaq.gis.text;

import java.util.Locale;
import java.util.Optional;

/** The three languages of the UI, names and services. Kazakh is the default, as the state language. */
public enum Lang {
    KK, RU, EN;

    public static final Lang DEFAULT = KK;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language for a code such as {@code kk}, {@code ru-RU} or {@code EN}; empty if unknown. */
    public static Optional<Lang> fromCode(String code) {
        if (code == null || code.isBlank()) return Optional.empty();
        String c = code.trim().toLowerCase(Locale.ROOT);
        if (c.length() > 2 && (c.charAt(2) == '-' || c.charAt(2) == '_')) c = c.substring(0, 2);
        for (Lang l : values()) if (l.code().equals(c)) return Optional.of(l);
        return Optional.empty();
    }
}
