package kz.aumaq.ingest.units;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.aumaq.gis.unit.AdminUnit;
import kz.aumaq.gis.unit.AdminUnitRepository;
import kz.aumaq.gis.unit.ClosedVersion;
import kz.aumaq.gis.unit.Kato;
import kz.aumaq.ingest.report.Findings;
import kz.aumaq.ingest.report.Severity;

/**
 * Fits a file's units into the stored history. A boundary file is a snapshot: the units of its
 * level under its parents, as of its valid-from date, until the next snapshot. So:
 * <ul>
 *   <li>a unit whose KATO has a current version that started earlier supersedes it (the writer
 *       closes that version on the new date);</li>
 *   <li>a unit whose KATO has a later version stored ends where that version begins (an older
 *       snapshot loaded after a newer one);</li>
 *   <li>any other unit ends where the level's next stored snapshot under the same parents begins,
 *       if there is one (a unit that had ceased to exist by then, like a district merged away);</li>
 *   <li>current units of the level under the same parents that started earlier and are not in the
 *       file are retired on the new date (they ceased to exist); the writer refuses this while
 *       their own children are still current, and the report lists them first in a dry run;</li>
 *   <li>a version starting on the same day as a stored one is an error: it was loaded already.</li>
 * </ul>
 * Parents are the resolved parents of the file's units, so a file with the districts of one
 * region replaces that region's districts only.
 */
final class SnapshotVersions {

    record Fitted(List<AdminUnit> units, List<ClosedVersion> retire) {
    }

    private SnapshotVersions() {
    }

    static Fitted fit(List<AdminUnit> units, LocalDate from, AdminUnitRepository repository, Findings findings) {
        if (units.isEmpty()) return new Fitted(units, List.of());
        Set<Kato> katos = new HashSet<>();
        Set<Kato> parents = new HashSet<>();
        for (AdminUnit u : units) {
            katos.add(u.kato());
            if (u.parentKato() != null) parents.add(u.parentKato());
        }
        Map<Kato, List<AdminUnit>> stored = new HashMap<>();
        for (AdminUnit v : repository.versionsOf(katos)) stored.computeIfAbsent(v.kato(), k -> new ArrayList<>()).add(v);
        List<AdminUnit> siblings = repository.childrenOf(parents).stream().filter(s -> s.level() == units.get(0).level()).toList();
        LocalDate nextSnapshot = null;
        for (AdminUnit s : siblings) {
            if (s.validFrom().isAfter(from) && (nextSnapshot == null || s.validFrom().isBefore(nextSnapshot))) nextSnapshot = s.validFrom();
        }

        List<AdminUnit> fitted = new ArrayList<>(units.size());
        for (AdminUnit u : units) {
            List<AdminUnit> versions = stored.getOrDefault(u.kato(), List.of());
            AdminUnit sameDay = versions.stream().filter(v -> v.validFrom().equals(from)).findFirst().orElse(null);
            if (sameDay != null) {
                findings.add(Severity.ERROR, "version-exists", "units that already have a version from " + from
                        + " (loaded before?); a re-run of the same file with the same options changes nothing",
                        u.kato() + " (source " + sameDay.source() + ")");
                continue;
            }
            LocalDate next = versions.stream().map(AdminUnit::validFrom).filter(d -> d.isAfter(from)).min(LocalDate::compareTo).orElse(null);
            boolean supersedes = versions.stream().anyMatch(v -> v.validTo() == null && v.validFrom().isBefore(from));
            if (next != null) {
                findings.add(Severity.INFO, "older-version", "units that load as older versions, ending where their stored newer version begins", u.kato() + " until " + next);
                fitted.add(u.withValidTo(next));
            } else if (supersedes) {
                findings.add(Severity.INFO, "version-superseded", "stored current versions closed on " + from + ", superseded by this file's", u.kato().code());
                fitted.add(u);
            } else if (nextSnapshot != null) {
                findings.add(Severity.INFO, "ends-at-next-snapshot", "units without a newer version of their own, ending where the level's next stored snapshot begins ("
                        + nextSnapshot + ")", u.kato().code());
                fitted.add(u.withValidTo(nextSnapshot));
            } else {
                fitted.add(u);
            }
        }

        List<ClosedVersion> retire = new ArrayList<>();
        for (AdminUnit s : siblings) {
            if (s.validTo() == null && s.validFrom().isBefore(from) && !katos.contains(s.kato())) {
                retire.add(new ClosedVersion(s.kato(), s.validFrom(), from));
                findings.add(Severity.WARNING, "units-retired", "current units of this level under the same parents that are not in the file: closed on "
                        + from + " as no longer existing", s.kato() + " " + s.names().in("ru"));
            }
        }
        return new Fitted(fitted, retire);
    }
}
