package kz.aumaq.gis.layer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.aumaq.gis.geom.LonLatBox;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;

/**
 * A restricted layer's features as a territorially scoped viewer may see them: only those that
 * intersect the scope unit's boundary. Every front end (drawing, feature info, OGC API items and
 * single features) reads through {@link LayerSource}, so filtering here cuts all of them at once;
 * a feature outside the territory is answered exactly like one that does not exist.
 *
 * <p>Two wrappers of the same source for the same scope key are equal, so built feature sets
 * are shared by everyone with that scope and never with anyone else.
 */
public final class ScopedLayerSource implements LayerSource {

    private final LayerSource inner;
    private final String scope;
    private final Geometry area;
    private final PreparedGeometry prepared;

    /**
     * @param scope names the territory and its boundary's version: caches keep scoped results under it
     * @param area  the territory's boundary, lon/lat, prepared once and shared by every request of the scope
     */
    public ScopedLayerSource(LayerSource inner, String scope, PreparedGeometry area) {
        this.inner = Objects.requireNonNull(inner, "inner");
        this.scope = Objects.requireNonNull(scope, "scope");
        this.prepared = Objects.requireNonNull(area, "area");
        this.area = area.getGeometry();
    }

    /** The source as published, for questions about where data comes from, never for its features. */
    public LayerSource inner() {
        return inner;
    }

    public String scope() {
        return scope;
    }

    @Override
    public List<FieldInfo> fields() {
        return inner.fields();
    }

    /**
     * Asks the source for every match within the territory's envelope, keeps those inside the
     * territory, then pages: the count and the pages agree with what the viewer may see.
     */
    @Override
    public FeaturePage query(FeatureQuery q) {
        LonLatBox box = q.bbox() == null ? LonLatBox.of(area.getEnvelopeInternal()) : q.bbox().intersection(area.getEnvelopeInternal());
        if (box == null) return new FeaturePage(List.of(), 0);
        List<Feature> inside = new ArrayList<>();
        for (Feature f : inner.query(new FeatureQuery(box, q.date(), q.equals(), Integer.MAX_VALUE, 0)).features()) {
            if (inScope(f)) inside.add(f);
        }
        int from = (int) Math.min(q.offset(), inside.size());
        int to = (int) Math.min((long) from + q.limit(), inside.size());
        return new FeaturePage(List.copyOf(inside.subList(from, to)), inside.size());
    }

    @Override
    public Optional<Feature> byId(String id, LocalDate date) {
        return inner.byId(id, date).filter(this::inScope);
    }

    /** The data's extent within the territory; the territory's own when they do not meet. */
    @Override
    public Envelope extent() {
        Envelope cut = inner.extent().intersection(area.getEnvelopeInternal());
        return cut.isNull() ? new Envelope(area.getEnvelopeInternal()) : cut;
    }

    /** The source's: the scope key already tells territories (and boundary versions) apart. */
    @Override
    public long revision() {
        return inner.revision();
    }

    @Override
    public boolean isPoint() {
        return inner.isPoint();
    }

    private boolean inScope(Feature f) {
        return f.geometry() != null && prepared.intersects(f.geometry());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScopedLayerSource s && s.inner.equals(inner) && s.scope.equals(scope);
    }

    @Override
    public int hashCode() {
        return inner.hashCode() * 31 + scope.hashCode();
    }

    @Override
    public String toString() {
        return inner + " within " + scope;
    }
}
