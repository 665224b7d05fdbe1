package kz.aumaq.ingest.units;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import kz.aumaq.gis.unit.AdminUnitRepository;
import kz.aumaq.gis.unit.AdminUnitWriter;
import kz.aumaq.gis.unit.Level;
import kz.aumaq.gis.unit.UnitQuery;
import kz.aumaq.ingest.job.IngestJobRepository;
import kz.aumaq.ingest.job.IngestJobRunner;
import kz.aumaq.ingest.job.JobRequest;
import kz.aumaq.ingest.job.JobResult;
import kz.aumaq.ingest.source.DatasetReader;
import kz.aumaq.ingest.format.DatasetReaders;
import kz.aumaq.ingest.source.ReadOptions;
import kz.aumaq.ingest.testdb.H2gisTestDatabase;

/** A migrated H2GIS database with the unit store, the job table and a runner over it. */
final class UnitIngestFixture {

    static final LocalDate Y2018 = LocalDate.of(2018, 1, 1);
    static final LocalDate Y2024 = LocalDate.of(2024, 1, 1);
    static final LocalDate IN_2020 = LocalDate.of(2020, 1, 1);

    final DataSource db;
    final AdminUnitRepository repository;
    final AdminUnitWriter writer;
    final IngestJobRepository jobs;
    final Path geokz;

    UnitIngestFixture(Path tmp, Path geokz) {
        this.db = H2gisTestDatabase.migrated(tmp);
        this.repository = new AdminUnitRepository(db);
        this.writer = new AdminUnitWriter(db, repository, new kz.aumaq.gis.territory.TerritoryGuard(repository, () -> kz.aumaq.gis.territory.Actor.operator("test")));
        this.jobs = new IngestJobRepository(db);
        this.geokz = geokz;
    }

    JobResult load(String file, Level level, LocalDate from, boolean dryRun) {
        return load(file, level, from, dryRun, new DatasetReaders());
    }

    JobResult load(String file, Level level, LocalDate from, boolean dryRun, DatasetReader reader) {
        IngestJobRunner runner = new IngestJobRunner(db, jobs, List.of(reader), Clock.systemUTC());
        UnitsTarget target = new UnitsTarget(repository, writer, new UnitLoadOptions(level, from, UnitFieldMapping.NONE));
        JobRequest request = new JobRequest("tester", geokz.resolve(file), "units", level.code(),
                Map.of("valid-from", from.toString()), ReadOptions.DEFAULT, dryRun);
        return runner.run(request, target);
    }

    long count(Level level, LocalDate date) {
        return repository.find(new UnitQuery(level, null, null, date, null, 0, 0, null)).numberMatched();
    }
}
