package kz.aumaq.gis.featurelayer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.aumaq.gis.layer.Feature;
import kz.aumaq.gis.layer.FeaturePage;
import kz.aumaq.gis.layer.FeatureQuery;
import kz.aumaq.gis.layer.FieldInfo;
import kz.aumaq.gis.layer.LayerSource;
import org.locationtech.jts.geom.Envelope;

/**
 * A feature layer stored by ingest, as a {@link LayerSource}. Its features have no validity
 * period, so the query date is ignored. A re-load publishes a new source (new revision).
 */
public class StoredLayerSource implements LayerSource {

    /** Kazakhstan's extent, for an empty layer. */
    private static final Envelope KAZAKHSTAN = new Envelope(46.4, 87.4, 40.5, 55.5);
    private static final long BOOT = System.nanoTime();

    private final FeatureLayerStore store;
    private final FeatureLayerInfo info;
    private final long revision;
    private volatile Envelope extent;

    public StoredLayerSource(FeatureLayerStore store, FeatureLayerInfo info) {
        this.store = store;
        this.info = info;
        // distinct per load, so renderers never reuse what they built for the previous features
        this.revision = System.nanoTime() - BOOT + 1;
    }

    public FeatureLayerInfo info() {
        return info;
    }

    @Override
    public List<FieldInfo> fields() {
        return info.fields();
    }

    @Override
    public FeaturePage query(FeatureQuery q) {
        if (q.equals().isEmpty()) return store.query(info.name(), q.bbox(), q.limit(), q.offset());
        // property filters over every feature in the box, then paged
        List<Feature> matching = new ArrayList<>();
        for (Feature f : store.query(info.name(), q.bbox(), Integer.MAX_VALUE, 0).features()) {
            Map<String, Object> p = f.properties();
            if (q.equals().entrySet().stream().allMatch(e -> e.getValue().equals(String.valueOf(p.get(e.getKey()))))) matching.add(f);
        }
        int from = (int) Math.min(q.offset(), matching.size());
        int to = (int) Math.min((long) from + q.limit(), matching.size());
        return new FeaturePage(List.copyOf(matching.subList(from, to)), matching.size());
    }

    @Override
    public Optional<Feature> byId(String id, LocalDate date) {
        return store.byId(info.name(), id);
    }

    @Override
    public Envelope extent() {
        Envelope e = extent;
        if (e == null) {
            e = store.extent(info.name());
            if (e.isNull()) e = new Envelope(KAZAKHSTAN);
            extent = e;
        }
        return e;
    }

    @Override
    public long revision() {
        return revision;
    }

    @Override
    public boolean isPoint() {
        return info.isPoint();
    }

}
