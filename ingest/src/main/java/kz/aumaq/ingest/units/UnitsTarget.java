package kz.aumaq.ingest.units;

import java.util.List;
import kz.aumaq.gis.unit.AdminUnit;
import kz.aumaq.gis.unit.AdminUnitRepository;
import kz.aumaq.gis.unit.AdminUnitWriter;
import kz.aumaq.gis.unit.VersionedWrite;
import kz.aumaq.ingest.job.CheckedLoad;
import kz.aumaq.ingest.job.IngestJob;
import kz.aumaq.ingest.job.IngestTarget;
import kz.aumaq.ingest.job.LoadCounts;
import kz.aumaq.ingest.report.Finding;
import kz.aumaq.ingest.report.OutOfScope;
import kz.aumaq.ingest.source.SourceDataset;

/**
 * The admin-units target: a boundary file of one level becomes unit versions, checked by
 * {@link UnitPlanner} and written through {@link AdminUnitWriter#insertVersions}, the one write
 * path, which re-checks the hierarchy's invariants inside the job's transaction.
 */
public class UnitsTarget implements IngestTarget {

    private final AdminUnitRepository repository;
    private final AdminUnitWriter writer;
    private final UnitLoadOptions options;

    public UnitsTarget(AdminUnitRepository repository, AdminUnitWriter writer, UnitLoadOptions options) {
        this.repository = repository;
        this.writer = writer;
        this.options = options;
    }

    /** The plan alone, for callers that show or test it without a job. */
    public UnitPlan plan(SourceDataset dataset) {
        return new UnitPlanner(repository).plan(dataset, options);
    }

    @Override
    public CheckedLoad check(SourceDataset dataset) {
        UnitPlan plan = plan(dataset);
        // Said in the dry run already; the writer refuses it again at the commit.
        List<Finding> findings = plan.hasErrors() ? plan.findings() : OutOfScope.with(plan.findings(), writer.outOfScope(plan.units(), plan.retire()));
        return CheckedLoad.of(findings, source -> {
            List<AdminUnit> marked = plan.units().stream().map(u -> withSource(u, source)).toList();
            VersionedWrite w = writer.insertVersions(marked, plan.retire());
            int current = (int) w.inserted().stream().filter(u -> u.validTo() == null).count();
            return new LoadCounts(w.inserted().size(), w.closed().size(), current);
        });
    }

    @Override
    public boolean stillCurrent(IngestJob job) {
        return repository.countBySource(job.source()) == job.inserted()
                && repository.countCurrentBySource(job.source()) == job.current();
    }

    private static AdminUnit withSource(AdminUnit u, String source) {
        return new AdminUnit(u.kato(), u.level(), u.kind(), u.names(), u.parentKato(), u.geometry(), u.labelPoint(), u.areaKm2(),
                u.validFrom(), u.validTo(), u.path(), source);
    }
}
