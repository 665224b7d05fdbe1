package kz.aumaq.gis.layer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.locationtech.jts.geom.Coordinate;
import kz.aumaq.gis.geom.LonLatBox;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.junit.jupiter.api.Test;

/** A source cut to a territory: only features meeting it, counted and paged as the viewer sees them. */
class ScopedLayerSourceTest {

    private static final GeometryFactory GF = new GeometryFactory();
    private static final LocalDate DAY = LocalDate.of(2024, 6, 1);
    /** The territory: the square 70..72 x 50..52 (lon/lat). */
    private static final PreparedGeometry AREA = PreparedGeometryFactory.prepare(GF.toGeometry(new Envelope(70, 72, 50, 52)));

    private static Feature point(String id, double lon, double lat, String kind) {
        return new Feature(id, GF.createPoint(new Coordinate(lon, lat)), Map.of("name_en", id, "kind", kind));
    }

    private final InMemoryLayerSource all = new InMemoryLayerSource(List.of(
            point("in-1", 70.1, 50.5, "school"), point("in-2", 70.5, 51.5, "clinic"), point("in-3", 70.2, 51.9, "school"),
            point("out-1", 73.0, 50.5, "school"), point("out-2", 10.0, 10.0, "school"),
            // Inside the territory's envelope, outside the territory: a triangle makes that possible.
            point("corner", 71.9, 50.1, "school")), true);
    private final PreparedGeometry triangle = PreparedGeometryFactory.prepare(GF.createPolygon(new Coordinate[] {
            new Coordinate(70, 50), new Coordinate(70, 52), new Coordinate(72, 52), new Coordinate(70, 50)}));

    @Test
    void onlyFeaturesMeetingTheTerritoryAreQueriedCountedAndPaged() {
        ScopedLayerSource scoped = new ScopedLayerSource(all, "351000000@1", AREA);
        FeaturePage page = scoped.query(FeatureQuery.all(DAY));
        assertThat(page.features()).extracting(Feature::id).containsExactly("in-1", "in-2", "in-3", "corner");
        assertThat(page.numberMatched()).isEqualTo(4);

        FeaturePage second = scoped.query(new FeatureQuery(null, DAY, Map.of(), 2, 2));
        assertThat(second.features()).extracting(Feature::id).containsExactly("in-3", "corner");
        assertThat(second.numberMatched()).isEqualTo(4);

        FeaturePage schools = scoped.query(new FeatureQuery(null, DAY, Map.of("kind", "school"), 10, 0));
        assertThat(schools.features()).extracting(Feature::id).containsExactly("in-1", "in-3", "corner");
        assertThat(schools.numberMatched()).isEqualTo(3);

        // A box outside the territory finds nothing, though the source has features there.
        assertThat(scoped.query(new FeatureQuery(LonLatBox.of(new Envelope(72.5, 74, 50, 51)), DAY, Map.of(), 10, 0)).numberMatched()).isZero();
    }

    @Test
    void theExactBoundaryDecidesNotItsEnvelope() {
        ScopedLayerSource scoped = new ScopedLayerSource(all, "351100000@1", triangle);
        assertThat(scoped.query(FeatureQuery.all(DAY)).features()).extracting(Feature::id).containsExactly("in-1", "in-2", "in-3").doesNotContain("corner");
        assertThat(scoped.byId("corner", DAY)).isEmpty();
        assertThat(scoped.byId("in-2", DAY)).isPresent();
    }

    @Test
    void aFeatureOutsideTheTerritoryIsLikeOneThatDoesNotExist() {
        ScopedLayerSource scoped = new ScopedLayerSource(all, "351000000@1", AREA);
        assertThat(scoped.byId("in-1", DAY)).map(Feature::id).contains("in-1");
        assertThat(scoped.byId("out-1", DAY)).isEmpty();
        assertThat(scoped.byId("no-such", DAY)).isEmpty();
    }

    @Test
    void extentIsTheDataWithinTheTerritory() {
        assertThat(new ScopedLayerSource(all, "a@1", AREA).extent()).isEqualTo(new Envelope(70, 72, 50, 51.9));
        InMemoryLayerSource few = new InMemoryLayerSource(List.of(point("a", 70.5, 50.5, "x"), point("b", 80, 55, "x")), true);
        assertThat(new ScopedLayerSource(few, "a@1", AREA).extent()).isEqualTo(new Envelope(70.5, 72, 50.5, 52));
    }

    @Test
    void revisionFollowsTheSourceAndEqualityTheScope() {
        AtomicLong revision = new AtomicLong(7);
        LayerSource changing = new InMemoryLayerSource(List.of(), true) {
            @Override
            public long revision() {
                return revision.get();
            }
        };
        ScopedLayerSource scoped = new ScopedLayerSource(changing, "351000000@1", AREA);
        assertThat(scoped.revision()).isEqualTo(7);
        revision.set(8);
        assertThat(scoped.revision()).isEqualTo(8);
        // Equal wrappers share built feature sets; another territory (or boundary version) never does.
        assertThat(new ScopedLayerSource(changing, "351000000@1", AREA)).isEqualTo(scoped).hasSameHashCodeAs(scoped);
        assertThat(new ScopedLayerSource(changing, "351100000@1", AREA)).isNotEqualTo(scoped);
        assertThat(new ScopedLayerSource(changing, "351000000@2", AREA)).isNotEqualTo(scoped);
        assertThat(scoped.isPoint()).isTrue();
    }

    @Test
    void aScopedViewerSeesRestrictedLayersCutAndPublicOnesWhole() {
        LayerCatalog catalog = TestLayers.catalog();
        Layer squares = catalog.layer("squares").orElseThrow();
        catalog.putLayer(squares.withVisibility(Visibility.RESTRICTED));
        CatalogView view = catalog.view(LayerAccess.within("351000000@1", AREA));
        assertThat(view.layer("squares").orElseThrow().source()).isInstanceOf(ScopedLayerSource.class);
        assertThat(view.layer("dots").orElseThrow().source()).isSameAs(catalog.layer("dots").orElseThrow().source());
        assertThat(view.layers()).extracting(Layer::name).contains("squares", "dots");
        assertThat(catalog.view(LayerAccess.EVERYTHING).layer("squares").orElseThrow().source()).isNotInstanceOf(ScopedLayerSource.class);
        assertThat(catalog.view(LayerAccess.PUBLIC).layer("squares")).isEmpty();
    }
}
