package kz.aumaq.server.security;

import java.util.Locale;
import java.util.Optional;

/**
 * What a user may do. Anonymous visitors have no role: they read public data only.
 * Every role may see restricted layers; writes are checked against the user's territory too.
 */
public enum Role {
    /** Everything, everywhere: users, audit trail, all data. */
    ADMIN,
    /** Layers, styles, tile cache, boundaries and ingest. */
    GIS_EDITOR,
    /** Plans and targets (later issues). */
    PLANNER,
    /** Indicator values. */
    DATA_ENTRY,
    /** Reads restricted data, changes nothing. */
    VIEWER;

    /** The Spring Security authority, {@code ROLE_ADMIN}… */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<Role> parse(String text) {
        if (text == null) return Optional.empty();
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
