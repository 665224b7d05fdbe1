package kz.aumaq.gis.unit;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stored unit version, named by its KATO and first day, that ends (exclusive) on {@code validTo}:
 * what a versioned write closes, and what a caller asks to retire.
 */
public record ClosedVersion(Kato kato, LocalDate validFrom, LocalDate validTo) {

    public ClosedVersion {
        Objects.requireNonNull(kato, "kato");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
    }
}
