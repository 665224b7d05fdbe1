package kz.aumaq.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kz.aumaq.ingest.source.IngestException;
import kz.aumaq.ingest.source.ReadOptions;
import kz.aumaq.ingest.source.SourceDataset;
import kz.aumaq.ingest.testdata.EsriPrj;
import org.h2.jdbcx.JdbcDataSource;
import org.h2gis.functions.factory.H2GISFunctions;
import org.h2gis.functions.io.shp.SHPWrite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetReadersTest {

    @TempDir
    Path tmp;
    private final DatasetReaders readers = new DatasetReaders();
    private List<Path> before;

    @org.junit.jupiter.api.BeforeEach
    void rememberTempDirs() throws Exception {
        before = tempDirs();
    }

    @Test
    void aZippedShapefileInAFolderIsRead() throws Exception {
        Path shp = shapefile("sites");
        Path zip = zip("sites.zip", "Данные/", shp, List.of("shp", "shx", "dbf", "prj"));
        SourceDataset d = readers.read(zip, ReadOptions.DEFAULT);
        assertThat(d.name()).isEqualTo("sites");
        assertThat(d.features()).hasSize(2);
        assertThat(d.features().get(0).text("NAME")).isEqualTo("Астана");
        assertThat(d.sourceCrs()).isEqualTo("EPSG:4326");
        assertThat(leftoverTempDirs()).isEmpty();
    }

    @Test
    void aZipWithSeveralDatasetsReadsTheNamedOneAndListsTheOthers() throws Exception {
        Path a = shapefile("alpha");
        Path b = shapefile("beta");
        Path zip = tmp.resolve("two.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Path shp : List.of(a, b)) add(out, "", shp, List.of("shp", "dbf", "prj"));
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("not a table".getBytes(StandardCharsets.UTF_8));
        }
        SourceDataset first = readers.read(zip, ReadOptions.DEFAULT);
        assertThat(first.name()).isEqualTo("alpha");
        assertThat(first.findings()).filteredOn(f -> f.code().equals("other-datasets")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("beta.shp"));
        assertThat(readers.read(zip, new ReadOptions(null, null, "beta", 1L << 30, 100)).name()).isEqualTo("beta");
    }

    @Test
    void aZipWithoutShapefileSaysWhatItHolds() throws Exception {
        Path shp = shapefile("parts");
        Path zip = zip("parts.zip", "", shp, List.of("dbf", "shx", "prj"));
        assertThatThrownBy(() -> readers.read(zip, ReadOptions.DEFAULT)).isInstanceOf(IngestException.class)
                .hasMessageContaining("parts.zip holds no .shp")
                .hasMessageContaining("parts.dbf").hasMessageContaining("parts.shx").hasMessageContaining("parts.prj");
        assertThat(leftoverTempDirs()).isEmpty();
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        Path zip = tmp.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("huge.shp"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) out.write(zeros);
        }
        assertThatThrownBy(() -> readers.read(zip, ReadOptions.DEFAULT)).isInstanceOf(IngestException.class)
                .hasMessageContaining("zip bomb");
        assertThat(leftoverTempDirs()).isEmpty();
    }

    @Test
    void aPathTraversalEntryIsRefused() throws Exception {
        Path zip = tmp.resolve("slip.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("../../slip.shp"));
            out.write(1);
        }
        assertThatThrownBy(() -> readers.read(zip, ReadOptions.DEFAULT)).isInstanceOf(IngestException.class)
                .hasMessageContaining("'../../slip.shp' has an unsafe name");
    }

    @Test
    void anOversizedUploadIsRefused() throws Exception {
        Path zip = zip("sites.zip", "", shapefile("sites"), List.of("shp", "dbf", "prj"));
        assertThatThrownBy(() -> readers.read(zip, new ReadOptions(null, null, null, 100, 100)))
                .isInstanceOf(IngestException.class).hasMessageContaining("sites.zip is").hasMessageContaining("more than the 100 bytes accepted");
    }

    @Test
    void unsupportedFormatsAreNamedWithAHint() throws Exception {
        Path xls = Files.write(tmp.resolve("old.xls"), new byte[] {1, 2, 3});
        assertThatThrownBy(() -> readers.read(xls, ReadOptions.DEFAULT)).hasMessageContaining("old.xls is not a format we read (save it as .xlsx)");
        Path kml = Files.writeString(tmp.resolve("doc.kml"), "<kml/>");
        assertThat(readers.accepts(kml)).isFalse();
        assertThatThrownBy(() -> readers.read(kml, ReadOptions.DEFAULT)).hasMessageContaining("GeoPackage (.gpkg)");
    }

    private Path shapefile(String name) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("src-" + name));
        Path shp = dir.resolve(name + ".shp");
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:" + name + System.nanoTime());
        try (var c = db.getConnection(); var st = c.createStatement()) {
            H2GISFunctions.load(c);
            st.execute("CREATE TABLE T(NAME VARCHAR(20), THE_GEOM GEOMETRY)");
            st.execute("INSERT INTO T VALUES ('Астана', 'POINT (71.43 51.13)'), ('Алматы', 'POINT (76.95 43.24)')");
            SHPWrite.exportTable(c, shp.toString(), "T", "UTF-8", true);
        }
        Files.writeString(dir.resolve(name + ".prj"), EsriPrj.WGS84);
        return shp;
    }

    private Path zip(String name, String folder, Path shp, List<String> parts) throws Exception {
        Path zip = tmp.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            add(out, folder, shp, parts);
        }
        return zip;
    }

    private static void add(ZipOutputStream out, String folder, Path shp, List<String> parts) throws Exception {
        String base = shp.getFileName().toString().replace(".shp", "");
        for (String ext : parts) {
            out.putNextEntry(new ZipEntry(folder + base + "." + ext));
            out.write(Files.readAllBytes(shp.resolveSibling(base + "." + ext)));
            out.closeEntry();
        }
    }

    /** Temporary folders of ours that were not there before the test. */
    private List<Path> leftoverTempDirs() throws Exception {
        List<Path> now = tempDirs();
        now.removeAll(before);
        return now;
    }

    private static List<Path> tempDirs() throws Exception {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return new java.util.ArrayList<>(s.filter(p -> p.getFileName().toString().startsWith("aumaq-ingest-")).toList());
        }
    }

}
