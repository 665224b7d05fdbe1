package kz.aumaq.gis.demo;

import java.util.List;
import java.util.Optional;
import kz.aumaq.gis.unit.AdminUnit;
import kz.aumaq.gis.unit.Kato;
import kz.aumaq.gis.unit.Level;

/**
 * A generated, plausible Kazakhstan: every administrative unit, top down (country, regions,
 * districts, okrugs, settlements). The starting point for other demo data (indicators,
 * investment sites, …), which should be derived from it with the same {@link #seed()}.
 */
public record DemoTerritory(long seed, List<AdminUnit> units) {

    public DemoTerritory {
        units = List.copyOf(units);
    }

    public AdminUnit country() {
        return units.get(0);
    }

    public List<AdminUnit> byLevel(Level level) {
        return units.stream().filter(u -> u.level() == level).toList();
    }

    public Optional<AdminUnit> byKato(Kato kato) {
        return units.stream().filter(u -> u.kato().equals(kato)).findFirst();
    }

    public List<AdminUnit> childrenOf(Kato parent) {
        return units.stream().filter(u -> parent.equals(u.parentKato())).toList();
    }

    public int size() {
        return units.size();
    }
}
