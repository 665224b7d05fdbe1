package kz.aumaq.ingest.values;

import java.util.Objects;
import kz.aumaq.gis.unit.Level;

/**
 * How a table of values is loaded.
 *
 * @param indicator         the indicator's code, e.g. {@code POP_TOTAL}
 * @param level             the level whose names a name column is matched against
 * @param acceptSuggestions load rows whose name only nearly matched, with the suggested unit
 */
public record ValueLoadOptions(String indicator, Level level, boolean acceptSuggestions) {

    public ValueLoadOptions {
        Objects.requireNonNull(level, "level");
        if (indicator == null || indicator.isBlank()) throw new IllegalArgumentException("an indicator code is required");
        indicator = indicator.strip();
        if (indicator.length() > 64) throw new IllegalArgumentException("indicator code longer than 64 characters");
    }
}
