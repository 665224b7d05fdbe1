package kz.aumaq.ingest.format.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import kz.aumaq.ingest.report.Finding;
import kz.aumaq.ingest.report.Severity;
import kz.aumaq.ingest.source.IngestException;
import kz.aumaq.ingest.source.ReadOptions;
import kz.aumaq.ingest.source.SourceDataset;
import kz.aumaq.ingest.source.SourceFeature;
import kz.aumaq.ingest.source.SourceField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.io.WKTReader;

class GeoJsonReaderTest {

    @TempDir
    Path tmp;
    private final GeoJsonReader reader = new GeoJsonReader();

    @Test
    void readsAnRfc7946CollectionWithItsPropertiesTyped() throws Exception {
        Path file = write("places.geojson", """
                {"type": "FeatureCollection", "name": "places", "features": [
                  {"type": "Feature", "id": "ast", "properties": {"name": "Астана", "population": 1350228, "share": 7.1,
                     "capital": true, "tags": {"kk": "Астана"}},
                   "geometry": {"type": "Point", "coordinates": [71.4304, 51.1282, 347]}},
                  {"type": "Feature", "id": 2, "properties": {"name": "Қарағанды ауданы", "population": 12.5, "capital": false},
                   "geometry": {"type": "Polygon", "coordinates": [
                     [[72, 49], [74, 49], [74, 50], [72, 50], [72, 49]],
                     [[72.5, 49.2], [73, 49.2], [73, 49.5], [72.5, 49.2]]]}},
                  {"type": "Feature", "properties": {"name": "islands"},
                   "geometry": {"type": "MultiPolygon", "coordinates": [
                     [[[50, 45], [51, 45], [51, 46], [50, 45]]], [[[52, 45], [53, 45], [53, 46], [52, 45]]]]}},
                  {"type": "Feature", "properties": {"name": "nowhere"}, "geometry": null}
                ]}
                """);
        SourceDataset d = reader.read(file, ReadOptions.DEFAULT);

        assertThat(d.name()).isEqualTo("places");
        assertThat(d.sourceCrs()).isEqualTo("EPSG:4326");
        assertThat(d.fields()).containsExactly(new SourceField("name", "string"), new SourceField("population", "number"),
                new SourceField("share", "number"), new SourceField("capital", "boolean"), new SourceField("tags", "string"));
        assertThat(d.features()).extracting(SourceFeature::id).containsExactly("ast", "2", "2", "3");
        SourceFeature astana = d.features().get(0);
        assertThat(astana.attributes()).containsEntry("population", 1350228.0).containsEntry("capital", true)
                .containsEntry("tags", "{\"kk\":\"Астана\"}");
        assertThat(astana.geometry().getCoordinate()).isEqualTo(new Coordinate(71.4304, 51.1282));
        assertThat(d.features().get(1).geometry().equalsTopo(new WKTReader().read(
                "POLYGON ((72 49, 74 49, 74 50, 72 50, 72 49), (72.5 49.2, 73 49.2, 73 49.5, 72.5 49.2))"))).isTrue();
        assertThat(d.features().get(2).geometry().getNumGeometries()).isEqualTo(2);
        assertThat(d.features().get(3).geometry()).isNull();
        assertThat(d.features().get(3).attributes()).containsEntry("population", null);
        assertThat(d.findings()).filteredOn(f -> f.code().equals("empty-geometry")).singleElement()
                .satisfies(f -> assertThat(f.examples()).containsExactly("3"));
    }

    @Test
    void aLegacyCrsMemberIsHonoured() throws Exception {
        // Astana in Web Mercator
        double x = 6378137 * Math.toRadians(71.4304);
        double y = 6378137 * Math.log(Math.tan(Math.PI / 4 + Math.toRadians(51.1282) / 2));
        Path file = write("mercator.json", """
                {"type": "FeatureCollection",
                 "features": [{"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [%s, %s]}}],
                 "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::3857"}}}
                """.formatted(x, y));
        SourceDataset d = reader.read(file, ReadOptions.DEFAULT);
        assertThat(d.sourceCrs()).isEqualTo("EPSG:3857");
        Coordinate c = d.features().get(0).geometry().getCoordinate();
        assertThat(c.x).isCloseTo(71.4304, within(1e-9));
        assertThat(c.y).isCloseTo(51.1282, within(1e-9));
    }

    @Test
    void legacyUrnEpsg4326IsTakenAsLongitudeLatitude() throws Exception {
        Path file = write("legacy.geojson", """
                {"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::4326"}},
                 "features": [{"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [76.95, 43.24]}}]}
                """);
        SourceDataset d = reader.read(file, ReadOptions.DEFAULT);
        assertThat(d.features().get(0).geometry().getCoordinate()).isEqualTo(new Coordinate(76.95, 43.24));
        assertThat(d.findings()).extracting(Finding::code).doesNotContain("outside-kazakhstan");
    }

    @Test
    void swappedCoordinatesAreReportedWithTheHint() throws Exception {
        Path file = write("swapped.geojson", """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "id": "almaty", "properties": {}, "geometry": {"type": "Point", "coordinates": [43.24, 76.95]}}]}
                """);
        Finding f = reader.read(file, ReadOptions.DEFAULT).findings().stream()
                .filter(x -> x.code().equals("outside-kazakhstan")).findFirst().orElseThrow();
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.message()).contains("swapped axes or wrong CRS?").contains("the axes are probably swapped");
        assertThat(f.examples()).containsExactly("almaty (43.24, 76.95)");
    }

    @Test
    void aSingleFeatureOrABareGeometryIsOneFeature() throws Exception {
        Path feature = write("one.geojson", """
                {"type": "Feature", "properties": {"n": 1}, "geometry": {"type": "Point", "coordinates": [71, 51]}}""");
        assertThat(reader.read(feature, ReadOptions.DEFAULT).features()).singleElement()
                .satisfies(f -> assertThat(f.attributes()).containsEntry("n", 1L));
        Path bare = write("bare.geojson", """
                {"coordinates": [[71, 51], [72, 52]], "type": "LineString"}""");
        assertThat(reader.read(bare, ReadOptions.DEFAULT).features()).singleElement()
                .satisfies(f -> assertThat(f.geometry().getGeometryType()).isEqualTo("LineString"));
    }

    @Test
    void invalidJsonIsRefusedWithLineAndColumn() throws Exception {
        Path file = write("broken.geojson", """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature" "properties": {}}
                ]}
                """);
        assertThatThrownBy(() -> reader.read(file, ReadOptions.DEFAULT)).isInstanceOf(IngestException.class)
                .hasMessageStartingWith("broken.geojson is not valid JSON")
                .hasMessageContaining("line 2, column");
        Path truncated = write("truncated.geojson", "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Fea");
        assertThatThrownBy(() -> reader.read(truncated, ReadOptions.DEFAULT)).hasMessageContaining("not valid JSON")
                .hasMessageContaining("line 1");
    }

    @Test
    void jsonThatIsNotGeoJsonIsRefused() throws Exception {
        Path array = write("array.json", "[1, 2, 3]");
        assertThatThrownBy(() -> reader.read(array, ReadOptions.DEFAULT)).hasMessageContaining("not GeoJSON");
        Path other = write("other.json", "{\"type\": \"Topology\", \"objects\": {}}");
        assertThatThrownBy(() -> reader.read(other, ReadOptions.DEFAULT)).hasMessageContaining("its type is 'Topology'");
    }

    @Test
    void malformedGeometriesAreErrorsInTheReport() throws Exception {
        Path file = write("bad.geojson", """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "id": "a", "properties": {}, "geometry": {"type": "Point", "coordinates": ["x", 1]}},
                  {"type": "Feature", "id": "b", "properties": {}, "geometry": {"type": "Circle", "coordinates": [1, 1]}}]}
                """);
        SourceDataset d = reader.read(file, ReadOptions.DEFAULT);
        assertThat(d.findings()).filteredOn(f -> f.code().equals("bad-geometry")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.count()).isEqualTo(2);
            assertThat(f.examples().get(1)).contains("'Circle' is not a GeoJSON geometry type");
        });
    }

    @Test
    void anUnknownCrsNeedsANamedOne() throws Exception {
        Path file = write("linked.geojson", """
                {"type": "FeatureCollection", "crs": {"type": "link", "properties": {"href": "http://example.com/crs"}},
                 "features": []}
                """);
        assertThatThrownBy(() -> reader.read(file, ReadOptions.DEFAULT)).isInstanceOf(IngestException.class)
                .hasMessageContaining("names no EPSG code");
        assertThat(reader.read(file, ReadOptions.DEFAULT.withCrs("EPSG:4326")).sourceCrs()).isEqualTo("EPSG:4326");
    }

    @Test
    void anOversizedFileIsRefused() throws Exception {
        Path file = write("big.geojson", "{\"type\": \"FeatureCollection\", \"features\": []}");
        assertThatThrownBy(() -> reader.read(file, new ReadOptions(null, null, null, 10, 10)))
                .hasMessageContaining("more than the 10 bytes accepted");
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(tmp.resolve(name), text);
    }
}
