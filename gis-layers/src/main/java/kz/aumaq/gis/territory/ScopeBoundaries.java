package kz.aumaq.gis.territory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import kz.aumaq.gis.unit.AdminUnit;
import kz.aumaq.gis.unit.AdminUnitRepository;
import kz.aumaq.gis.unit.Kato;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * The current boundary of each scope unit, for cutting restricted layers to a viewer's territory.
 * Read once and prepared once per unit and day (every tile request of a district officer needs
 * it); any unit written forgets them all and starts a new version, so tiles cut to an old boundary
 * are never found again under the new one.
 */
public class ScopeBoundaries {

    /**
     * @param key  the unit's KATO and the boundaries' version ({@code 352000000@1}): what caches keep scoped results under
     * @param area the unit's boundary, lon/lat
     */
    public record Boundary(String key, PreparedGeometry area) {
    }

    private final AdminUnitRepository units;
    private final Clock clock;
    private final AtomicLong version = new AtomicLong(1);
    private final Map<String, Optional<Boundary>> known = new ConcurrentHashMap<>();

    public ScopeBoundaries(AdminUnitRepository units, Clock clock) {
        this.units = units;
        this.clock = clock;
    }

    /** The unit's boundary today, or empty when there is no such unit (then its users see no restricted data). */
    public Optional<Boundary> of(Kato unit) {
        LocalDate today = LocalDate.now(clock);
        long v = version.get();
        if (known.size() > 10_000) known.clear(); // days gone by; the live entries come back on their next request
        return known.computeIfAbsent(unit.code() + "/" + today + "/" + v, k -> units.findByKato(unit, today)
                .map(AdminUnit::geometry)
                .filter(g -> g != null && !g.isEmpty())
                .map(g -> new Boundary(unit.code() + "@" + v, PreparedGeometryFactory.prepare(g))));
    }

    /** Units were written: boundaries may have moved. */
    public void forget() {
        version.incrementAndGet();
        known.clear();
    }
}
