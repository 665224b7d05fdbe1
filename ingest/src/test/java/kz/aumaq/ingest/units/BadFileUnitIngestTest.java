package kz.aumaq.ingest.units;

import static kz.aumaq.ingest.units.UnitIngestFixture.Y2024;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import kz.aumaq.gis.unit.AdminUnit;
import kz.aumaq.gis.unit.Kato;
import kz.aumaq.gis.unit.Level;
import kz.aumaq.ingest.job.JobResult;
import kz.aumaq.ingest.job.JobStatus;
import kz.aumaq.ingest.report.Finding;
import kz.aumaq.ingest.report.Severity;
import kz.aumaq.ingest.source.DatasetReader;
import kz.aumaq.ingest.format.DatasetReaders;
import kz.aumaq.ingest.source.ReadOptions;
import kz.aumaq.ingest.source.SourceDataset;
import kz.aumaq.ingest.source.SourceFeature;
import kz.aumaq.ingest.testdata.SharedData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * The 2024 geokz districts, altered in memory to carry one of each problem the check finds, fed
 * to the job as if read from the file (the 2024 regions are loaded first). Skipped without geokz.
 */
class BadFileUnitIngestTest {

    static final String DISTRICTS = "kaz_admbnda_adm2_2024.shp";
    @TempDir
    Path tmp;
    UnitIngestFixture f;
    SourceDataset districts;
    final GeometryFactory gf = new GeometryFactory();

    @BeforeEach
    void regionsLoaded() throws Exception {
        f = new UnitIngestFixture(tmp, SharedData.requireOrSkip("geokz"));
        assertThat(f.load("kaz_admbnda_adm1_2024.shp", Level.REGION, Y2024, false).job().status()).isEqualTo(JobStatus.COMMITTED);
        districts = new DatasetReaders().read(f.geokz.resolve(DISTRICTS), ReadOptions.DEFAULT);
    }

    @Test
    void everyKindOfErrorIsReportedWithExamplesAndNothingIsWritten() {
        List<SourceFeature> fs = new ArrayList<>(districts.features());
        alter(fs, 1, a -> a.put("KATO", fs.get(0).text("KATO")), null);                                    // duplicate KATO
        alter(fs, 2, null, g -> bowtie(g.getEnvelopeInternal()));                                           // broken beyond repair
        alter(fs, 3, null, this::smallSelfIntersection);                                                    // repairable
        alter(fs, 4, a -> a.put("KATO", "991000000"), g -> AffineTransformation.translationInstance(40, 0).transform(g)); // nowhere
        alter(fs, 5, a -> a.put("KATO", "981000000"), null);                                                // parent by location
        alter(fs, 6, a -> a.put("ADM2_RU", misread((String) a.get("ADM2_RU"), Charset.forName("windows-1251"))), null);
        alter(fs, 7, a -> a.put("ADM2_KK", misread((String) a.get("ADM2_KK"), StandardCharsets.ISO_8859_1)), null);
        alter(fs, 8, null, g -> gf.createPolygon());                                                        // empty
        alter(fs, 9, null, Geometry::getInteriorPoint);                                                     // wrong type
        alter(fs, 10, a -> a.put("KATO", "12345"), null);                                                   // malformed
        int east = indexOf(fs, "63", 11);
        alter(fs, east, a -> a.put("KATO", "479900000"), null);                                             // East Kazakhstan district coded as Mangystau's
        int[] pair = interiorNeighbours(fs);
        Geometry neighbour = fs.get(pair[1]).geometry();
        alter(fs, pair[0], null, g -> neighbour.copy());                                                    // overlap, and a gap where it was

        JobResult r = f.load(DISTRICTS, Level.DISTRICT, Y2024, false, reading(fs));

        assertThat(r.job().status()).isEqualTo(JobStatus.FAILED);
        Map<String, Finding> byCode = new LinkedHashMap<>();
        r.findings().forEach(x -> byCode.put(x.code(), x));
        assertThat(byCode).containsKeys("duplicate-kato", "invalid-geometry", "unknown-parent", "garbled-text", "empty-geometry",
                "wrong-geometry-type", "malformed-kato", "outside-parent", "geometry-repaired", "outside-kazakhstan",
                "parent-by-location", "overlap", "gap");
        assertThat(byCode.get("duplicate-kato").examples()).containsExactly(fs.get(0).text("KATO") + ": " + "#" + fs.get(0).id() + ", " + "#" + fs.get(1).id());
        assertThat(byCode.get("invalid-geometry").examples()).singleElement().asString().startsWith("#" + fs.get(2).id() + " ");
        assertThat(byCode.get("geometry-repaired").severity()).isEqualTo(Severity.WARNING);
        assertThat(byCode.get("unknown-parent").examples()).containsExactly("#" + fs.get(4).id() + " 991000000 (no 990000000)");
        assertThat(byCode.get("outside-kazakhstan").examples()).singleElement().asString().startsWith("#" + fs.get(4).id() + " 991000000");
        assertThat(byCode.get("parent-by-location").examples()).singleElement().asString().startsWith("#" + fs.get(5).id() + " 981000000 in ");
        assertThat(byCode.get("garbled-text").count()).isEqualTo(2);
        assertThat(byCode.get("garbled-text").message()).contains("wrong encoding?");
        assertThat(byCode.get("malformed-kato").examples()).containsExactly("#" + fs.get(10).id() + ": '12345'");
        assertThat(byCode.get("outside-parent").examples()).singleElement().asString().startsWith("#" + fs.get(east).id() + " 479900000: 0.0% inside 470000000");
        assertThat(byCode.get("overlap").examples()).anySatisfy(e -> assertThat(e).contains("(100.00%)"));
        assertThat(r.findings().get(0).severity()).isEqualTo(Severity.ERROR);

        assertThat(f.count(Level.DISTRICT, LocalDate.now())).isZero();
        assertThat(f.repository.count()).isEqualTo(21);
        assertThat(f.jobs.find(r.job().id()).orElseThrow().report()).contains("\"code\":\"duplicate-kato\"", "\"code\":\"gap\"");
    }

    @Test
    void warningsAloneDoNotBlockTheCommit() {
        List<SourceFeature> fs = new ArrayList<>(districts.features());
        alter(fs, 3, null, this::smallSelfIntersection);
        alter(fs, 5, a -> a.put("KATO", "981000000"), null);

        JobResult r = f.load(DISTRICTS, Level.DISTRICT, Y2024, false, reading(fs));

        assertThat(r.job().status()).as("%s", r.findings()).isEqualTo(JobStatus.COMMITTED);
        assertThat(r.count(Severity.WARNING)).isEqualTo(2);
        assertThat(f.count(Level.DISTRICT, LocalDate.now())).isEqualTo(224);
        AdminUnit moved = f.repository.findByKato(Kato.of("981000000"), LocalDate.now()).orElseThrow();
        assertThat(moved.parentKato()).isEqualTo(Kato.of(districts.features().get(5).text("KATO").substring(0, 2) + "0000000"));
        assertThat(f.repository.findByKato(Kato.of(fs.get(3).text("KATO")), LocalDate.now()).orElseThrow().geometry().isValid()).isTrue();
    }

    private DatasetReader reading(List<SourceFeature> features) {
        SourceDataset altered = new SourceDataset(districts.name(), districts.fields(), features, districts.sourceCrs(),
                districts.encoding(), districts.findings());
        return new DatasetReader() {
            @Override
            public boolean accepts(Path file) {
                return true;
            }

            @Override
            public SourceDataset read(Path file, ReadOptions options) {
                return altered;
            }
        };
    }

    private static void alter(List<SourceFeature> fs, int i, java.util.function.Consumer<Map<String, Object>> attributes,
                              UnaryOperator<Geometry> geometry) {
        SourceFeature old = fs.get(i);
        Map<String, Object> a = new LinkedHashMap<>(old.attributes());
        if (attributes != null) attributes.accept(a);
        fs.set(i, new SourceFeature(old.id(), geometry == null ? old.geometry() : geometry.apply(old.geometry()), a));
    }

    private static String misread(String text, Charset as) {
        return new String(text.getBytes(StandardCharsets.UTF_8), as);
    }

    private Geometry bowtie(Envelope e) {
        return gf.createPolygon(new Coordinate[] {new Coordinate(e.getMinX(), e.getMinY()), new Coordinate(e.getMaxX(), e.getMaxY()),
            new Coordinate(e.getMaxX(), e.getMinY()), new Coordinate(e.getMinX(), e.getMaxY()), new Coordinate(e.getMinX(), e.getMinY())});
    }

    /** Two neighbouring vertices swapped in the middle of the outer ring: a tiny crossing. */
    private Geometry smallSelfIntersection(Geometry g) {
        Polygon p = (Polygon) g.getGeometryN(0);
        Coordinate[] ring = p.getExteriorRing().getCoordinates();
        int k = ring.length / 2;
        Coordinate swap = ring[k];
        ring[k] = ring[k + 1];
        ring[k + 1] = swap;
        Geometry broken = gf.createPolygon(ring);
        assertThat(broken.isValid()).isFalse();
        return broken;
    }

    private static int indexOf(List<SourceFeature> fs, String katoPrefix, int from) {
        for (int i = from; i < fs.size(); i++) if (fs.get(i).text("KATO").startsWith(katoPrefix)) return i;
        throw new IllegalStateException("no district " + katoPrefix + "…");
    }

    /** A district away from the country's border, and a neighbour in the same region, both untouched so far. */
    private int[] interiorNeighbours(List<SourceFeature> fs) {
        Geometry border = f.repository.findByKato(Kato.COUNTRY, LocalDate.now()).orElseThrow().geometry().getBoundary();
        for (int a = 20; a < fs.size(); a++) {
            Geometry ga = fs.get(a).geometry();
            if (!fs.get(a).text("KATO").startsWith("35") || border.distance(ga) < 0.1) continue;
            for (int b = 20; b < fs.size(); b++) {
                if (b != a && fs.get(b).text("KATO").startsWith("35") && ga.intersects(fs.get(b).geometry())) return new int[] {a, b};
            }
        }
        throw new IllegalStateException("no interior pair of districts in Karaganda region");
    }
}
