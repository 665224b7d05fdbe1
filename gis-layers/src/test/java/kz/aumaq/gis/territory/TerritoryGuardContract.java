package kz.aumaq.gis.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import kz.aumaq.gis.unit.AdminUnit;
import kz.aumaq.gis.unit.AdminUnitRepository;
import kz.aumaq.gis.unit.AdminUnitWriter;
import kz.aumaq.gis.unit.ClosedVersion;
import kz.aumaq.gis.unit.Kato;
import kz.aumaq.gis.unit.Level;
import kz.aumaq.gis.unit.UnitNames;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * The territorial check at the one write path for units, and for data keyed by KATO, on every
 * supported database. A district officer of Karaganda City (351000000) works next to district
 * 351100000, whose code shares the prefix "351" but not the subtree.
 */
abstract class TerritoryGuardContract {

    static final LocalDate FROM = LocalDate.of(2022, 6, 8);
    static final LocalDate LATER = LocalDate.of(2024, 1, 1);
    static final Actor OFFICER = new Actor("officer", TerritorialScope.of(Kato.of("351000000")));

    final GeometryFactory gf = new GeometryFactory(new PrecisionModel(), 4326);
    final AtomicReference<Actor> actor = new AtomicReference<>(Actor.operator("setup"));
    AdminUnitRepository repository;
    AdminUnitWriter writer;
    TerritoryGuard guard;

    abstract DataSource openDatabase();

    @BeforeEach
    void loadHierarchy() {
        DataSource ds = openDatabase();
        repository = new AdminUnitRepository(ds);
        guard = new TerritoryGuard(repository, actor::get);
        writer = new AdminUnitWriter(ds, repository, guard);
        writer.insert(List.of(
                unit("000000000", Level.COUNTRY, null, box(60, 40, 80, 55), FROM),
                unit("350000000", Level.REGION, "000000000", box(70, 46, 78, 52), FROM),
                unit("351000000", Level.DISTRICT, "350000000", box(72, 48, 74, 50), FROM),
                unit("351100000", Level.DISTRICT, "350000000", box(74, 48, 76, 50), FROM),
                unit("351010000", Level.OKRUG, "351000000", box(72, 48, 73, 49), FROM),
                unit("351110000", Level.OKRUG, "351100000", box(74, 48, 75, 49), FROM)));
        actor.set(OFFICER);
    }

    @Test
    void insideTheSubtreeTheOfficerMayWrite() {
        writer.insert(List.of(unit("351020000", Level.OKRUG, "351000000", box(73, 49, 74, 50), FROM)));
        writer.insertVersions(List.of(unit("351010000", Level.OKRUG, "351000000", box(72, 48, 72.8, 49), LATER)), List.of());
        // The root of the scope is part of it: the district's own boundary.
        writer.insertVersions(List.of(unit("351000000", Level.DISTRICT, "350000000", box(72, 48, 73.9, 50), LATER)), List.of());
        assertThat(repository.versionsOf(List.of(Kato.of("351020000")))).hasSize(1);
        assertThat(repository.versionsOf(List.of(Kato.of("351000000")))).hasSize(2);
    }

    @Test
    void aUnitUnderTheNeighbourWithTheSamePrefixIsRefused() {
        assertThatThrownBy(() -> writer.insert(List.of(unit("351120000", Level.OKRUG, "351100000", box(75, 49, 76, 50), FROM))))
                .isInstanceOf(OutOfScopeException.class)
                .hasMessageContaining("351120000").hasMessageContaining("outside the territory 351000000");
        assertThat(repository.versionsOf(List.of(Kato.of("351120000")))).isEmpty();
    }

    @Test
    void aNewVersionOfAUnitOutsideIsRefusedByItsKato() {
        assertThatThrownBy(() -> writer.insertVersions(List.of(unit("351110000", Level.OKRUG, "351100000", box(74, 48, 74.5, 49), LATER)), List.of()))
                .isInstanceOf(OutOfScopeException.class).hasMessageContaining("351110000");
        assertThatThrownBy(() -> writer.insertVersions(List.of(unit("350000000", Level.REGION, "000000000", box(70, 46, 77, 52), LATER)), List.of()))
                .isInstanceOf(OutOfScopeException.class).hasMessageContaining("350000000");
        assertThat(repository.versionsOf(List.of(Kato.of("351110000")))).singleElement().satisfies(u -> assertThat(u.validTo()).isNull());
    }

    @Test
    void takingANeighboursUnitIntoTheOwnSubtreeIsRefused() {
        // The new version would sit under 351000000, but it closes the neighbour's current version.
        assertThatThrownBy(() -> writer.insertVersions(List.of(unit("351110000", Level.OKRUG, "351000000", box(73, 49, 74, 50), LATER)), List.of()))
                .isInstanceOf(OutOfScopeException.class).hasMessageContaining("351110000");
    }

    @Test
    void retiringAUnitOutsideIsRefused() {
        assertThatThrownBy(() -> writer.insertVersions(List.of(), List.of(new ClosedVersion(Kato.of("351110000"), FROM, LATER))))
                .isInstanceOf(OutOfScopeException.class);
        writer.insertVersions(List.of(), List.of(new ClosedVersion(Kato.of("351010000"), FROM, LATER)));
        assertThat(repository.versionsOf(List.of(Kato.of("351010000")))).singleElement().satisfies(u -> assertThat(u.validTo()).isEqualTo(LATER));
    }

    @Test
    void aDryRunListsWhatIsOutsideWithoutWriting() {
        List<AdminUnit> batch = List.of(unit("351020000", Level.OKRUG, "351000000", box(73, 49, 74, 50), FROM),
                unit("351120000", Level.OKRUG, "351100000", box(75, 49, 76, 50), FROM));
        assertThat(writer.outOfScope(batch, List.of())).singleElement().asString().contains("351120000");
        assertThat(repository.versionsOf(List.of(Kato.of("351020000"), Kato.of("351120000")))).isEmpty();
    }

    @Test
    void codesAreJudgedByTheStoredPathsOfTheirUnits() {
        assertThat(guard.outsideCodes(List.of("351000000", "351010000"))).isEmpty();
        assertThat(guard.outsideCodes(List.of("351100000", "351110000", "350000000", "999999999", "35")))
                .hasSize(5).allMatch(p -> p.contains("outside the territory 351000000"));
        assertThatThrownBy(() -> guard.requireInsideCodes(List.of("351010000", "351110000")))
                .isInstanceOf(OutOfScopeException.class).hasMessageContaining("351110000").hasMessageNotContaining("351010000 ");
    }

    @Test
    void someoneNotSignedInMayWriteNothingAndAnOperatorEverything() {
        actor.set(Actor.ANONYMOUS);
        assertThatThrownBy(() -> writer.insert(List.of(unit("351020000", Level.OKRUG, "351000000", box(73, 49, 74, 50), FROM))))
                .isInstanceOf(OutOfScopeException.class).hasMessageContaining("sign in");
        assertThat(guard.outsideCodes(List.of("351010000"))).hasSize(1);
        actor.set(Actor.operator("cli"));
        writer.insert(List.of(unit("351120000", Level.OKRUG, "351100000", box(75, 49, 76, 50), FROM)));
        assertThat(guard.outsideCodes(List.of("351110000", "999999999"))).isEmpty();
    }

    AdminUnit unit(String kato, Level level, String parent, Geometry geometry, LocalDate from) {
        return new AdminUnit(Kato.of(kato), level, level.code(), new UnitNames("n " + kato, "n " + kato, "n " + kato),
                parent == null ? null : Kato.of(parent), geometry, null, 0, from, null, null, "test");
    }

    Geometry box(double x1, double y1, double x2, double y2) {
        return gf.createPolygon(new Coordinate[] {new Coordinate(x1, y1), new Coordinate(x2, y1), new Coordinate(x2, y2),
            new Coordinate(x1, y2), new Coordinate(x1, y1)});
    }
}
