package kz.aumaq.gis.territory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.aumaq.gis.unit.AdminUnit;
import kz.aumaq.gis.unit.AdminUnitRepository;
import kz.aumaq.gis.unit.Kato;

/**
 * The one territorial check every write goes through ({@code AdminUnitWriter}, the indicator
 * value store, ingest reports): may the current actor change these units, or data keyed by these
 * KATO codes? Units are judged by their materialized paths; a code by the paths of all its stored
 * versions (a unit moved in from a neighbour's subtree stays the neighbour's history too), and a
 * code nobody has stored only by an unrestricted actor.
 */
public class TerritoryGuard {

    private final AdminUnitRepository units;
    private final CurrentActor current;

    public TerritoryGuard(AdminUnitRepository units, CurrentActor current) {
        this.units = units;
        this.current = current;
    }

    /** The actor writing right now. */
    public Actor actor() {
        return current.get();
    }

    /** One problem per unit (with its path filled in) outside the actor's territory; empty when all are inside. */
    public List<String> outside(Collection<AdminUnit> written) {
        Actor actor = current.get();
        if (actor.scope().isEverywhere()) return List.of();
        Set<String> problems = new LinkedHashSet<>();
        for (AdminUnit u : written) {
            if (!actor.scope().contains(u)) problems.add(problem(actor, u.kato().code()));
        }
        return List.copyOf(problems);
    }

    /** One problem per KATO code whose unit is outside the actor's territory (or not stored at all). */
    public List<String> outsideCodes(Collection<String> katos) {
        Actor actor = current.get();
        if (actor.scope().isEverywhere()) return List.of();
        Set<Kato> wanted = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        for (String code : new LinkedHashSet<>(katos)) {
            if (Kato.isWellFormed(code)) wanted.add(Kato.of(code));
            else problems.add(problem(actor, code));
        }
        Map<Kato, Boolean> inside = new HashMap<>();
        if (actor.scope().root().isPresent() && !wanted.isEmpty()) {
            for (AdminUnit v : units.versionsOf(wanted)) inside.merge(v.kato(), actor.scope().contains(v), Boolean::logicalAnd);
        }
        for (Kato k : wanted) if (!inside.getOrDefault(k, false)) problems.add(problem(actor, k.code()));
        return List.copyOf(problems);
    }

    /** Refuses the write when any unit is outside. */
    public void requireInside(Collection<AdminUnit> written) {
        List<String> problems = outside(written);
        if (!problems.isEmpty()) throw new OutOfScopeException(problems);
    }

    /** Refuses the write when any code is outside. */
    public void requireInsideCodes(Collection<String> katos) {
        List<String> problems = outsideCodes(katos);
        if (!problems.isEmpty()) throw new OutOfScopeException(problems);
    }

    private static String problem(Actor actor, String kato) {
        if (actor.scope().root().isEmpty()) return "unit " + kato + ": sign in to change data";
        return "unit " + kato + " is outside the territory " + actor.scope() + " of " + actor.name();
    }
}
