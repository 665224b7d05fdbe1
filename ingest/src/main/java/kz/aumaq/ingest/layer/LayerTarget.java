package kz.aumaq.ingest.layer;

import kz.aumaq.gis.featurelayer.FeatureLayerInfo;
import kz.aumaq.gis.featurelayer.FeatureLayerStore;
import kz.aumaq.ingest.job.CheckedLoad;
import kz.aumaq.ingest.job.IngestJob;
import kz.aumaq.ingest.job.IngestTarget;
import kz.aumaq.ingest.job.LoadCounts;
import kz.aumaq.ingest.source.SourceDataset;

/**
 * The feature-layer target: a file becomes (or replaces) one stored layer, checked by
 * {@link LayerPlanner}. Publishing it is the caller's, after the commit (see
 * {@code StoredLayers}); a server also publishes every stored layer at start.
 */
public class LayerTarget implements IngestTarget {

    private final FeatureLayerStore store;
    private final LayerLoadOptions options;

    public LayerTarget(FeatureLayerStore store, LayerLoadOptions options) {
        this.store = store;
        this.options = options;
    }

    @Override
    public CheckedLoad check(SourceDataset dataset) {
        LayerPlan plan = new LayerPlanner().plan(dataset);
        return CheckedLoad.of(plan.findings(), source -> {
            FeatureLayerInfo info = new FeatureLayerInfo(options.name(), options.title(), plan.geometryType(), plan.fields(), source);
            int replaced = store.replace(info, plan.features());
            return new LoadCounts(plan.features().size(), replaced, plan.features().size());
        });
    }

    /** Still current while the layer is the one this job wrote. */
    @Override
    public boolean stillCurrent(IngestJob job) {
        return store.layer(options.name()).map(l -> l.source().equals(job.source())).orElse(false)
                && store.countBySource(job.source()) == job.current();
    }
}
