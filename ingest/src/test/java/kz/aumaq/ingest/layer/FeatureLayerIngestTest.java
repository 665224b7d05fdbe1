package kz.aumaq.ingest.layer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import kz.aumaq.gis.featurelayer.FeatureLayerInfo;
import kz.aumaq.gis.featurelayer.FeatureLayerStore;
import kz.aumaq.gis.featurelayer.StoredLayerSource;
import kz.aumaq.gis.layer.FeaturePage;
import kz.aumaq.gis.layer.FeatureQuery;
import kz.aumaq.ingest.format.DatasetReaders;
import kz.aumaq.ingest.job.IngestJobRepository;
import kz.aumaq.ingest.job.IngestJobRunner;
import kz.aumaq.ingest.job.JobRequest;
import kz.aumaq.ingest.job.JobResult;
import kz.aumaq.ingest.job.JobStatus;
import kz.aumaq.ingest.report.Finding;
import kz.aumaq.ingest.source.ReadOptions;
import kz.aumaq.ingest.testdata.SharedData;
import kz.aumaq.ingest.testdb.H2gisTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import kz.aumaq.gis.geom.LonLatBox;
import org.locationtech.jts.geom.Envelope;

/** Files loaded as feature layers: the OSM settlements (when present beside the checkout) and small files. */
class FeatureLayerIngestTest {

    @TempDir
    Path tmp;
    private FeatureLayerStore store;
    private IngestJobRunner runner;

    @BeforeEach
    void database() {
        DataSource db = H2gisTestDatabase.migrated(tmp.resolve("db"));
        store = new FeatureLayerStore(db);
        runner = new IngestJobRunner(db, new IngestJobRepository(db), List.of(new DatasetReaders()), Clock.systemUTC());
    }

    @Test
    void osmSettlementsLoadAsALayerAndTheReportListsThoseWithoutNames() {
        Path osm = SharedData.requireOrSkip("osm").resolve("kaz_populated_places.geojson");
        JobResult r = load(osm, "osm-places");
        assertThat(r.job().status()).as(r.findings().toString()).isEqualTo(JobStatus.COMMITTED);
        Finding unnamed = r.findings().stream().filter(f -> f.code().equals("unnamed-feature")).findFirst().orElseThrow();
        assertThat(unnamed.count()).isPositive();
        assertThat(unnamed.examples()).hasSize(Finding.MAX_EXAMPLES);

        FeatureLayerInfo info = store.layer("osm-places").orElseThrow();
        assertThat(info.geometryType()).isEqualTo("point");
        StoredLayerSource source = new StoredLayerSource(store, info);
        FeaturePage all = source.query(new FeatureQuery(null, LocalDate.now(), Map.of(), 0, 0));
        assertThat(all.numberMatched()).isEqualTo(r.job().inserted()).isGreaterThan(1000);
        // around Astana
        FeaturePage astana = source.query(new FeatureQuery(LonLatBox.of(new Envelope(71.3, 71.6, 51.0, 51.3)), LocalDate.now(), Map.of(), 10, 0));
        assertThat(astana.features()).isNotEmpty().allSatisfy(f -> assertThat(f.geometry().getCoordinate().x).isBetween(71.3, 71.6));
        assertThat(source.byId(astana.features().get(0).id(), LocalDate.now())).isPresent();

        assertThat(load(osm, "osm-places").job().status()).isEqualTo(JobStatus.UNCHANGED);
    }

    @Test
    void aReloadReplacesTheLayerAndMixedGeometriesAreRefused() throws IOException {
        Path points = tmp.resolve("sites.geojson");
        Files.writeString(points, """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","id":"a","properties":{"name":"Site A","area_ha":12.5},"geometry":{"type":"Point","coordinates":[71.4,51.1]}},
                 {"type":"Feature","id":"b","properties":{"name":null,"area_ha":3},"geometry":{"type":"Point","coordinates":[76.9,43.2]}}]}
                """);
        JobResult first = load(points, "investment-sites");
        assertThat(first.job().status()).as(first.findings().toString()).isEqualTo(JobStatus.COMMITTED);
        assertThat(first.findings()).anySatisfy(f -> assertThat(f.code()).isEqualTo("unnamed-feature"));
        assertThat(store.byId("investment-sites", "a")).hasValueSatisfying(f -> assertThat(f.properties()).containsEntry("name", "Site A"));

        Path mixed = tmp.resolve("mixed.geojson");
        Files.writeString(mixed, """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","id":"c","properties":{"name":"C"},"geometry":{"type":"Point","coordinates":[71.4,51.1]}},
                 {"type":"Feature","id":"d","properties":{"name":"D"},"geometry":{"type":"LineString","coordinates":[[71.4,51.1],[71.5,51.2]]}}]}
                """);
        JobResult refused = load(mixed, "investment-sites");
        assertThat(refused.job().status()).isEqualTo(JobStatus.FAILED);
        assertThat(refused.findings()).anySatisfy(f -> assertThat(f.code()).isEqualTo("mixed-geometry"));
        assertThat(store.byId("investment-sites", "a")).isPresent();

        Files.writeString(points, Files.readString(points).replace("Site A", "Site A2"));
        assertThat(load(points, "investment-sites").job().status()).isEqualTo(JobStatus.COMMITTED);
        assertThat(store.byId("investment-sites", "a")).hasValueSatisfying(f -> assertThat(f.properties()).containsEntry("name", "Site A2"));
        assertThat(store.layers()).extracting(FeatureLayerInfo::name).containsExactly("investment-sites");
    }

    private JobResult load(Path file, String layer) {
        return runner.run(new JobRequest("tester", file, "layer", null, Map.of("layer", layer), ReadOptions.DEFAULT, false),
                new LayerTarget(store, new LayerLoadOptions(layer, null)));
    }
}
