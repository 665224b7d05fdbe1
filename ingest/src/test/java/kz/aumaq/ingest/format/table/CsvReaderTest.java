package kz.aumaq.ingest.format.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import kz.aumaq.ingest.report.Finding;
import kz.aumaq.ingest.source.IngestException;
import kz.aumaq.ingest.source.ReadOptions;
import kz.aumaq.ingest.source.SourceDataset;
import kz.aumaq.ingest.source.SourceFeature;
import kz.aumaq.ingest.source.SourceField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;

class CsvReaderTest {

    private static final Charset CP1251 = Charset.forName("windows-1251");

    @TempDir
    Path tmp;
    private final CsvReader reader = new CsvReader();

    @Test
    void utf8WithBomCommasAndLatLonColumns() throws Exception {
        Path file = write("points.csv", "\uFEFFname,lat,lon,population\n"
                + "\"Астана, столица\",51.1282,71.4304,1350228\n"
                + "Алматы,43.2389,76.8897,2228675\n"
                + "\"Say \"\"hi\"\"\nsecond line\",,,\n", StandardCharsets.UTF_8);
        SourceDataset d = reader.read(file, ReadOptions.DEFAULT);

        assertThat(d.encoding()).isEqualTo("UTF-8");
        assertThat(d.sourceCrs()).isEqualTo("EPSG:4326");
        assertThat(d.fields()).containsExactly(new SourceField("name", "string"), new SourceField("population", "integer"));
        assertThat(d.features()).extracting(SourceFeature::id).containsExactly("row 2", "row 3", "row 4");
        assertThat(d.features().get(0).text("name")).isEqualTo("Астана, столица");
        assertThat(d.features().get(0).geometry().getCoordinate()).isEqualTo(new Coordinate(71.4304, 51.1282));
        assertThat(d.features().get(1).attributes()).containsEntry("population", 2228675L);
        assertThat(d.features().get(2).text("name")).isEqualTo("Say \"hi\"\nsecond line");
        assertThat(d.features().get(2).geometry()).isNull();
        assertThat(d.findings()).extracting(Finding::code).contains("geometry-columns", "empty-geometry");
    }

    @Test
    void windows1251WithSemicolonsDecimalCommasAndRussianHeaders() throws Exception {
        Path file = write("сёла.csv", "Название;Широта;Долгота;Площадь, га;Дата\n"
                + "Қосшы;51,2150;71,3100;1 234,5;01.02.2020\n"
                + "Шортанды;51,6950;70,9950;845,25;15.07.2021\n", CP1251);
        SourceDataset d = reader.read(file, ReadOptions.DEFAULT);

        assertThat(d.encoding()).isEqualTo("windows-1251");
        assertThat(d.findings()).extracting(Finding::code).contains("encoding-detected");
        assertThat(d.fields()).containsExactly(new SourceField("Название", "string"), new SourceField("Площадь, га", "number"),
                new SourceField("Дата", "date"));
        SourceFeature first = d.features().get(0);
        assertThat(first.text("Название")).isEqualTo("?осшы"); // Қ has no place in Windows-1251
        assertThat((Double) first.attributes().get("Площадь, га")).isCloseTo(1234.5, within(1e-9));
        assertThat(first.attributes()).containsEntry("Дата", LocalDate.of(2020, 2, 1));
        assertThat(first.geometry().getCoordinate().x).isCloseTo(71.31, within(1e-9));
        assertThat(d.features().get(1).text("Название")).isEqualTo("Шортанды");
    }

    @Test
    void aWktColumnGivesGeometriesAndEwktItsCrs() throws Exception {
        Path file = write("areas.csv", "id|wkt\n1|POLYGON ((70 45, 71 45, 71 46, 70 45))\n2|\n3|not wkt\n", StandardCharsets.UTF_8);
        SourceDataset d = reader.read(file, ReadOptions.DEFAULT);
        assertThat(d.fields()).containsExactly(new SourceField("id", "integer"));
        assertThat(d.features().get(0).geometry().getGeometryType()).isEqualTo("Polygon");
        assertThat(d.findings()).extracting(Finding::code).contains("bad-wkt", "empty-geometry");

        double x = 6378137 * Math.toRadians(71.4304);
        double y = 6378137 * Math.log(Math.tan(Math.PI / 4 + Math.toRadians(51.1282) / 2));
        Path ewkt = write("ewkt.csv", "name\tgeom\nAstana\tSRID=3857;POINT(" + x + " " + y + ")\n", StandardCharsets.UTF_8);
        SourceDataset m = reader.read(ewkt, ReadOptions.DEFAULT);
        assertThat(m.sourceCrs()).isEqualTo("EPSG:3857");
        assertThat(m.features().get(0).geometry().getCoordinate().y).isCloseTo(51.1282, within(1e-9));
    }

    @Test
    void aTableWithoutGeometryIsAPlainTable() throws Exception {
        Path file = write("indicator.csv", "KATO;Регион;2023;2024\n"
                + "750000000;г. Алматы;2228,7;2291,1\n"
                + "710000000;г. Астана;1354,6;1423,7\n", StandardCharsets.UTF_8);
        SourceDataset d = reader.read(file, ReadOptions.DEFAULT);
        assertThat(d.sourceCrs()).isNull();
        assertThat(d.fields()).containsExactly(new SourceField("KATO", "integer"), new SourceField("Регион", "string"),
                new SourceField("2023", "number"), new SourceField("2024", "number"));
        assertThat(d.features()).allSatisfy(f -> assertThat(f.geometry()).isNull());
        assertThat(d.features().get(0).attributes()).containsEntry("KATO", 750000000L).containsEntry("2024", 2291.1);
        assertThat(d.findings()).extracting(Finding::code).doesNotContain("empty-geometry");
    }

    @Test
    void codesWithLeadingZerosStayText() throws Exception {
        Path file = write("codes.csv", "code,value\n01,5\n12,6\n", StandardCharsets.UTF_8);
        SourceDataset d = reader.read(file, ReadOptions.DEFAULT);
        assertThat(d.fields()).containsExactly(new SourceField("code", "string"), new SourceField("value", "integer"));
        assertThat(d.features().get(0).attributes()).containsEntry("code", "01");
    }

    @Test
    void projectedXyColumnsNeedTheCrsNamed() throws Exception {
        Path file = write("utm.csv", "name,x,y\nTaraz,465000,4747000\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.read(file, ReadOptions.DEFAULT)).isInstanceOf(IngestException.class)
                .hasMessageContaining("are not longitude/latitude degrees").hasMessageContaining("name it");
        SourceDataset d = reader.read(file, ReadOptions.DEFAULT.withCrs("EPSG:32642"));
        assertThat(d.sourceCrs()).isEqualTo("EPSG:32642");
        assertThat(d.features().get(0).geometry().getCoordinate().x).isCloseTo(68.58, within(0.01));
    }

    @Test
    void badInputIsRefusedClearly() throws Exception {
        Path empty = write("empty.csv", "", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.read(empty, ReadOptions.DEFAULT)).hasMessage("empty.csv: the file is empty");
        Path open = write("open.csv", "a,b\n1,\"never closed\n2,3\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.read(open, ReadOptions.DEFAULT)).isInstanceOf(IngestException.class)
                .hasMessage("open.csv: a quoted field opened on line 2 is never closed");
        Path big = write("big.csv", "a,b\n1,2\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.read(big, new ReadOptions(null, null, null, 5, 1)))
                .hasMessageContaining("more than the 5 bytes accepted");
    }

    private Path write(String name, String text, Charset charset) throws Exception {
        return Files.write(tmp.resolve(name), text.getBytes(charset));
    }
}
