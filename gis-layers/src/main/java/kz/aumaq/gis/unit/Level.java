package kz.aumaq.gis.unit;

import java.util.Locale;
import java.util.Optional;

/** Tiers of Kazakhstan's administrative-territorial structure, top down. */
public enum Level {
    COUNTRY, REGION, DISTRICT, OKRUG, SETTLEMENT;

    /** The lower-case code used in the API and the database. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Depth below the country (country = 0). */
    public int depth() {
        return ordinal();
    }

    public Optional<Level> parent() {
        return this == COUNTRY ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    /** Settlements are points; every other level is an area. */
    public boolean isPoint() {
        return this == SETTLEMENT;
    }

    public static Optional<Level> fromCode(String code) {
        if (code == null) return Optional.empty();
        for (Level l : values()) if (l.code().equals(code.trim().toLowerCase(Locale.ROOT))) return Optional.of(l);
        return Optional.empty();
    }
}
