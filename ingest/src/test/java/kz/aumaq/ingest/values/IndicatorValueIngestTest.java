package kz.aumaq.ingest.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import kz.aumaq.gis.demo.DemoTerritory;
import kz.aumaq.gis.demo.DemoTerritoryGenerator;
import kz.aumaq.gis.territory.Actor;
import kz.aumaq.gis.territory.TerritorialScope;
import kz.aumaq.gis.territory.TerritoryGuard;
import kz.aumaq.gis.unit.Kato;
import kz.aumaq.gis.unit.AdminUnit;
import kz.aumaq.gis.unit.AdminUnitRepository;
import kz.aumaq.gis.unit.AdminUnitWriter;
import kz.aumaq.gis.unit.Level;
import kz.aumaq.ingest.format.DatasetReaders;
import kz.aumaq.ingest.job.IngestJobRepository;
import kz.aumaq.ingest.job.IngestJobRunner;
import kz.aumaq.ingest.job.JobRequest;
import kz.aumaq.ingest.job.JobResult;
import kz.aumaq.ingest.job.JobStatus;
import kz.aumaq.ingest.report.Finding;
import kz.aumaq.ingest.report.Severity;
import kz.aumaq.ingest.source.ReadOptions;
import kz.aumaq.ingest.testdb.H2gisTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Indicator tables against the demo country and regions (the real KATO codes and names). */
class IndicatorValueIngestTest {

    @TempDir
    Path tmp;
    private AdminUnitRepository units;
    private IndicatorValueStore store;
    private IngestJobRunner runner;
    private Actor actor = Actor.operator("test");

    @BeforeEach
    void regions() {
        DataSource db = H2gisTestDatabase.migrated(tmp.resolve("db"));
        units = new AdminUnitRepository(db);
        DemoTerritory demo = new DemoTerritoryGenerator().generate();
        List<AdminUnit> top = Stream.concat(Stream.of(demo.country()), demo.byLevel(Level.REGION).stream()).toList();
        TerritoryGuard guard = new TerritoryGuard(units, () -> actor);
        new AdminUnitWriter(db, units, guard).insert(top);
        store = new IndicatorValueStore(db, guard);
        runner = new IngestJobRunner(db, new IngestJobRepository(db), List.of(new DatasetReaders()), Clock.systemUTC());
    }

    @Test
    void wideTableKeyedByKatoLoadsAndReloadsIdempotently() throws IOException {
        Path csv = write("pop.csv", """
                KATO;Region;2023;2024;2024 female
                350000000;Карагандинская область;1131,5;1128,2;590
                150000000;Актюбинская область;921;930;
                470000000;Мангистауская область;-;760,1;380
                """);
        JobResult r = run(csv, "POP", false);
        assertThat(r.job().status()).as(r.findings().toString()).isEqualTo(JobStatus.COMMITTED);
        List<IndicatorValue> values = store.find("POP");
        assertThat(values).hasSize(7)
                .contains(new IndicatorValue("POP", "350000000", "2023", "", 1131.5),
                        new IndicatorValue("POP", "350000000", "2024", "sex=female", 590));
        assertThat(codes(r, Severity.INFO)).contains("empty-cells");

        assertThat(run(csv, "POP", false).job().status()).isEqualTo(JobStatus.UNCHANGED);
    }

    @Test
    void aRegionalOfficerCannotLoadAnotherRegionsFigures() throws IOException {
        Path csv = write("pop.csv", """
                KATO;2024
                350000000;1128,2
                150000000;930
                """);
        actor = new Actor("karaganda-officer", TerritorialScope.of(Kato.of("350000000")));
        JobResult dry = run(csv, "POP", true);
        assertThat(dry.job().status()).isEqualTo(JobStatus.FAILED);
        Finding outside = dry.findings().stream().filter(f -> f.code().equals("out-of-scope")).findFirst().orElseThrow();
        assertThat(outside.examples()).containsExactly("unit 150000000 is outside the territory 350000000 of karaganda-officer");
        assertThat(run(csv, "POP", false).job().status()).isEqualTo(JobStatus.FAILED);
        assertThat(store.find("POP")).isEmpty();
        // The store itself refuses, whoever calls it.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.replace(List.of(new IndicatorValue("POP", "150000000", "2024", "", 1)), "x"))
                .isInstanceOf(kz.aumaq.gis.territory.OutOfScopeException.class);

        Path own = write("own.csv", """
                KATO;2024
                350000000;1128,2
                """);
        assertThat(run(own, "POP", false).job().status()).isEqualTo(JobStatus.COMMITTED);
        assertThat(store.find("POP")).extracting(IndicatorValue::kato).containsExactly("350000000");
    }

    @Test
    void longTableWithAnUnknownKatoAndAWordIsRefused() throws IOException {
        Path csv = write("long.csv", """
                kato,period,value
                350000000,2024S1,12.5
                350000000,2024S1,13
                999999999,2024Q2,1
                150000000,2024-06,many
                """);
        JobResult r = run(csv, "X", false);
        assertThat(r.job().status()).isEqualTo(JobStatus.FAILED);
        assertThat(codes(r, Severity.ERROR)).contains("unknown-unit", "not-a-number");
        assertThat(codes(r, Severity.WARNING)).contains("duplicate-value");
        assertThat(store.find("X")).isEmpty();
    }

    @Test
    void russianNamesWithTyposFailWithSuggestionsAndLoadOnceAccepted() throws IOException {
        Path csv = write("names.csv", """
                Наименование;2024
                Карагандинская обл;1128
                Актюбинская областъ;930
                Мангыстауская область;760
                """);
        JobResult refused = run(csv, "POP", false);
        assertThat(refused.job().status()).isEqualTo(JobStatus.FAILED);
        Finding unknown = refused.findings().stream().filter(f -> f.code().equals("unknown-name")).findFirst().orElseThrow();
        assertThat(unknown.examples()).anySatisfy(e -> assertThat(e).contains("Актюбинская областъ").contains("150000000"))
                .anySatisfy(e -> assertThat(e).contains("Мангыстауская").contains("470000000"));
        assertThat(store.find("POP")).isEmpty();

        JobResult accepted = runner.run(request(csv, "POP", false, true), new ValuesTarget(units, store, new ValueLoadOptions("POP", Level.REGION, true)));
        assertThat(accepted.job().status()).as(accepted.findings().toString()).isEqualTo(JobStatus.COMMITTED);
        assertThat(store.find("POP")).extracting(IndicatorValue::kato).containsExactly("150000000", "350000000", "470000000");
    }

    @Test
    void periodsAreReadFromTheirIsoCodes() {
        assertThat(Period.parse("2024h1")).contains(new Period("2024S1"));
        assertThat(Period.parse("2024q2")).contains(new Period("2024Q2"));
        assertThat(Period.parse("2024-13")).isEmpty();
        assertThat(TableLayout.periodHeader("2024 жен")).hasValueSatisfying(e -> assertThat(e.getValue()).isEqualTo(Sex.FEMALE));
        assertThat(TableLayout.periodHeader("Регион")).isEmpty();
    }

    private JobResult run(Path file, String indicator, boolean dryRun) {
        return runner.run(request(file, indicator, dryRun, false), new ValuesTarget(units, store, new ValueLoadOptions(indicator, Level.REGION, false)));
    }

    private static JobRequest request(Path file, String indicator, boolean dryRun, boolean accept) {
        return new JobRequest("tester", file, "values", "region", Map.of("indicator", indicator, "accept-suggestions", String.valueOf(accept)),
                ReadOptions.DEFAULT, dryRun);
    }

    private static List<String> codes(JobResult r, Severity severity) {
        return r.findings().stream().filter(f -> f.severity() == severity).map(Finding::code).toList();
    }

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }
}
