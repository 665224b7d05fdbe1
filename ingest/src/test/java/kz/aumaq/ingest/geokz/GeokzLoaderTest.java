package kz.aumaq.ingest.geokz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import kz.aumaq.gis.unit.AdminUnit;
import kz.aumaq.gis.unit.AdminUnitRepository;
import kz.aumaq.gis.unit.AdminUnitWriter;
import kz.aumaq.gis.unit.Kato;
import kz.aumaq.gis.unit.Level;
import kz.aumaq.gis.unit.UnitQuery;
import kz.aumaq.ingest.testdata.SharedData;
import kz.aumaq.ingest.testdb.H2gisTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import kz.aumaq.gis.geom.LonLatBox;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/** On the real geokz files from {@code ../shared/data/geokz}; skipped when they are not beside the checkout. */
class GeokzLoaderTest {

    private static final LocalDate IN_2024 = LocalDate.of(2024, 6, 1);
    private static final LocalDate IN_2020 = LocalDate.of(2020, 6, 1);
    private static List<AdminUnit> loaded;
    private List<AdminUnit> units;

    /** Per test rather than in @BeforeAll, so that without the data each test reports itself as skipped. */
    @BeforeEach
    void load() throws Exception {
        Path dir = SharedData.requireOrSkip("geokz");
        if (loaded == null) loaded = new GeokzLoader().load(dir);
        units = loaded;
    }

    @Test
    void the2024EditionHasTheCountry20RegionsAnd224Districts() {
        assertThat(on(IN_2024, Level.COUNTRY)).singleElement().satisfies(c -> {
            assertThat(c.kato()).isEqualTo(Kato.COUNTRY);
            assertThat(c.names().kk()).isEqualTo("Қазақстан");
            assertThat(c.names().ru()).isEqualTo("Казахстан");
            assertThat(c.names().en()).isEqualTo("Kazakhstan");
        });
        assertThat(on(IN_2024, Level.REGION)).hasSize(20)
                .allSatisfy(r -> assertThat(r.parentKato()).isEqualTo(Kato.COUNTRY))
                .allSatisfy(r -> assertThat(r.source()).isEqualTo("geokz-2024"))
                .allSatisfy(r -> assertThat(r.validFrom()).isEqualTo(LocalDate.of(2024, 1, 1)));
        assertThat(on(IN_2024, Level.DISTRICT)).hasSize(224);
    }

    @Test
    void newRegionsAndRepublicanCitiesAreThere() {
        Map<String, AdminUnit> regions = on(IN_2024, Level.REGION).stream()
                .collect(Collectors.toMap(r -> r.kato().code(), Function.identity()));
        assertThat(regions).containsKeys("100000000", "330000000", "620000000"); // Abai, Zhetysu, Ulytau
        assertThat(regions.values()).filteredOn(r -> r.kind().equals("city_republican"))
                .extracting(r -> r.kato().code()).containsExactlyInAnyOrder("710000000", "750000000", "790000000");
        assertThat(regions.values()).filteredOn(r -> r.kind().equals("oblast")).hasSize(17);
    }

    @Test
    void everyDistrictHasARegionOfTheSameEditionAsParent() {
        for (LocalDate date : List.of(IN_2024, IN_2020)) {
            Map<Kato, AdminUnit> regions = on(date, Level.REGION).stream()
                    .collect(Collectors.toMap(AdminUnit::kato, Function.identity()));
            assertThat(on(date, Level.DISTRICT)).allSatisfy(d -> {
                assertThat(regions).containsKey(d.parentKato());
                assertThat(d.kato().code()).startsWith(d.parentKato().code().substring(0, 2));
            });
        }
    }

    @Test
    void districtKindsSeparateCitiesFromDistricts() {
        Map<String, String> kinds = on(IN_2024, Level.DISTRICT).stream()
                .collect(Collectors.toMap(d -> d.kato().code(), AdminUnit::kind));
        assertThat(kinds).containsEntry("351000000", "city_oblast")   // Karaganda
                .containsEntry("101010000", "district")                 // Zhanasemey, under Semey's code
                .containsEntry("354000000", "district")                 // Bukhar-Zhyrau
                .containsEntry("711110000", "city_district");           // Almaty district of Astana
        assertThat(kinds.values()).containsOnly("district", "city_oblast", "city_district");
    }

    @Test
    void theCountryCoversEveryRegionWithoutHairlineHoles() {
        AdminUnit country = on(IN_2024, Level.COUNTRY).get(0);
        assertThat(on(IN_2024, Level.REGION)).allSatisfy(r ->
                assertThat(country.geometry().covers(r.geometry().getInteriorPoint())).as("%s inside", r.kato()).isTrue());
        for (int i = 0; i < country.geometry().getNumGeometries(); i++) {
            assertThat(((Polygon) country.geometry().getGeometryN(i)).getNumInteriorRing()).isZero();
        }
    }

    @Test
    void astanaCoversItsCentre() {
        AdminUnit astana = on(IN_2024, Level.REGION).stream().filter(r -> r.kato().code().equals("710000000")).findFirst().orElseThrow();
        assertThat(astana.geometry().covers(new GeometryFactory().createPoint(new Coordinate(71.43, 51.13)))).isTrue();
        assertThat(astana.names().en()).isEqualTo("Astana (city)");
    }

    @Test
    void everyGeometryIsAValidMultiPolygonInWgs84() {
        assertThat(units).allSatisfy(u -> {
            assertThat(u.geometry()).isInstanceOf(MultiPolygon.class);
            assertThat(u.geometry().isValid()).as("%s valid", u.kato()).isTrue();
            assertThat(u.geometry().getSRID()).isEqualTo(4326);
        });
    }

    @Test
    void the2018EditionIsTheOlderVersion() {
        assertThat(on(IN_2020, Level.REGION)).hasSize(17)
                .allSatisfy(r -> assertThat(r.validTo()).isEqualTo(LocalDate.of(2024, 1, 1)))
                .extracting(r -> r.kato().code()).doesNotContain("100000000", "330000000", "620000000");
        assertThat(on(IN_2020, Level.DISTRICT)).isNotEmpty().allSatisfy(d -> assertThat(d.source()).isEqualTo("geokz-2018"));
    }

    @Test
    void theWholeLoadPassesTheWriterAndReadsBack(@TempDir Path tmp) {
        DataSource db = H2gisTestDatabase.migrated(tmp);
        AdminUnitRepository repository = new AdminUnitRepository(db);

        List<AdminUnit> stored = new AdminUnitWriter(db, repository, new kz.aumaq.gis.territory.TerritoryGuard(repository, () -> kz.aumaq.gis.territory.Actor.operator("test"))).insert(units);

        assertThat(stored).hasSameSizeAs(units);
        assertThat(repository.count()).isEqualTo(units.size());
        assertThat(repository.find(query(Level.REGION, IN_2024, null)).numberMatched()).isEqualTo(20);
        assertThat(repository.find(query(Level.DISTRICT, IN_2024, null)).numberMatched()).isEqualTo(224);
        assertThat(repository.find(query(Level.REGION, IN_2020, null)).numberMatched()).isEqualTo(17);
        assertThat(repository.find(query(Level.REGION, IN_2024, new Envelope(71.43, 71.43, 51.13, 51.13))).units())
                .extracting(u -> u.kato().code()).containsExactly("710000000");
        AdminUnit karaganda = repository.findByKato(Kato.of("351000000"), IN_2024).orElseThrow();
        assertThat(karaganda.path()).isEqualTo("000000000/350000000/351000000");
        assertThat(karaganda.areaKm2()).isPositive();
    }

    private List<AdminUnit> on(LocalDate date, Level level) {
        return units.stream().filter(u -> u.level() == level && u.validOn(date)).toList();
    }

    private static UnitQuery query(Level level, LocalDate date, Envelope bbox) {
        return new UnitQuery(level, null, bbox == null ? null : LonLatBox.of(bbox), date, null, 1000, 0, null);
    }
}
