package kz.aumaq.gis.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.sql.DataSource;
import kz.aumaq.gis.geom.GeodesicArea;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one write path for administrative units (demo load, ingest, later REST): checks every
 * invariant for the whole batch, refuses it with all problems listed, or inserts it in one
 * transaction. Invariants: KATO is 9 digits (by type) and unique within overlapping validity;
 * the parent is one level up and valid throughout the child's validity; the geometry is valid,
 * non-empty and of the level's type (Point for settlements, (Multi)Polygon otherwise).
 */
public class AdminUnitWriter {

    private final AdminUnitRepository repository;
    private final TransactionTemplate tx;
    private final List<Consumer<List<AdminUnit>>> listeners = new CopyOnWriteArrayList<>();

    public AdminUnitWriter(DataSource dataSource, AdminUnitRepository repository) {
        this.repository = repository;
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    /** Called after each committed batch, so layers and tile caches built on units refresh. */
    public void onWrite(Consumer<List<AdminUnit>> listener) {
        listeners.add(listener);
    }

    /** Validates and inserts the batch; returns the units as stored (paths, areas, label points filled in). */
    public List<AdminUnit> insert(List<AdminUnit> batch) {
        List<AdminUnit> stored = tx.execute(status -> {
            List<AdminUnit> ready = prepare(batch);
            repository.insertAll(ready);
            return ready;
        });
        for (Consumer<List<AdminUnit>> l : listeners) l.accept(stored);
        return stored;
    }

    List<AdminUnit> prepare(List<AdminUnit> batch) {
        List<String> problems = new ArrayList<>();
        Set<Kato> wanted = new HashSet<>();
        for (AdminUnit u : batch) {
            wanted.add(u.kato());
            if (u.parentKato() != null) wanted.add(u.parentKato());
        }
        Map<Kato, List<AdminUnit>> known = new HashMap<>();
        for (AdminUnit stored : repository.versionsOf(wanted)) known.computeIfAbsent(stored.kato(), k -> new ArrayList<>()).add(stored);

        // Parents before children, so a batch may carry a whole subtree and paths can be derived.
        List<AdminUnit> ordered = new ArrayList<>(batch);
        ordered.sort(Comparator.comparingInt(u -> u.level().depth()));
        List<AdminUnit> ready = new ArrayList<>(ordered.size());
        for (AdminUnit u : ordered) {
            int before = problems.size();
            String who = u.level().code() + " " + u.kato();
            if (u.validTo() != null && !u.validTo().isAfter(u.validFrom())) {
                problems.add(who + ": validTo " + u.validTo() + " must be after validFrom " + u.validFrom());
            }
            Geometry geometry = checkGeometry(u, who, problems);
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
        if (!problems.isEmpty()) throw new UnitInvariantViolation(problems);
        return ready;
    }

    private static Geometry checkGeometry(AdminUnit u, String who, List<String> problems) {
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
        TopologyValidationError error = new IsValidOp(g).getValidationError();
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
            if (covers(p, u.validFrom(), u.validTo())) return p.path();
        }
        problems.add(who + ": parent " + u.parentKato() + " is not valid throughout " + period(u.validFrom(), u.validTo()));
        return null;
    }

    private static boolean covers(AdminUnit parent, LocalDate from, LocalDate to) {
        boolean startsInTime = !parent.validFrom().isAfter(from);
        boolean lastsLongEnough = parent.validTo() == null || (to != null && !to.isAfter(parent.validTo()));
        return startsInTime && lastsLongEnough;
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
