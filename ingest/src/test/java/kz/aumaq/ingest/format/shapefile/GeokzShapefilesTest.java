package kz.aumaq.ingest.format.shapefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kz.aumaq.gis.geom.VertexMapping;
import kz.aumaq.ingest.report.Finding;
import kz.aumaq.ingest.source.ReadOptions;
import kz.aumaq.ingest.source.SourceDataset;
import kz.aumaq.ingest.source.SourceFeature;
import kz.aumaq.ingest.testdata.EsriPrj;
import kz.aumaq.ingest.testdata.SharedData;
import org.h2.jdbcx.JdbcDataSource;
import org.h2gis.functions.io.shp.SHPRead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.proj4j.BasicCoordinateTransform;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.ProjCoordinate;

/** On the real geokz files from {@code ../shared/data/geokz}; skipped when they are not beside the checkout. */
class GeokzShapefilesTest {

    /** Metres per degree of latitude; a degree of longitude is shorter, so this bounds distances from above. */
    private static final double METRES_PER_DEGREE = 111_320;

    @TempDir
    Path tmp;
    private final ShapefileReader reader = new ShapefileReader();

    @Test
    void districtsInPulkovoZone13AndWindows1251WithoutCpgComeBackWithinAMetre() throws Exception {
        Path geokz = SharedData.requireOrSkip("geokz");
        SourceDataset source = reader.read(geokz.resolve("kaz_admbnda_adm2_2024.shp"), ReadOptions.DEFAULT);
        List<SourceFeature> picked = source.features().stream()
                .filter(f -> f.geometry().getCentroid().getX() > 72 && f.geometry().getCentroid().getX() < 78)
                .filter(f -> cp1251(f.text("ADM2_KK")) && cp1251(f.text("ADM2_RU")))
                .limit(3).toList();
        assertThat(picked).hasSize(3);

        BasicCoordinateTransform toGk = new BasicCoordinateTransform(new CRSFactory().createFromName("EPSG:4326"),
                new CRSFactory().createFromName("EPSG:28413"));
        List<Object[]> rows = new ArrayList<>();
        for (SourceFeature f : picked) {
            rows.add(new Object[] {f.text("KATO"), f.text("ADM2_KK"), f.text("ADM2_RU"), reprojected(f.geometry(), toGk)});
        }
        Path shp = H2gisShapefiles.write(tmp.resolve("districts_gk13.shp"),
                "KATO VARCHAR(9), ADM2_KK VARCHAR(80), ADM2_RU VARCHAR(80)", "cp1251", rows);
        Files.writeString(H2gisShapefiles.sibling(shp, "prj"), EsriPrj.PULKOVO_GK_13);
        assertThat(H2gisShapefiles.sibling(shp, "cpg")).doesNotExist();

        SourceDataset read = reader.read(shp, ReadOptions.DEFAULT);

        assertThat(read.sourceCrs()).isEqualTo("EPSG:28413");
        assertThat(read.encoding()).isEqualTo("windows-1251");
        assertThat(read.findings()).extracting(Finding::code).contains("encoding-detected").doesNotContain("outside-kazakhstan");
        assertThat(read.features()).hasSize(3);
        for (int i = 0; i < 3; i++) {
            SourceFeature original = picked.get(i);
            SourceFeature back = read.features().get(i);
            assertThat(back.text("KATO")).isEqualTo(original.text("KATO"));
            assertThat(back.text("ADM2_KK")).isEqualTo(original.text("ADM2_KK"));
            assertThat(back.text("ADM2_RU")).isEqualTo(original.text("ADM2_RU"));
            double metres = DiscreteHausdorffDistance.distance(original.geometry(), back.geometry()) * METRES_PER_DEGREE;
            assertThat(metres).as("district %s", original.text("ADM2_RU")).isLessThan(1.0);
            assertThat(back.geometry().getNumPoints()).isEqualTo(original.geometry().getNumPoints());
        }
    }

    /** Our reader and H2GIS's SHPRead agree on every geokz file: attributes, and geometries exactly. */
    @Test
    void everyGeokzFileReadsAsH2gisReadsIt() throws Exception {
        Path geokz = SharedData.requireOrSkip("geokz");
        List<Path> files;
        try (var list = Files.list(geokz)) {
            files = list.filter(f -> f.toString().endsWith(".shp")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path shp : files) {
            SourceDataset mine = reader.read(shp, ReadOptions.DEFAULT);
            assertThat(mine.sourceCrs()).isEqualTo("EPSG:4326");
            assertThat(mine.encoding()).isEqualTo("UTF-8");
            JdbcDataSource db = new JdbcDataSource();
            db.setURL("jdbc:h2:mem:geokz-" + UUID.randomUUID() + ";NON_KEYWORDS=YEAR,VALUE,KEY");
            try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
                SHPRead.importTable(c, shp.toString(), "SHP", null, true);
                try (ResultSet rs = st.executeQuery("SELECT * FROM SHP ORDER BY PK")) {
                    int i = 0;
                    while (rs.next()) {
                        SourceFeature m = mine.features().get(i);
                        for (var field : mine.fields()) {
                            Object theirs = rs.getObject(field.name().toUpperCase(Locale.ROOT));
                            assertThat(m.text(field.name())).as("%s #%d %s", shp.getFileName(), i, field.name())
                                    .isEqualTo(theirs == null || theirs.toString().isBlank() ? null : theirs.toString().strip());
                        }
                        Geometry a = multi(m.geometry());
                        Geometry b = multi((Geometry) rs.getObject("THE_GEOM"));
                        a.normalize();
                        b.normalize();
                        assertThat(a.equalsExact(b)).as("%s #%d geometry", shp.getFileName(), i).isTrue();
                        i++;
                    }
                    assertThat(mine.features()).as(shp.getFileName().toString()).hasSize(i);
                }
            }
        }
    }

    private static boolean cp1251(String s) {
        return s != null && java.nio.charset.Charset.forName("windows-1251").newEncoder().canEncode(s);
    }

    private static Geometry multi(Geometry g) {
        return g instanceof Polygon p ? g.getFactory().createMultiPolygon(new Polygon[] {p}) : g.copy();
    }

    private static Geometry reprojected(Geometry g, BasicCoordinateTransform t) {
        Geometry copy = ((VertexMapping) xy -> {
            ProjCoordinate p = t.transform(new ProjCoordinate(xy[0], xy[1]), new ProjCoordinate());
            xy[0] = p.x;
            xy[1] = p.y;
        }).applyTo(g.copy());
        return copy instanceof MultiPolygon ? copy : copy.getFactory().createMultiPolygon(new Polygon[] {(Polygon) copy});
    }
}
