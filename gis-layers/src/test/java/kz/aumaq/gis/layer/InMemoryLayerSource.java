package kz.aumaq.gis.layer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.aumaq.gis.text.LocalizedText;
import org.locationtech.jts.geom.Envelope;

/** A fixed list of features, for tests of the front ends without a database. */
public class InMemoryLayerSource implements LayerSource {

    private final List<Feature> features;
    private final boolean points;

    public InMemoryLayerSource(List<Feature> features, boolean points) {
        this.features = List.copyOf(features);
        this.points = points;
    }

    @Override
    public List<FieldInfo> fields() {
        return List.of(new FieldInfo("name_en", "string", LocalizedText.of("name")));
    }

    @Override
    public FeaturePage query(FeatureQuery q) {
        List<Feature> hits = features.stream()
                .filter(f -> q.bbox() == null || q.bbox().intersects(f.geometry().getEnvelopeInternal()))
                .filter(f -> q.equals().entrySet().stream().allMatch(e -> e.getValue().equals(String.valueOf(f.properties().get(e.getKey())))))
                .toList();
        int from = Math.min(q.offset(), hits.size());
        int to = (int) Math.min((long) from + q.limit(), hits.size());
        return new FeaturePage(hits.subList(from, to), hits.size());
    }

    @Override
    public Optional<Feature> byId(String id, LocalDate date) {
        return features.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    @Override
    public Envelope extent() {
        Envelope e = new Envelope();
        features.forEach(f -> e.expandToInclude(f.geometry().getEnvelopeInternal()));
        return e;
    }

    @Override
    public long revision() {
        return 1;
    }

    @Override
    public boolean isPoint() {
        return points;
    }
}
