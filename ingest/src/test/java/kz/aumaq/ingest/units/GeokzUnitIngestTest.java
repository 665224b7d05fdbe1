package kz.aumaq.ingest.units;

import static kz.aumaq.ingest.units.UnitIngestFixture.IN_2020;
import static kz.aumaq.ingest.units.UnitIngestFixture.Y2018;
import static kz.aumaq.ingest.units.UnitIngestFixture.Y2024;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import kz.aumaq.gis.unit.AdminUnit;
import kz.aumaq.gis.unit.Kato;
import kz.aumaq.gis.unit.Level;
import kz.aumaq.gis.unit.UnitQuery;
import kz.aumaq.ingest.job.IngestJob;
import kz.aumaq.ingest.job.JobResult;
import kz.aumaq.ingest.job.JobStatus;
import kz.aumaq.ingest.report.Finding;
import kz.aumaq.ingest.report.Severity;
import kz.aumaq.ingest.testdata.SharedData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real geokz boundaries through the whole job (read, check, commit, record) into an empty
 * H2GIS database, in both orders of the two editions. Skipped when shared/data/geokz is absent.
 */
class GeokzUnitIngestTest {

    static final String REGIONS_2024 = "kaz_admbnda_adm1_2024.shp";
    static final String DISTRICTS_2024 = "kaz_admbnda_adm2_2024.shp";
    static final String REGIONS_2018 = "kaz_admbnda_adm1_2018.shp";
    static final String DISTRICTS_2018 = "kaz_admbnda_adm2_2018.shp";

    @TempDir
    Path tmp;
    UnitIngestFixture f;

    @BeforeEach
    void database() {
        f = new UnitIngestFixture(tmp, SharedData.requireOrSkip("geokz"));
    }

    @Test
    void the2024EditionThenThe2018OneAsTheOlderVersion() {
        JobResult regions = committed(f.load(REGIONS_2024, Level.REGION, Y2024, false));
        assertThat(regions.job().inserted()).isEqualTo(21);
        assertThat(codes(regions)).contains("country-created", "field-mapping", "parent-by-code");
        assertThat(regions.job().read()).isEqualTo(20);
        assertRecorded(regions);
        assertThat(committed(f.load(DISTRICTS_2024, Level.DISTRICT, Y2024, false)).job().inserted()).isEqualTo(224);

        JobResult dry = f.load(REGIONS_2018, Level.REGION, Y2018, true);
        assertThat(dry.job().status()).isEqualTo(JobStatus.DRY_RUN);
        assertThat(dry.job().skipped()).isEqualTo(17);
        assertThat(f.repository.count()).isEqualTo(1 + 20 + 224);
        assertThat(f.jobs.recent(10)).extracting(IngestJob::status)
                .containsExactly(JobStatus.DRY_RUN, JobStatus.COMMITTED, JobStatus.COMMITTED);

        JobResult old = committed(f.load(REGIONS_2018, Level.REGION, Y2018, false));
        assertThat(old.findings()).filteredOn(x -> x.code().equals("older-version")).singleElement()
                .satisfies(x -> assertThat(x.count()).isEqualTo(17));
        assertThat(codes(old)).doesNotContain("units-retired", "version-superseded");
        assertThat(old.job().closed()).isZero();
        assertThat(dry.findings()).isEqualTo(old.findings());
        committed(f.load(DISTRICTS_2018, Level.DISTRICT, Y2018, false));

        assertAsOf();
        assertThat(f.repository.countBySource(old.job().source())).isEqualTo(17);
        assertThat(f.repository.countCurrentBySource(old.job().source())).isZero();

        // The 2024 file again: its units are untouched by the older load, so nothing to do.
        long units = f.repository.count();
        JobResult again = f.load(REGIONS_2024, Level.REGION, Y2024, false);
        assertThat(again.job().status()).isEqualTo(JobStatus.UNCHANGED);
        assertThat(codes(again)).containsExactly("already-loaded");
        assertThat(f.repository.count()).isEqualTo(units);
    }

    @Test
    void the2018EditionThenThe2024OneClosesAndRetiresTheOldUnits() {
        committed(f.load(REGIONS_2018, Level.REGION, Y2018, false));
        JobResult oldDistricts = committed(f.load(DISTRICTS_2018, Level.DISTRICT, Y2018, false));
        assertThat(f.count(Level.DISTRICT, LocalDate.now())).isEqualTo(216);

        JobResult regions = committed(f.load(REGIONS_2024, Level.REGION, Y2024, false));
        assertThat(regions.job().closed()).isEqualTo(17);
        JobResult districts = committed(f.load(DISTRICTS_2024, Level.DISTRICT, Y2024, false));
        Finding retired = districts.findings().stream().filter(x -> x.code().equals("units-retired")).findFirst().orElseThrow();
        assertThat(retired.severity()).isEqualTo(Severity.WARNING);
        Finding superseded = districts.findings().stream().filter(x -> x.code().equals("version-superseded")).findFirst().orElseThrow();
        assertThat(districts.job().closed()).isEqualTo(retired.count() + superseded.count());

        assertAsOf();
        // The 2018 districts were closed since: their file is no longer the current data.
        JobResult again = f.load(DISTRICTS_2018, Level.DISTRICT, Y2018, false);
        assertThat(again.job().status()).isEqualTo(JobStatus.FAILED);
        assertThat(codes(again)).contains("version-exists");
        assertThat(f.repository.countBySource(oldDistricts.job().source())).isEqualTo(216);
    }

    private void assertRecorded(JobResult r) {
        IngestJob stored = f.jobs.find(r.job().id()).orElseThrow();
        assertThat(stored).isEqualTo(r.job());
        assertThat(stored.user()).isEqualTo("tester");
        assertThat(stored.fileName()).isEqualTo(REGIONS_2024);
        assertThat(stored.sha256()).matches("[0-9a-f]{64}");
        assertThat(stored.target()).isEqualTo("units");
        assertThat(stored.level()).isEqualTo("region");
        assertThat(stored.options()).isEqualTo("{\"valid-from\":\"2024-01-01\"}");
        assertThat(stored.finishedAt()).isAfterOrEqualTo(stored.startedAt());
        assertThat(stored.report()).startsWith("{\"findings\":[").contains("\"code\":\"country-created\"");
        assertThat(f.repository.countBySource(stored.source())).isEqualTo(21);
    }

    private void assertAsOf() {
        assertThat(f.count(Level.REGION, IN_2020)).isEqualTo(17);
        assertThat(f.count(Level.DISTRICT, IN_2020)).isEqualTo(216);
        assertThat(f.count(Level.REGION, LocalDate.now())).isEqualTo(20);
        assertThat(f.count(Level.DISTRICT, LocalDate.now())).isEqualTo(224);
        Set<Kato> regions2020 = f.repository.find(new UnitQuery(Level.REGION, null, null, IN_2020, null, 100, 0, null)).units().stream()
                .map(AdminUnit::kato).collect(Collectors.toSet());
        assertThat(f.repository.find(new UnitQuery(Level.DISTRICT, null, null, IN_2020, null, 1000, 0, null)).units())
                .allSatisfy(d -> {
                    assertThat(regions2020).contains(d.parentKato());
                    assertThat(d.validTo()).isEqualTo(Y2024);
                });
        assertThat(f.repository.findByKato(Kato.of("100000000"), IN_2020)).isEmpty();          // Abai region: since 2022
        assertThat(f.repository.findByKato(Kato.of("100000000"), LocalDate.now())).isPresent();
    }

    private static JobResult committed(JobResult r) {
        assertThat(r.job().status()).as("%s", r.findings()).isEqualTo(JobStatus.COMMITTED);
        return r;
    }

    private static java.util.List<String> codes(JobResult r) {
        return r.findings().stream().map(Finding::code).toList();
    }
}
