package kz.aumaq.gis.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import kz.aumaq.gis.territory.Actor;
import kz.aumaq.gis.territory.TerritoryGuard;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import kz.aumaq.gis.geom.LonLatBox;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.WKTReader;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the unit store must do on every supported database. Subclasses supply a freshly
 * migrated, empty database (H2GIS always; PostGIS when reachable).
 */
abstract class AdminUnitStoreContract {

    static final LocalDate REFORM = LocalDate.of(2022, 6, 8);
    static final LocalDate OLD = LocalDate.of(2018, 1, 1);
    final GeometryFactory gf = new GeometryFactory(new PrecisionModel(), 4326);
    DataSource dataSource;
    AdminUnitRepository repository;
    AdminUnitWriter writer;

    /** A freshly migrated, empty database for one test. */
    abstract DataSource openDatabase();

    @BeforeEach
    void loadHierarchy() {
        DataSource ds = openDatabase();
        dataSource = ds;
        repository = new AdminUnitRepository(ds);
        writer = new AdminUnitWriter(ds, repository, new TerritoryGuard(repository, () -> Actor.operator("test")));
        writer.insert(List.of(
                unit("000000000", Level.COUNTRY, null, box(60, 40, 80, 55), "Қазақстан", "Казахстан", "Kazakhstan", OLD, null),
                // Two versions of one region: before and after the 2022 reform.
                unit("350000000", Level.REGION, "000000000", box(70, 45, 78, 52), "Қарағанды облысы", "Карагандинская область", "Karaganda Region", OLD, REFORM),
                unit("350000000", Level.REGION, "000000000", box(70, 46, 76, 52), "Қарағанды облысы", "Карагандинская область", "Karaganda Region", REFORM, null),
                unit("620000000", Level.REGION, "000000000", box(62, 46, 70, 50), "Ұлытау облысы", "Улытауская область", "Ulytau Region", REFORM, null),
                unit("351000000", Level.DISTRICT, "350000000", box(72, 48, 74, 50), "Қарағанды қаласы", "город Караганда", "Karaganda City", REFORM, null),
                unit("352000000", Level.DISTRICT, "350000000", box(74, 48, 76, 50), "Абай ауданы", "Абайский район", "Abai District", REFORM, null),
                unit("351010000", Level.OKRUG, "351000000", box(72, 48, 73, 49), "Өскемен ауылдық округі", "Усть-Каменогорский сельский округ", "Oskemen Rural Okrug", REFORM, null),
                unit("351010001", Level.SETTLEMENT, "351010000", gf.createPoint(new Coordinate(72.5, 48.5)), "Көкжар", "Кокжар", "Kokzhar", REFORM, null)));
    }

    @Test
    void findsByLevelAsOfToday() {
        UnitPage page = repository.find(query(Level.REGION, null, (Envelope) null, null));
        assertThat(page.numberMatched()).isEqualTo(2);
        assertThat(page.units()).extracting(u -> u.kato().code()).containsExactly("350000000", "620000000");
        AdminUnit karaganda = page.units().get(0);
        assertThat(karaganda.names().kk()).isEqualTo("Қарағанды облысы");
        assertThat(karaganda.names().en()).isEqualTo("Karaganda Region");
        assertThat(karaganda.parentKato()).isEqualTo(Kato.COUNTRY);
        assertThat(karaganda.validFrom()).isEqualTo(REFORM);
        assertThat(karaganda.validTo()).isNull();
        assertThat(karaganda.path()).isEqualTo("000000000/350000000");
        assertThat(karaganda.geometry().getGeometryType()).isEqualTo("MultiPolygon");
        assertThat(karaganda.geometry().getEnvelopeInternal()).isEqualTo(new Envelope(70, 76, 46, 52));
        assertThat(karaganda.geometry().covers(karaganda.labelPoint())).isTrue();
        assertThat(karaganda.areaKm2()).isBetween(250_000.0, 350_000.0);
        assertThat(karaganda.source()).isEqualTo("test");
    }

    @Test
    void asOfAnEarlierDateReturnsTheOlderBoundary() {
        UnitQuery q = new UnitQuery(Level.REGION, null, null, LocalDate.of(2020, 1, 1), null, 100, 0, null);
        UnitPage page = repository.find(q);
        assertThat(page.units()).extracting(u -> u.kato().code()).containsExactly("350000000");
        assertThat(page.units().get(0).geometry().getEnvelopeInternal().getMaxX()).isEqualTo(78);
        assertThat(page.units().get(0).validTo()).isEqualTo(REFORM);
        assertThat(repository.findByKato(Kato.of("620000000"), LocalDate.of(2020, 1, 1))).isEmpty();
    }

    @Test
    void filtersByParentAndBbox() {
        assertThat(repository.find(query(null, Kato.of("350000000"), (Envelope) null, null)).units())
                .extracting(u -> u.kato().code()).containsExactly("351000000", "352000000");
        UnitPage inBox = repository.find(query(Level.DISTRICT, null, new Envelope(74.5, 75, 48.5, 49), null));
        assertThat(inBox.units()).extracting(u -> u.kato().code()).containsExactly("352000000");
        assertThat(repository.find(query(Level.DISTRICT, null, new Envelope(50, 51, 40, 41), null)).numberMatched()).isZero();
    }

    /** A box across the antimeridian is its two sides: 74.5°E → 180° finds only what reaches east of 74.5°E, −180° → 73°E only what starts west of 73°E. */
    @Test
    void aBoxAcrossTheAntimeridianMeetsWhatEitherSideMeets() {
        assertThat(repository.find(query(Level.DISTRICT, null, new LonLatBox(74.5, 48.5, -170, 49), null)).units())
                .extracting(u -> u.kato().code()).containsExactly("352000000");
        assertThat(repository.find(query(Level.DISTRICT, null, new LonLatBox(100, 48.5, 73, 49), null)).units())
                .extracting(u -> u.kato().code()).containsExactly("351000000");
        assertThat(repository.find(query(Level.DISTRICT, null, new LonLatBox(177, 65, -177, 70), null)).numberMatched()).isZero();
    }

    @Test
    void searchForgivesKazakhLettersInEveryLanguage() {
        assertThat(repository.find(query(null, null, (Envelope) null, "караганды")).units())
                .extracting(u -> u.kato().code()).containsExactly("350000000", "351000000");
        assertThat(repository.find(query(null, null, (Envelope) null, "ОСКЕМЕН")).units())
                .extracting(u -> u.kato().code()).containsExactly("351010000");
        assertThat(repository.find(query(null, null, (Envelope) null, "ulytau")).units())
                .extracting(u -> u.kato().code()).containsExactly("620000000");
        assertThat(repository.find(query(null, null, (Envelope) null, "3510100")).units())
                .extracting(u -> u.kato().code()).containsExactly("351010000", "351010001");
        assertThat(repository.find(query(null, null, (Envelope) null, "100%")).numberMatched()).isZero();
    }

    @Test
    void pagesWithLimitAndOffset() {
        UnitQuery all = new UnitQuery(null, null, null, LocalDate.now(), null, 3, 0, null);
        UnitPage first = repository.find(all);
        UnitPage second = repository.find(all.withOffset(3));
        assertThat(first.numberMatched()).isEqualTo(7);
        assertThat(first.units()).hasSize(3);
        assertThat(second.units()).hasSize(3);
        assertThat(first.units()).extracting(AdminUnit::kato).doesNotContainAnyElementsOf(second.units().stream().map(AdminUnit::kato).toList());
        assertThat(first.units().get(0).level()).isEqualTo(Level.COUNTRY);
    }

    @Test
    void ancestorsAndSubtreeFollowTheMaterializedPath() {
        AdminUnit village = repository.findByKato(Kato.of("351010001"), LocalDate.now()).orElseThrow();
        assertThat(village.path()).isEqualTo("000000000/350000000/351000000/351010000/351010001");
        assertThat(village.geometry().getGeometryType()).isEqualTo("Point");
        assertThat(repository.ancestors(village, LocalDate.now())).extracting(u -> u.kato().code())
                .containsExactly("000000000", "350000000", "351000000", "351010000");
        AdminUnit region = repository.findByKato(Kato.of("350000000"), LocalDate.now()).orElseThrow();
        assertThat(repository.descendants(region, Level.SETTLEMENT, LocalDate.now())).extracting(u -> u.kato().code())
                .containsExactly("351010001");
        assertThat(repository.descendants(region, Level.DISTRICT, LocalDate.now())).hasSize(2);
    }

    @Test
    void refusesADuplicateKatoInAnOverlappingPeriodAndWritesNothing() {
        long before = repository.count();
        assertThatThrownBy(() -> writer.insert(List.of(
                unit("352100000", Level.DISTRICT, "350000000", box(74, 50, 75, 51), "Жаңа", "Новый", "New", REFORM, null),
                unit("352000000", Level.DISTRICT, "350000000", box(74, 48, 76, 50), "Абай", "Абай", "Abai", LocalDate.of(2024, 1, 1), null))))
                .isInstanceOf(UnitInvariantViolation.class)
                .hasMessageContaining("352000000").hasMessageContaining("overlaps");
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void refusesBrokenHierarchyAndGeometryListingEveryProblem() throws Exception {
        Geometry bowtie = new WKTReader(gf).read("POLYGON ((70 45, 72 47, 72 45, 70 47, 70 45))");
        UnitInvariantViolation v = (UnitInvariantViolation) org.assertj.core.api.Assertions.catchThrowable(() -> writer.insert(List.of(
                unit("353000000", Level.DISTRICT, "000000000", box(74, 48, 75, 49), "А", "А", "A", REFORM, null),
                unit("354000000", Level.DISTRICT, "350000000", bowtie, "Б", "Б", "B", REFORM, null),
                unit("355000000", Level.DISTRICT, "350000000", gf.createPoint(new Coordinate(73, 49)), "В", "В", "V", REFORM, null),
                unit("356000000", Level.DISTRICT, "999000000", box(74, 48, 75, 49), "Г", "Г", "G", REFORM, null),
                unit("357000000", Level.DISTRICT, "350000000", box(74, 48, 75, 49), "Д", "Д", "D", LocalDate.of(2010, 1, 1), null),
                unit("358000000", Level.SETTLEMENT, "351010000", box(72, 48, 72.1, 48.1), "Е", "Е", "E", REFORM, null))));
        assertThat(v).isNotNull();
        assertThat(v.problems()).hasSize(6);
        assertThat(v.problems()).anyMatch(p -> p.contains("353000000") && p.contains("expected a region"));
        assertThat(v.problems()).anyMatch(p -> p.contains("354000000") && p.contains("invalid geometry"));
        assertThat(v.problems()).anyMatch(p -> p.contains("355000000") && p.contains("must be a Polygon or MultiPolygon"));
        assertThat(v.problems()).anyMatch(p -> p.contains("356000000") && p.contains("does not exist"));
        assertThat(v.problems()).anyMatch(p -> p.contains("357000000") && p.contains("not valid throughout"));
        assertThat(v.problems()).anyMatch(p -> p.contains("358000000") && p.contains("must be a Point"));
        assertThat(repository.count()).isEqualTo(8);
    }

    @Test
    void aNewerVersionClosesTheCurrentOneAndItsChildrenStayAttached() {
        LocalDate y2024 = LocalDate.of(2024, 1, 1);
        List<List<AdminUnit>> heard = new ArrayList<>();
        writer.onWrite(heard::add);

        VersionedWrite w = writer.insertVersions(List.of(
                unit("350000000", Level.REGION, "000000000", box(70, 46, 77, 52), "Қарағанды облысы", "Карагандинская область", "Karaganda Region", y2024, null)),
                List.of());

        assertThat(w.closed()).containsExactly(new ClosedVersion(Kato.of("350000000"), REFORM, y2024));
        assertThat(w.inserted()).singleElement().satisfies(u -> {
            assertThat(u.validTo()).isNull();
            assertThat(u.path()).isEqualTo("000000000/350000000");
        });
        assertThat(repository.count()).isEqualTo(9);
        assertThat(repository.findByKato(Kato.of("350000000"), LocalDate.of(2023, 6, 1)).orElseThrow().geometry().getEnvelopeInternal().getMaxX()).isEqualTo(76);
        assertThat(repository.findByKato(Kato.of("350000000"), LocalDate.now()).orElseThrow().geometry().getEnvelopeInternal().getMaxX()).isEqualTo(77);
        assertThat(repository.versionsOf(List.of(Kato.of("350000000")))).extracting(AdminUnit::validTo)
                .containsExactlyInAnyOrder(REFORM, y2024, null);
        // The districts of 2022 still hang under the region, now under its 2024 boundary.
        AdminUnit village = repository.findByKato(Kato.of("351010001"), LocalDate.now()).orElseThrow();
        assertThat(repository.ancestors(village, LocalDate.now())).extracting(u -> u.kato().code())
                .containsExactly("000000000", "350000000", "351000000", "351010000");
        assertThat(heard).singleElement().satisfies(units -> assertThat(units).extracting(AdminUnit::validTo).containsExactlyInAnyOrder(null, y2024));
    }

    @Test
    void anOlderVersionLoadedLaterEndsWhereTheNextBegins() {
        VersionedWrite w = writer.insertVersions(List.of(
                unit("620000000", Level.REGION, "000000000", box(62, 46, 69, 50), "Ұлытау", "Улытау", "Ulytau", OLD, null)), List.of());

        assertThat(w.closed()).isEmpty();
        assertThat(w.inserted()).singleElement().satisfies(u -> assertThat(u.validTo()).isEqualTo(REFORM));
        assertThat(repository.findByKato(Kato.of("620000000"), LocalDate.of(2020, 1, 1)).orElseThrow().geometry().getEnvelopeInternal().getMaxX()).isEqualTo(69);
        assertThat(repository.findByKato(Kato.of("620000000"), LocalDate.now()).orElseThrow().validFrom()).isEqualTo(REFORM);
    }

    @Test
    void twoVersionsInOneBatchFollowEachOtherInEitherOrder() {
        LocalDate y2024 = LocalDate.of(2024, 1, 1);
        VersionedWrite w = writer.insertVersions(List.of(
                unit("353000000", Level.DISTRICT, "350000000", box(74, 50, 75, 51), "А", "А", "A", REFORM, null),
                unit("353000000", Level.DISTRICT, "350000000", box(74, 50, 75.5, 51), "А", "А", "A", y2024, null),
                unit("354000000", Level.DISTRICT, "350000000", box(75, 50, 76, 51), "Б", "Б", "B", y2024, null),
                unit("354000000", Level.DISTRICT, "350000000", box(75, 50, 76.5, 51), "Б", "Б", "B", REFORM, null)), List.of());

        assertThat(w.closed()).isEmpty();
        assertThat(w.inserted()).extracting(u -> u.kato() + " " + u.validFrom() + " " + u.validTo()).containsExactlyInAnyOrder(
                "353000000 " + REFORM + " " + y2024, "353000000 " + y2024 + " null",
                "354000000 " + y2024 + " null", "354000000 " + REFORM + " " + y2024);
        assertThat(repository.findByKato(Kato.of("353000000"), LocalDate.of(2023, 1, 1)).orElseThrow().geometry().getEnvelopeInternal().getMaxX()).isEqualTo(75);
        assertThat(repository.findByKato(Kato.of("353000000"), LocalDate.now()).orElseThrow().geometry().getEnvelopeInternal().getMaxX()).isEqualTo(75.5);
    }

    @Test
    void aVersionStartingOnTheSameDayIsRefusedAndNothingIsWritten() {
        assertThatThrownBy(() -> writer.insertVersions(List.of(
                unit("350000000", Level.REGION, "000000000", box(70, 46, 77, 52), "Қ", "К", "K", LocalDate.of(2024, 1, 1), null),
                unit("352000000", Level.DISTRICT, "350000000", box(74, 48, 76, 50), "Абай", "Абай", "Abai", REFORM, null)), List.of()))
                .isInstanceOf(UnitInvariantViolation.class)
                .hasMessageContaining("352000000").hasMessageContaining("already stored");
        assertThat(repository.count()).isEqualTo(8);
        assertThat(repository.findByKato(Kato.of("350000000"), LocalDate.now()).orElseThrow().validFrom()).isEqualTo(REFORM);
    }

    @Test
    void retiringALeafClosesItButAParentWithCurrentChildrenIsRefused() {
        LocalDate y2024 = LocalDate.of(2024, 1, 1);
        assertThatThrownBy(() -> writer.insertVersions(List.of(),
                List.of(new ClosedVersion(Kato.of("351000000"), REFORM, y2024))))
                .isInstanceOf(UnitInvariantViolation.class)
                .hasMessageContaining("okrug 351010000").hasMessageContaining("outlive its parent 351000000");
        assertThat(repository.findByKato(Kato.of("351000000"), LocalDate.now())).isPresent();

        VersionedWrite w = writer.insertVersions(List.of(), List.of(new ClosedVersion(Kato.of("351010001"), REFORM, y2024)));

        assertThat(w.closed()).hasSize(1);
        assertThat(repository.findByKato(Kato.of("351010001"), LocalDate.now())).isEmpty();
        assertThat(repository.findByKato(Kato.of("351010001"), LocalDate.of(2023, 1, 1))).isPresent();
    }

    @Test
    void aWriteInsideARolledBackTransactionLeavesNoTraceAndNoOneHearsOfIt() {
        List<List<AdminUnit>> heard = new ArrayList<>();
        writer.onWrite(heard::add);
        TransactionTemplate outer = new TransactionTemplate(new DataSourceTransactionManager(dataSource));

        outer.executeWithoutResult(status -> {
            writer.insertVersions(List.of(
                    unit("350000000", Level.REGION, "000000000", box(70, 46, 77, 52), "Қ", "К", "K", LocalDate.of(2024, 1, 1), null)), List.of());
            status.setRollbackOnly();
        });

        assertThat(heard).isEmpty();
        assertThat(repository.count()).isEqualTo(8);
        assertThat(repository.findByKato(Kato.of("350000000"), LocalDate.now()).orElseThrow().validTo()).isNull();
    }

    UnitQuery query(Level level, Kato parent, Envelope bbox, String text) {
        return query(level, parent, bbox == null ? null : LonLatBox.of(bbox), text);
    }

    UnitQuery query(Level level, Kato parent, LonLatBox bbox, String text) {
        return new UnitQuery(level, parent, bbox, LocalDate.now(), text, 100, 0, null);
    }

    Geometry box(double x0, double y0, double x1, double y1) {
        return gf.toGeometry(new Envelope(x0, x1, y0, y1));
    }

    static AdminUnit unit(String kato, Level level, String parent, Geometry g, String kk, String ru, String en, LocalDate from, LocalDate to) {
        return new AdminUnit(Kato.of(kato), level, level.code(), new UnitNames(kk, ru, en), parent == null ? null : Kato.of(parent),
                g, null, 0, from, to, null, "test");
    }
}
