package kz.aumaq.gis.style;

import java.util.Locale;
import java.util.Optional;

/** The well-known point marks of SLD. */
public enum Mark {
    CIRCLE, SQUARE, TRIANGLE, STAR, CROSS;

    public String wellKnownName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Mark> fromWellKnownName(String name) {
        if (name == null) return Optional.empty();
        for (Mark m : values()) if (m.wellKnownName().equalsIgnoreCase(name.trim())) return Optional.of(m);
        return Optional.empty();
    }
}
