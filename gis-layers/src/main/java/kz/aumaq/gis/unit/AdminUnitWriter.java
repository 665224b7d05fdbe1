package kz.aumaq.gis.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.sql.DataSource;
import kz.aumaq.gis.geom.BatchValidity;
import kz.aumaq.gis.geom.GeodesicArea;
import kz.aumaq.gis.territory.OutOfScopeException;
import kz.aumaq.gis.territory.TerritoryGuard;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one write path for administrative units (demo load, ingest, later REST): checks every
 * invariant for the whole batch, refuses it with all problems listed, or writes it in one
 * transaction. Invariants: KATO is 9 digits (by type) and unique within overlapping validity;
 * the parent is one level up and its versions together cover the child's validity without a gap
 * (a KATO names the same territory across its boundary versions, so a child stays attached when
 * its parent gets a new boundary); the geometry is valid, non-empty and of the level's type
 * (Point for settlements, (Multi)Polygon otherwise).
 *
 * <p>It is also where the territorial check sits: every unit a write inserts or closes must lie in
 * the current actor's territory ({@link TerritoryGuard}, by materialized path), or nothing is
 * written ({@link OutOfScopeException}).
 *
 * <p>Listeners hear about a write after its transaction commits (the outermost one, when the
 * caller wraps the write in its own), so caches never drop tiles for data that is rolled back
 * or re-render from data not yet visible.
 */
public class AdminUnitWriter {

    private final AdminUnitRepository repository;
    private final TerritoryGuard guard;
    private final TransactionTemplate tx;
    private final List<Consumer<List<AdminUnit>>> listeners = new CopyOnWriteArrayList<>();

    public AdminUnitWriter(DataSource dataSource, AdminUnitRepository repository, TerritoryGuard guard) {
        this.repository = repository;
        this.guard = guard;
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    /** Called after each committed write with the units written or closed, so layers and tile caches refresh. */
    public void onWrite(Consumer<List<AdminUnit>> listener) {
        listeners.add(listener);
    }

    /**
     * Validates and inserts the batch; returns the units as stored (paths, areas, label points
     * filled in). Any overlap with a stored version of the same KATO is refused.
     */
    public List<AdminUnit> insert(List<AdminUnit> batch) {
        return tx.execute(status -> {
            Plan plan = prepare(batch, List.of(), false);
            repository.insertAll(plan.ready());
            notifyAfterCommit(plan.ready());
            return plan.ready();
        });
    }

    /**
     * Inserts new boundary versions of units that may already be stored, in one transaction:
     * <ul>
     *   <li>a KATO's current version (open-ended) that started earlier is closed on the new
     *       version's first day: the new boundary supersedes it;</li>
     *   <li>a new version without an end, of a KATO that has a later version stored, ends where
     *       that later version begins: an older boundary loaded after a newer one;</li>
     *   <li>a version starting on the same day as a stored one is refused (it is already there);</li>
     *   <li>{@code retire} closes current versions that get no successor (units that no longer
     *       exist), refused while a stored child would then outlive its parent.</li>
     * </ul>
     * Other overlaps are refused as in {@link #insert}.
     */
    public VersionedWrite insertVersions(List<AdminUnit> batch, List<ClosedVersion> retire) {
        return tx.execute(status -> {
            Plan plan = prepare(batch, retire, true);
            for (ClosedVersion c : plan.closed()) repository.close(c.kato(), c.validFrom(), c.validTo());
            repository.insertAll(plan.ready());
            List<AdminUnit> changed = new ArrayList<>(plan.ready());
            changed.addAll(plan.closedUnits());
            notifyAfterCommit(changed);
            return new VersionedWrite(plan.ready(), plan.closed());
        });
    }

    /**
     * What of this batch lies outside the current actor's territory, without writing anything: for
     * dry runs, whose reports should say so before a commit is tried. A batch that breaks the
     * invariants answers nothing here (its checks report that, and the commit refuses it anyway).
     */
    public List<String> outOfScope(List<AdminUnit> batch, List<ClosedVersion> retire) {
        try {
            // Where the units go needs no validity check (the commit makes it): skipped, as it is the costliest.
            return guard.outside(prepareUnguarded(batch, retire, true, false).touched());
        } catch (UnitInvariantViolation e) {
            return List.of();
        }
    }

    private void notifyAfterCommit(List<AdminUnit> changed) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                for (Consumer<List<AdminUnit>> l : listeners) l.accept(changed);
            }
        });
    }

    /** Units ready to insert, and stored versions to close (as keys and as the closed units). */
    private record Plan(List<AdminUnit> ready, List<ClosedVersion> closed, List<AdminUnit> closedUnits) {

        /** Everything the write changes: new versions where they go, closed ones where they are. */
        List<AdminUnit> touched() {
            List<AdminUnit> all = new ArrayList<>(ready);
            all.addAll(closedUnits);
            return all;
        }
    }

    private Plan prepare(List<AdminUnit> batch, List<ClosedVersion> retire, boolean versioned) {
        Plan plan = prepareUnguarded(batch, retire, versioned, true);
        guard.requireInside(plan.touched());
        return plan;
    }

    private Plan prepareUnguarded(List<AdminUnit> batch, List<ClosedVersion> retire, boolean versioned, boolean checkValidity) {
        List<String> problems = new ArrayList<>();
        Set<Kato> wanted = new HashSet<>();
        for (AdminUnit u : batch) {
            wanted.add(u.kato());
            if (u.parentKato() != null) wanted.add(u.parentKato());
        }
        for (ClosedVersion r : retire) wanted.add(r.kato());
        Map<Kato, List<AdminUnit>> known = new HashMap<>();
        for (AdminUnit stored : repository.versionsOf(wanted)) known.computeIfAbsent(stored.kato(), k -> new ArrayList<>()).add(stored);

        Map<ClosedVersion, AdminUnit> closed = new LinkedHashMap<>();
        for (ClosedVersion r : retire) retire(r, known, closed, problems);

        // Parents before children, so a batch may carry a whole subtree and paths can be derived.
        List<AdminUnit> ordered = new ArrayList<>(batch);
        ordered.sort(Comparator.comparingInt(u -> u.level().depth()));
        Map<Geometry, TopologyValidationError> validity = checkValidity ? validity(ordered) : null;
        List<AdminUnit> ready = new ArrayList<>(ordered.size());
        for (AdminUnit original : ordered) {
            int before = problems.size();
            String who = original.level().code() + " " + original.kato();
            AdminUnit u = versioned ? fitIntoHistory(original, who, known, ready, closed, problems) : original;
            if (u == null) continue;
            if (u.validTo() != null && !u.validTo().isAfter(u.validFrom())) {
                problems.add(who + ": validTo " + u.validTo() + " must be after validFrom " + u.validFrom());
            }
            Geometry geometry = checkGeometry(u, who, validity, problems);
            for (AdminUnit other : known.getOrDefault(u.kato(), List.of())) {
                if (other.overlaps(u.validFrom(), u.validTo())) {
                    problems.add(who + ": KATO already used by a version valid " + period(other.validFrom(), other.validTo())
                            + ", which overlaps " + period(u.validFrom(), u.validTo()));
                    break;
                }
            }
            String parentPath = checkParent(u, who, known, problems);
            if (problems.size() > before) continue;
            AdminUnit stored = complete(u, geometry, parentPath);
            known.computeIfAbsent(u.kato(), k -> new ArrayList<>()).add(stored);
            ready.add(stored);
        }
        if (!closed.isEmpty()) checkChildrenOfClosed(closed.keySet(), known, problems);
        if (!problems.isEmpty()) throw new UnitInvariantViolation(problems);
        return new Plan(ready, List.copyOf(closed.keySet()), List.copyOf(closed.values()));
    }

    /** Closes the named current version in {@code known}, or says why it cannot be. */
    private static void retire(ClosedVersion r, Map<Kato, List<AdminUnit>> known, Map<ClosedVersion, AdminUnit> closed,
                               List<String> problems) {
        List<AdminUnit> versions = known.getOrDefault(r.kato(), List.of());
        AdminUnit version = versions.stream().filter(v -> v.validFrom().equals(r.validFrom())).findFirst().orElse(null);
        String who = "unit " + r.kato() + " from " + r.validFrom();
        if (version == null) {
            problems.add(who + ": no such version to retire");
        } else if (version.validTo() != null) {
            problems.add(who + ": already ends on " + version.validTo());
        } else if (!r.validTo().isAfter(r.validFrom())) {
            problems.add(who + ": cannot end on " + r.validTo() + ", before it starts");
        } else {
            replace(versions, version, version.withValidTo(r.validTo()), r, closed);
        }
    }

    /**
     * Where a new version goes among the stored versions of its KATO (and those earlier in the
     * batch): closes the current one it supersedes, or ends it where a later one begins. Null
     * (with a problem) for a same-day duplicate.
     */
    private static AdminUnit fitIntoHistory(AdminUnit u, String who, Map<Kato, List<AdminUnit>> known, List<AdminUnit> ready,
                                            Map<ClosedVersion, AdminUnit> closed, List<String> problems) {
        List<AdminUnit> versions = known.getOrDefault(u.kato(), List.of());
        LocalDate next = null;
        AdminUnit current = null;
        for (AdminUnit v : versions) {
            if (v.validFrom().equals(u.validFrom())) {
                problems.add(who + ": a version valid from " + u.validFrom() + " is already stored (source " + v.source() + ")");
                return null;
            }
            if (v.validFrom().isAfter(u.validFrom()) && (next == null || v.validFrom().isBefore(next))) next = v.validFrom();
            if (v.validTo() == null && v.validFrom().isBefore(u.validFrom())) current = v;
        }
        if (current != null) {
            AdminUnit shortened = current.withValidTo(u.validFrom());
            int inBatch = indexOfSame(ready, current);
            if (inBatch >= 0) {
                // An earlier version in this same batch: it is inserted already ending, nothing to close.
                ready.set(inBatch, shortened);
                versions.set(indexOfSame(versions, current), shortened);
            } else {
                replace(versions, current, shortened, new ClosedVersion(u.kato(), current.validFrom(), u.validFrom()), closed);
            }
        }
        return next != null && u.validTo() == null ? u.withValidTo(next) : u;
    }

    private static void replace(List<AdminUnit> versions, AdminUnit old, AdminUnit now, ClosedVersion key,
                                Map<ClosedVersion, AdminUnit> closed) {
        versions.set(indexOfSame(versions, old), now);
        closed.put(key, now);
    }

    /** By identity: versions are records with geometries, whose equals would compare coordinates. */
    private static int indexOfSame(List<AdminUnit> list, AdminUnit wanted) {
        for (int i = 0; i < list.size(); i++) if (list.get(i) == wanted) return i;
        return -1;
    }

    /** A stored child must not outlive its parent once the parent's versions are shortened. */
    private void checkChildrenOfClosed(Set<ClosedVersion> closed, Map<Kato, List<AdminUnit>> known, List<String> problems) {
        Set<Kato> parents = new HashSet<>();
        for (ClosedVersion c : closed) parents.add(c.kato());
        for (AdminUnit child : repository.childrenOf(parents)) {
            AdminUnit now = known.getOrDefault(child.kato(), List.of()).stream()
                    .filter(v -> v.validFrom().equals(child.validFrom())).findFirst().orElse(child);
            if (coveringFrom(known.getOrDefault(now.parentKato(), List.of()), now.validFrom(), now.validTo()) == null) {
                problems.add(now.level().code() + " " + now.kato() + " valid " + period(now.validFrom(), now.validTo())
                        + " would outlive its parent " + now.parentKato() + ", whose version would be closed");
            }
        }
    }

    /** The validation error (or null) of each polygon in the batch, by identity: checked together, on all cores. */
    private static Map<Geometry, TopologyValidationError> validity(List<AdminUnit> units) {
        List<Geometry> polygons = units.stream().map(AdminUnit::geometry)
                .filter(g -> (g instanceof Polygon || g instanceof MultiPolygon) && !g.isEmpty()).toList();
        TopologyValidationError[] errors = BatchValidity.errors(polygons);
        Map<Geometry, TopologyValidationError> out = new IdentityHashMap<>();
        for (int i = 0; i < errors.length; i++) out.put(polygons.get(i), errors[i]);
        return out;
    }

    private static Geometry checkGeometry(AdminUnit u, String who, Map<Geometry, TopologyValidationError> validity, List<String> problems) {
        Geometry g = u.geometry();
        if (g == null || g.isEmpty()) {
            problems.add(who + ": geometry is missing or empty");
            return null;
        }
        if (u.level().isPoint() && !(g instanceof Point)) {
            problems.add(who + ": a " + u.level().code() + " must be a Point, got " + g.getGeometryType());
            return null;
        }
        if (!u.level().isPoint() && !(g instanceof Polygon || g instanceof MultiPolygon)) {
            problems.add(who + ": a " + u.level().code() + " must be a Polygon or MultiPolygon, got " + g.getGeometryType());
            return null;
        }
        // validity null: not asked for (see outOfScope)
        TopologyValidationError error = validity == null ? null
                : validity.containsKey(g) ? validity.get(g) : new IsValidOp(g).getValidationError();
        if (error != null) {
            problems.add(who + ": invalid geometry: " + error.getMessage() + " at " + error.getCoordinate());
            return null;
        }
        Geometry normal = g instanceof Polygon p ? g.getFactory().createMultiPolygon(new Polygon[] {p}) : g;
        normal.setSRID(AdminUnitRepository.SRID);
        return normal;
    }

    private static String checkParent(AdminUnit u, String who, Map<Kato, List<AdminUnit>> known, List<String> problems) {
        Level expected = u.level().parent().orElse(null);
        if (expected == null) {
            if (u.parentKato() != null) problems.add(who + ": the country has no parent");
            return "";
        }
        if (u.parentKato() == null) {
            problems.add(who + ": a " + u.level().code() + " needs a parent " + expected.code());
            return null;
        }
        List<AdminUnit> versions = known.getOrDefault(u.parentKato(), List.of());
        if (versions.isEmpty()) {
            problems.add(who + ": parent " + u.parentKato() + " does not exist");
            return null;
        }
        for (AdminUnit p : versions) {
            if (p.level() != expected) {
                problems.add(who + ": parent " + p.kato() + " is a " + p.level().code() + ", expected a " + expected.code());
                return null;
            }
        }
        AdminUnit first = coveringFrom(versions, u.validFrom(), u.validTo());
        if (first != null) return first.path();
        problems.add(who + ": parent " + u.parentKato() + " is not valid throughout " + period(u.validFrom(), u.validTo()));
        return null;
    }

    /**
     * The parent version valid on {@code from}, when the versions together cover [from, to)
     * without a gap (they never overlap); null otherwise.
     */
    private static AdminUnit coveringFrom(List<AdminUnit> versions, LocalDate from, LocalDate to) {
        List<AdminUnit> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparing(AdminUnit::validFrom));
        LocalDate reached = from;
        AdminUnit first = null;
        for (AdminUnit v : sorted) {
            if (v.validTo() != null && !v.validTo().isAfter(reached)) continue;
            if (v.validFrom().isAfter(reached)) return null;
            if (first == null) first = v;
            if (v.validTo() == null) return first;
            reached = v.validTo();
            if (to != null && !reached.isBefore(to)) return first;
        }
        return null;
    }

    private static AdminUnit complete(AdminUnit u, Geometry geometry, String parentPath) {
        Point label = u.labelPoint() != null ? u.labelPoint() : geometry.getInteriorPoint();
        label.setSRID(AdminUnitRepository.SRID);
        double area = u.level().isPoint() ? 0 : u.areaKm2() > 0 ? u.areaKm2() : GeodesicArea.squareKm(geometry);
        String path = parentPath.isEmpty() ? u.kato().code() : parentPath + "/" + u.kato().code();
        return new AdminUnit(u.kato(), u.level(), u.kind(), u.names(), u.parentKato(), geometry, label, area,
                u.validFrom(), u.validTo(), path, u.source() == null ? "unknown" : u.source());
    }

    private static String period(LocalDate from, LocalDate to) {
        return "[" + from + ", " + (to == null ? "open" : to.toString()) + ")";
    }
}
