package kz.aumaq.ingest.layer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.aumaq.gis.layer.Feature;
import kz.aumaq.ingest.report.Finding;
import kz.aumaq.ingest.source.Attributes;
import kz.aumaq.ingest.source.SourceDataset;
import kz.aumaq.ingest.source.SourceFeature;
import kz.aumaq.ingest.source.SourceField;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

class LayerPlannerTest {

    private final GeometryFactory factory = new GeometryFactory();
    private final List<SourceField> fields = List.of(new SourceField("name", "string"), new SourceField("founded", "date"),
            new SourceField("population", "integer"));

    @Test
    void propertiesFollowTheFieldsWithDatesAsText() {
        Attributes.Names names = new Attributes.Names(List.of("name", "founded", "population"));
        LayerPlan plan = new LayerPlanner().plan(dataset(
                new SourceFeature("row 2", point(71.4, 51.1), new Attributes(names, new Object[] {"Астана", LocalDate.of(1830, 5, 1), 1350228L})),
                new SourceFeature("row 3", point(76.9, 43.2), new Attributes(names, new Object[] {"Алматы", null, 2228675L}))));

        assertThat(plan.features()).extracting(Feature::id).containsExactly("row 2", "row 3");
        assertThat(new ArrayList<>(plan.features().get(0).properties().entrySet())).containsExactly(
                Map.entry("name", "Астана"), Map.entry("founded", "1830-05-01"), Map.entry("population", 1350228L));
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("name", "Алматы");
        second.put("founded", null);
        second.put("population", 2228675L);
        assertThat(plan.features().get(1).properties()).isEqualTo(second);
        assertThat(new ArrayList<>(plan.features().get(1).properties().keySet())).containsExactly("name", "founded", "population");
    }

    @Test
    void attributesInAnotherOrderOrMissingAreLaidOutByTheFields() {
        Attributes.Names reversed = new Attributes.Names(List.of("population", "founded", "name"));
        Map<String, Object> partial = new LinkedHashMap<>();
        partial.put("population", 5L);
        partial.put("other", "x");
        LayerPlan plan = new LayerPlanner().plan(dataset(
                new SourceFeature("a", point(71.4, 51.1), new Attributes(reversed, new Object[] {1L, LocalDate.of(2024, 1, 2), "A"})),
                new SourceFeature("b", point(71.5, 51.2), partial)));

        assertThat(new ArrayList<>(plan.features().get(0).properties().entrySet())).containsExactly(
                Map.entry("name", "A"), Map.entry("founded", "2024-01-02"), Map.entry("population", 1L));
        assertThat(new ArrayList<>(plan.features().get(1).properties().keySet())).containsExactly("name", "founded", "population");
        assertThat(plan.features().get(1).properties()).containsEntry("population", 5L).containsEntry("name", null);
    }

    @Test
    void aPointThatIsNoPlaceIsAnErrorAndRepeatedIdsAreReplacedByPositions() {
        Attributes.Names names = new Attributes.Names(List.of("name", "founded", "population"));
        LayerPlan plan = new LayerPlanner().plan(dataset(
                new SourceFeature("x", point(71.4, 51.1), new Attributes(names, new Object[] {"A", null, 1L})),
                new SourceFeature("x", point(Double.POSITIVE_INFINITY, 51.1), new Attributes(names, new Object[] {"B", null, 2L})),
                // unnamed too: the unnamed-feature report must not need a point of an empty geometry
                new SourceFeature("y", point(Double.NaN, Double.NaN), new Attributes(names, new Object[] {null, null, 3L})),
                new SourceFeature("z", point(71.5, 51.2), new Attributes(names, new Object[] {"D", null, 4L}))));

        assertThat(plan.features()).extracting(Feature::id).containsExactly("1", "4");
        Finding error = plan.findings().stream().filter(f -> f.code().equals("unrepairable-geometry")).findFirst().orElseThrow();
        assertThat(error.severity()).isEqualTo(kz.aumaq.ingest.report.Severity.ERROR);
        assertThat(error.examples()).containsExactly("x", "y");
        assertThat(plan.features()).allMatch(f -> f.geometry().isValid() && !f.geometry().isEmpty());
    }

    private SourceDataset dataset(SourceFeature... features) {
        return new SourceDataset("test", fields, List.of(features), "EPSG:4326", "UTF-8", List.of());
    }

    private Point point(double x, double y) {
        return factory.createPoint(new Coordinate(x, y));
    }
}
