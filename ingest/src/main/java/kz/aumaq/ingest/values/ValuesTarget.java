package kz.aumaq.ingest.values;

import java.util.List;
import kz.aumaq.gis.unit.AdminUnitRepository;
import kz.aumaq.ingest.job.CheckedLoad;
import kz.aumaq.ingest.job.IngestJob;
import kz.aumaq.ingest.job.IngestTarget;
import kz.aumaq.ingest.job.LoadCounts;
import kz.aumaq.ingest.report.Finding;
import kz.aumaq.ingest.report.OutOfScope;
import kz.aumaq.ingest.source.SourceDataset;

/**
 * The indicator-values target: a statistics table becomes rows of {@code indicator_value},
 * checked by {@link ValuePlanner}; a value already stored under the same key is replaced.
 */
public class ValuesTarget implements IngestTarget {

    private final AdminUnitRepository units;
    private final IndicatorValueStore store;
    private final ValueLoadOptions options;

    public ValuesTarget(AdminUnitRepository units, IndicatorValueStore store, ValueLoadOptions options) {
        this.units = units;
        this.store = store;
        this.options = options;
    }

    @Override
    public CheckedLoad check(SourceDataset dataset) {
        ValuePlan plan = new ValuePlanner(units).plan(dataset, options);
        List<Finding> findings = OutOfScope.with(plan.findings(), store.outOfScope(plan.values()));
        return CheckedLoad.of(findings, source -> {
            int replaced = store.replace(plan.values(), source);
            return new LoadCounts(plan.values().size(), replaced, plan.values().size());
        });
    }

    /** Still current while no later load replaced any of the job's values. */
    @Override
    public boolean stillCurrent(IngestJob job) {
        return store.countBySource(job.source()) == job.current();
    }
}
