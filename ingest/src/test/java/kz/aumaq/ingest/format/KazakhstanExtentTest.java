package kz.aumaq.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import kz.aumaq.ingest.crs.SourceCrs;
import kz.aumaq.ingest.report.Finding;
import kz.aumaq.ingest.report.Findings;
import kz.aumaq.ingest.source.SourceDataset;
import kz.aumaq.ingest.source.SourceFeature;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKTReader;

class KazakhstanExtentTest {

    private final WKTReader wkt = new WKTReader();

    @Test
    void featuresOutsideAreReportedByTheirEnvelopeWithHowManySwappingWouldBringIn() throws Exception {
        List<Finding> findings = KazakhstanExtent.check(List.of(
                feature("in", "POLYGON ((70 45, 71 45, 71 46, 70 45))"),
                feature("across", "POLYGON ((85 45, 95 45, 95 46, 85 45))"),
                feature("swapped", "POLYGON ((45 70, 46 70, 46 71, 45 70))"),
                feature("point", "POINT (51.1 71.4)"),
                feature("far", "POINT (10 10)"),
                feature("inside", "POINT (71.4 51.1)"),
                feature("hollow", "POINT EMPTY"),
                new SourceFeature("none", null, Map.of())));

        assertThat(findings).extracting(Finding::code).containsExactly("empty-geometry", "outside-kazakhstan");
        assertThat(findings.get(0).examples()).containsExactly("hollow", "none");
        Finding outside = findings.get(1);
        assertThat(outside.count()).isEqualTo(4);
        assertThat(outside.message()).endsWith("Swapping latitude and longitude would put 2 of them inside.");
        assertThat(outside.examples()).containsExactly("across (85.0, 45.0)", "swapped (45.0, 70.0)", "point (51.1, 71.4)", "far (10.0, 10.0)");
    }

    @Test
    void whenSwappingWouldBringAllInTheAxesAreSaidToBeSwapped() throws Exception {
        List<Finding> findings = KazakhstanExtent.check(List.of(feature("a", "POINT (43.2 76.9)"),
                feature("b", "LINESTRING (45 70, 46 71)")));
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.message()).contains("the axes are probably swapped"));
    }

    @Test
    void featuresSharingAnIdWithAnUnprojectableOneAreLeftOutOfTheChecks() throws Exception {
        GeometryFactory factory = new GeometryFactory();
        DatasetBuilder builder = new DatasetBuilder(SourceCrs.epsg(32642), new Findings());
        builder.add("a", factory.createPoint(new Coordinate(465000, 4747000)), Map.of()); // Taraz
        builder.add("b", factory.createPoint(new Coordinate(465000, 1000)), Map.of()); // by the equator
        builder.add("b", factory.createPoint(new Coordinate(Double.NaN, Double.NaN)), Map.of());
        builder.add("c", factory.createPoint(new Coordinate(100000, 100000)), Map.of());
        SourceDataset d = builder.build("utm", List.of(), "UTF-8");

        assertThat(d.findings()).extracting(Finding::code).containsExactly("unprojectable", "outside-kazakhstan");
        assertThat(d.findings().get(0).examples()).containsExactly("b");
        assertThat(d.findings().get(1).count()).isEqualTo(1);
        assertThat(d.findings().get(1).examples()).singleElement().asString().startsWith("c (");
    }

    private SourceFeature feature(String id, String text) throws Exception {
        Geometry g = wkt.read(text);
        return new SourceFeature(id, g, Map.of());
    }
}
