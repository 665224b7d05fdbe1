package kz.aumaq.ingest.units;

import java.time.LocalDate;
import java.util.Objects;
import kz.aumaq.gis.unit.Level;

/**
 * What the user says about an admin-units load.
 *
 * @param validFrom first day the file's boundaries are valid
 * @param mapping   explicit field mapping ({@link UnitFieldMapping#NONE}: detect everything)
 */
public record UnitLoadOptions(Level level, LocalDate validFrom, UnitFieldMapping mapping) {

    public UnitLoadOptions {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(validFrom, "validFrom");
        if (level == Level.COUNTRY) throw new IllegalArgumentException("the country is not loaded from a file; load regions");
        if (mapping == null) mapping = UnitFieldMapping.NONE;
    }
}
