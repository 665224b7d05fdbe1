package kz.aumaq.ingest.format.shapefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kz.aumaq.ingest.report.Finding;
import kz.aumaq.ingest.report.Severity;
import kz.aumaq.ingest.source.IngestException;
import kz.aumaq.ingest.source.ReadOptions;
import kz.aumaq.ingest.source.SourceDataset;
import kz.aumaq.ingest.source.SourceFeature;
import kz.aumaq.ingest.source.SourceField;
import kz.aumaq.ingest.testdata.EsriPrj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.proj4j.BasicCoordinateTransform;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.ProjCoordinate;

class ShapefileReaderTest {

    @TempDir
    Path tmp;
    private final ShapefileReader reader = new ShapefileReader();
    private final WKTReader wkt = new WKTReader();

    @Test
    void readsPolygonsWithHolesAndAllAttributeTypes() throws Exception {
        Geometry withHole = wkt.read("POLYGON ((70 45, 72 45, 72 47, 70 47, 70 45), (70.5 45.5, 71 45.5, 71 46, 70.5 46, 70.5 45.5))");
        Geometry twoParts = wkt.read("MULTIPOLYGON (((60 50, 61 50, 61 51, 60 51, 60 50)), ((62 50, 63 50, 63 51, 62 51, 62 50)))");
        Path shp = H2gisShapefiles.write(tmp.resolve("areas.shp"),
                "NAME VARCHAR(40), POP INTEGER, SHARE DOUBLE PRECISION, FOUNDED DATE", "UTF-8", List.of(
                        new Object[] {"Қарағанды", 500_000, 12.5, LocalDate.of(1934, 3, 10), withHole},
                        new Object[] {"Астана", 1_350_000, 0.25, null, twoParts}));
        Files.writeString(H2gisShapefiles.sibling(shp, "prj"), EsriPrj.WGS84);
        Files.writeString(H2gisShapefiles.sibling(shp, "cpg"), "UTF-8");

        SourceDataset d = reader.read(shp, ReadOptions.DEFAULT);

        assertThat(d.name()).isEqualTo("areas");
        assertThat(d.sourceCrs()).isEqualTo("EPSG:4326");
        assertThat(d.encoding()).isEqualTo("UTF-8");
        assertThat(d.fields()).containsExactly(new SourceField("NAME", "string"), new SourceField("POP", "integer"),
                new SourceField("SHARE", "number"), new SourceField("FOUNDED", "date"));
        SourceFeature first = d.features().get(0);
        assertThat(first.id()).isEqualTo("0");
        assertThat(first.attributes()).containsEntry("NAME", "Қарағанды").containsEntry("POP", 500_000L)
                .containsEntry("FOUNDED", LocalDate.of(1934, 3, 10));
        assertThat((Double) first.attributes().get("SHARE")).isCloseTo(12.5, within(1e-9));
        assertThat(first.geometry().getGeometryType()).isEqualTo("Polygon");
        assertThat(first.geometry().equalsTopo(withHole)).isTrue();
        assertThat(first.geometry().getSRID()).isEqualTo(4326);
        SourceFeature second = d.features().get(1);
        assertThat(second.attributes()).containsEntry("FOUNDED", null);
        assertThat(second.geometry().getNumGeometries()).isEqualTo(2);
        assertThat(second.geometry().equalsTopo(twoParts)).isTrue();
        assertThat(d.findings()).extracting(Finding::severity).doesNotContain(Severity.ERROR, Severity.WARNING);
    }

    @Test
    void readsPointsAndLines() throws Exception {
        Path points = H2gisShapefiles.write(tmp.resolve("points.shp"), "NAME VARCHAR(20)", "UTF-8", List.of(
                new Object[] {"Astana", wkt.read("POINT (71.43 51.13)")}, new Object[] {"Almaty", wkt.read("POINT (76.95 43.24)")}));
        Files.writeString(H2gisShapefiles.sibling(points, "prj"), EsriPrj.WGS84);
        Path lines = H2gisShapefiles.write(tmp.resolve("roads.shp"), "REF VARCHAR(10)", "UTF-8", List.of(
                new Object[] {"M36", wkt.read("MULTILINESTRING ((71.4 51.1, 73.1 49.8, 76.9 43.2))")},
                new Object[] {"A1", wkt.read("MULTILINESTRING ((69 42, 69.5 42.3), (70 42.5, 70.5 42.7))")}));
        Files.writeString(H2gisShapefiles.sibling(lines, "prj"), EsriPrj.WGS84);

        SourceDataset p = reader.read(points, ReadOptions.DEFAULT);
        assertThat(p.features()).extracting(f -> f.geometry().toText()).containsExactly("POINT (71.43 51.13)", "POINT (76.95 43.24)");
        SourceDataset l = reader.read(lines, ReadOptions.DEFAULT);
        assertThat(l.features().get(0).geometry().toText()).isEqualTo("LINESTRING (71.4 51.1, 73.1 49.8, 76.9 43.2)");
        assertThat(l.features().get(1).geometry().getGeometryType()).isEqualTo("MultiLineString");
        assertThat(l.features().get(1).text("REF")).isEqualTo("A1");
    }

    @Test
    void utm42CoordinatesComeBackAsLongitudeLatitude() throws Exception {
        BasicCoordinateTransform toUtm = new BasicCoordinateTransform(new CRSFactory().createFromName("EPSG:4326"),
                new CRSFactory().createFromName("EPSG:32642"));
        GeometryFactory gf = new GeometryFactory();
        double[][] lonLat = {{69.6, 42.3}, {68.25, 40.8}};
        List<Object[]> rows = new ArrayList<>();
        for (double[] ll : lonLat) {
            ProjCoordinate u = toUtm.transform(new ProjCoordinate(ll[0], ll[1]), new ProjCoordinate());
            rows.add(new Object[] {"p" + rows.size(), gf.createPoint(new Coordinate(u.x, u.y))});
        }
        Path shp = H2gisShapefiles.write(tmp.resolve("utm.shp"), "NAME VARCHAR(5)", "UTF-8", rows);
        Files.writeString(H2gisShapefiles.sibling(shp, "prj"), EsriPrj.UTM_42N);

        SourceDataset d = reader.read(shp, ReadOptions.DEFAULT);

        assertThat(d.sourceCrs()).isEqualTo("EPSG:32642");
        for (int i = 0; i < lonLat.length; i++) {
            Coordinate c = d.features().get(i).geometry().getCoordinate();
            assertThat(c.x).isCloseTo(lonLat[i][0], within(1e-8));
            assertThat(c.y).isCloseTo(lonLat[i][1], within(1e-8));
        }
        assertThat(d.findings()).extracting(Finding::code).doesNotContain("outside-kazakhstan");
    }

    @Test
    void withoutCpgDos866TextIsDetectedAndReported() throws Exception {
        Path shp = H2gisShapefiles.write(tmp.resolve("dos.shp"), "NAME VARCHAR(40)", "cp866", List.of(
                new Object[] {"Карагандинская область", wkt.read("POINT (73.1 49.8)")},
                new Object[] {"Северо-Казахстанская область", wkt.read("POINT (69.1 54.9)")}));
        Files.writeString(H2gisShapefiles.sibling(shp, "prj"), EsriPrj.WGS84);

        SourceDataset d = reader.read(shp, ReadOptions.DEFAULT);

        assertThat(d.encoding()).isEqualTo("IBM866");
        assertThat(d.features()).extracting(f -> f.text("NAME"))
                .containsExactly("Карагандинская область", "Северо-Казахстанская область");
        assertThat(d.findings()).filteredOn(f -> f.code().equals("encoding-detected")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("IBM866"));
    }

    @Test
    void aCpgThatSaysUtf8ForWindows1251TextIsOverruledWithAWarning() throws Exception {
        Path shp = H2gisShapefiles.write(tmp.resolve("liar.shp"), "NAME VARCHAR(40)", "cp1251",
                java.util.Collections.<Object[]>singletonList(new Object[] {"Акмолинская область", wkt.read("POINT (71.4 51.1)")}));
        Files.writeString(H2gisShapefiles.sibling(shp, "prj"), EsriPrj.WGS84);
        Files.writeString(H2gisShapefiles.sibling(shp, "cpg"), "UTF-8");

        SourceDataset d = reader.read(shp, ReadOptions.DEFAULT);

        assertThat(d.features().get(0).text("NAME")).isEqualTo("Акмолинская область");
        assertThat(d.findings()).extracting(Finding::code).contains("wrong-encoding");
        // and a user who knows better can force it
        SourceDataset forced = reader.read(shp, new ReadOptions(null, "IBM866", null, 1 << 20, 10));
        assertThat(forced.encoding()).isEqualTo("IBM866");
    }

    @Test
    void aShapefileWithoutPrjNeedsANamedCrs() throws Exception {
        Path shp = H2gisShapefiles.write(tmp.resolve("bare.shp"), "NAME VARCHAR(5)", "UTF-8",
                java.util.Collections.<Object[]>singletonList(new Object[] {"a", wkt.read("POINT (71.4 51.1)")}));
        assertThatThrownBy(() -> reader.read(shp, ReadOptions.DEFAULT)).isInstanceOf(IngestException.class)
                .hasMessageContaining("bare.shp (no .prj) has no CRS: name one");
        SourceDataset d = reader.read(shp, ReadOptions.DEFAULT.withCrs("EPSG:4326"));
        assertThat(d.sourceCrs()).isEqualTo("EPSG:4326");
    }

    @Test
    void anUnknownPrjIsRefusedSayingWhatItDescribes() throws Exception {
        Path shp = H2gisShapefiles.write(tmp.resolve("lcc.shp"), "NAME VARCHAR(5)", "UTF-8",
                java.util.Collections.<Object[]>singletonList(new Object[] {"a", wkt.read("POINT (0 0)")}));
        Files.writeString(H2gisShapefiles.sibling(shp, "prj"), EsriPrj.UTM_42N.replace("Transverse_Mercator", "Lambert_Conformal_Conic"));
        assertThatThrownBy(() -> reader.read(shp, ReadOptions.DEFAULT)).isInstanceOf(IngestException.class)
                .hasMessageStartingWith("lcc.prj: the coordinate system \"WGS_1984_UTM_Zone_42N\"")
                .hasMessageContaining("Lambert_Conformal_Conic");
        // naming the CRS gets past it, and the report says so
        SourceDataset d = reader.read(shp, ReadOptions.DEFAULT.withCrs("EPSG:32642"));
        assertThat(d.findings()).extracting(Finding::code).contains("crs-named");
    }

    @Test
    void aCorruptShpIsRefused() throws Exception {
        Path shp = pointsFile("corrupt");
        byte[] bytes = Files.readAllBytes(shp);
        bytes[2] = 0x55; // the file code
        Files.write(shp, bytes);
        assertThatThrownBy(() -> reader.read(shp, ReadOptions.DEFAULT)).isInstanceOf(IngestException.class)
                .hasMessageContaining("corrupt.shp is not a shapefile");

        Path garbled = pointsFile("garbled");
        byte[] g = Files.readAllBytes(garbled);
        g[108] = 77; // the first record's shape type
        Files.write(garbled, g);
        assertThatThrownBy(() -> reader.read(garbled, ReadOptions.DEFAULT)).isInstanceOf(IngestException.class)
                .hasMessageContaining("record 0 has unknown shape type 77");

        // without the .shx index, a record length far past the end is caught too
        Arrays.fill(g, 104, 108, (byte) 0x7F);
        g[108] = 1;
        Files.write(garbled, g);
        Files.delete(H2gisShapefiles.sibling(garbled, "shx"));
        assertThatThrownBy(() -> reader.read(garbled, ReadOptions.DEFAULT)).isInstanceOf(IngestException.class)
                .hasMessageContaining("record 0").hasMessageContaining("past the end of the file");
    }

    @Test
    void aTruncatedShpIsRefused() throws Exception {
        Path shp = pointsFile("cut");
        byte[] bytes = Files.readAllBytes(shp);
        Files.write(shp, Arrays.copyOf(bytes, bytes.length - 10));
        assertThatThrownBy(() -> reader.read(shp, ReadOptions.DEFAULT)).isInstanceOf(IngestException.class)
                .hasMessageContaining("cut.shp is truncated");
    }

    @Test
    void aTruncatedDbfIsRefused() throws Exception {
        Path shp = pointsFile("short");
        Path dbf = H2gisShapefiles.sibling(shp, "dbf");
        byte[] bytes = Files.readAllBytes(dbf);
        Files.write(dbf, Arrays.copyOf(bytes, bytes.length - 30));
        assertThatThrownBy(() -> reader.read(shp, ReadOptions.DEFAULT)).isInstanceOf(IngestException.class)
                .hasMessageContaining("short.dbf is truncated: its header announces 3 records");
        Files.write(dbf, Arrays.copyOf(bytes, 20));
        assertThatThrownBy(() -> reader.read(shp, ReadOptions.DEFAULT)).hasMessageContaining("too short to be a .dbf");
    }

    @Test
    void aMissingDbfOrADbfOfAnotherFileIsRefused() throws Exception {
        Path shp = pointsFile("lonely");
        Path other = H2gisShapefiles.write(tmp.resolve("other.shp"), "NAME VARCHAR(5)", "UTF-8",
                java.util.Collections.<Object[]>singletonList(new Object[] {"a", wkt.read("POINT (71 51)")}));
        Files.copy(H2gisShapefiles.sibling(other, "dbf"), H2gisShapefiles.sibling(shp, "dbf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThatThrownBy(() -> reader.read(shp, ReadOptions.DEFAULT)).hasMessageContaining("holds 3 shapes but lonely.dbf 1 records");
        Files.delete(H2gisShapefiles.sibling(shp, "dbf"));
        assertThatThrownBy(() -> reader.read(shp, ReadOptions.DEFAULT)).hasMessageContaining("has no lonely.dbf beside it");
    }

    @Test
    void filesBeyondTheSizeLimitAreRefused() throws Exception {
        Path shp = pointsFile("large");
        assertThatThrownBy(() -> reader.read(shp, new ReadOptions(null, null, null, 200, 10))).isInstanceOf(IngestException.class)
                .hasMessageContaining("more than the 200 bytes accepted");
    }

    @Test
    void nullShapesAndPointsOutsideKazakhstanAreReported() throws Exception {
        Path shp = H2gisShapefiles.write(tmp.resolve("odd.shp"), "NAME VARCHAR(10)", "UTF-8", List.of(
                new Object[] {"fine", wkt.read("POINT (71.4 51.1)")},
                new Object[] {"swapped", wkt.read("POINT (51.1 71.4)")},
                new Object[] {"nothing", wkt.read("POINT (70 50)")}));
        Files.writeString(H2gisShapefiles.sibling(shp, "prj"), EsriPrj.WGS84);
        // H2GIS cannot write null shapes: make the third record one (shape type 0)
        byte[] bytes = Files.readAllBytes(shp);
        bytes[100 + 2 * 28 + 8] = 0;
        Files.write(shp, bytes);
        SourceDataset d = reader.read(shp, ReadOptions.DEFAULT);
        Map<String, Finding> byCode = new java.util.HashMap<>();
        d.findings().forEach(f -> byCode.put(f.code(), f));
        assertThat(byCode.get("outside-kazakhstan")).satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.examples()).containsExactly("1 (51.1, 71.4)");
            assertThat(f.message()).contains("swapped axes or wrong CRS?").contains("the axes are probably swapped");
        });
        assertThat(byCode.get("empty-geometry").examples()).containsExactly("2");
    }

    private Path pointsFile(String name) throws Exception {
        Path shp = H2gisShapefiles.write(tmp.resolve(name + ".shp"), "NAME VARCHAR(10)", "UTF-8", List.of(
                new Object[] {"a", wkt.read("POINT (71.4 51.1)")}, new Object[] {"b", wkt.read("POINT (76.9 43.2)")},
                new Object[] {"c", wkt.read("POINT (69.6 42.3)")}));
        Files.writeString(H2gisShapefiles.sibling(shp, "prj"), EsriPrj.WGS84, StandardCharsets.US_ASCII);
        return shp;
    }
}
