package kz.aumaq.server.layer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import kz.aumaq.gis.featurelayer.FeatureLayerStore;
import kz.aumaq.gis.layer.LayerCatalog;
import kz.aumaq.ingest.job.IngestJobRunner;
import kz.aumaq.ingest.job.JobRequest;
import kz.aumaq.ingest.job.JobResult;
import kz.aumaq.ingest.job.JobStatus;
import kz.aumaq.ingest.layer.LayerLoadOptions;
import kz.aumaq.ingest.layer.LayerTarget;
import kz.aumaq.ingest.source.ReadOptions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The OSM settlements ingested as layer {@code osm-places}, then drawn by WMS and served by OGC API Features. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class H2gisStoredLayerTest {

    private static final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("aumaq-layer-test");
        registry.add("aumaq.data-dir", dir::toString);
        registry.add("aumaq.layers.refresh-seconds", () -> "1");
    }

    @LocalServerPort
    int port;
    @Autowired
    IngestJobRunner runner;
    @Autowired
    FeatureLayerStore store;
    @Autowired
    kz.aumaq.server.catalog.CatalogSync sync;
    @Autowired
    LayerCatalog catalog;

    @Test
    void aLayerLoadedByAnotherProcessIsPublishedWithoutARestart() throws Exception {
        Path file = Files.createTempFile("sites", ".csv");
        Files.writeString(file, "name,lon,lat\nSite A,71.4,51.1\nSite B,76.9,43.2\n");
        // What the command line does: the load only, in its own transaction, no catalog involved.
        JobResult r = runner.run(new JobRequest("cli", file, "layer", null, Map.of("layer", "cli-sites"), ReadOptions.DEFAULT, false),
                new LayerTarget(store, new LayerLoadOptions("cli-sites", null)));
        assertThat(r.job().status()).as(r.findings().toString()).isEqualTo(JobStatus.COMMITTED);
        long until = System.currentTimeMillis() + 15_000;
        while (catalog.layer("cli-sites").isEmpty() && System.currentTimeMillis() < until) Thread.sleep(100);
        assertThat(catalog.layer("cli-sites")).isPresent();
        assertThat(new String(get("/wms?SERVICE=WMS&REQUEST=GetCapabilities").body(), StandardCharsets.UTF_8)).contains("<Name>cli-sites</Name>");

        // Unpublished by an editor, it stays unpublished while its data is unchanged (and when it is loaded again).
        HttpResponse<byte[]> unpublished = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/layers/cli-sites"))
                .header("Authorization", kz.aumaq.server.security.TestUsers.admin()).DELETE().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(unpublished.statusCode()).isEqualTo(204);
        Thread.sleep(2_500);
        assertThat(catalog.layer("cli-sites").orElseThrow().visibility()).isEqualTo(kz.aumaq.gis.layer.Visibility.UNPUBLISHED);
        assertThat(new String(get("/wms?SERVICE=WMS&REQUEST=GetCapabilities").body(), StandardCharsets.UTF_8)).doesNotContain("<Name>cli-sites</Name>");
    }

    @Test
    void osmPlacesIngestedArePublishedToWmsAndOgcApiFeatures() throws Exception {
        Path osm = osm();
        JobResult r = runner.run(new JobRequest("tester", osm, "layer", null, Map.of("layer", "osm-places"), ReadOptions.DEFAULT, false),
                new LayerTarget(store, new LayerLoadOptions("osm-places", null)));
        assertThat(r.job().status()).as(r.findings().toString()).isEqualTo(JobStatus.COMMITTED);
        assertThat(r.findings()).anySatisfy(f -> assertThat(f.code()).isEqualTo("unnamed-feature"));
        sync.reload();

        HttpResponse<byte[]> map = get("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=osm-places&STYLES=&CRS=EPSG:4326"
                + "&BBOX=40.5,46.4,55.5,87.4&WIDTH=400&HEIGHT=200&FORMAT=image/png&TRANSPARENT=true");
        assertThat(map.statusCode()).isEqualTo(200);
        assertThat(map.headers().firstValue("Content-Type")).contains("image/png");
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(map.body()));
        assertThat(drawn(img)).as("dots drawn").isGreaterThan(100);

        HttpResponse<byte[]> items = get("/ogcapi/collections/osm-places/items?limit=3&bbox=71.3,51.0,71.6,51.3");
        String json = new String(items.body(), StandardCharsets.UTF_8);
        assertThat(items.statusCode()).as(json).isEqualTo(200);
        assertThat(json).contains("\"FeatureCollection\"", "\"Point\"", "\"place\"");

        HttpResponse<byte[]> caps = get("/wms?SERVICE=WMS&REQUEST=GetCapabilities");
        assertThat(new String(caps.body(), StandardCharsets.UTF_8)).contains("<Name>osm-places</Name>");
    }

    private HttpResponse<byte[]> get(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static int drawn(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) for (int x = 0; x < img.getWidth(); x++) if ((img.getRGB(x, y) >>> 24) != 0) n++;
        return n;
    }

    private static Path osm() {
        Optional<Path> found = Optional.empty();
        for (Path dir = Path.of("").toAbsolutePath(); dir != null && found.isEmpty(); dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data/osm/kaz_populated_places.geojson");
            if (Files.isRegularFile(candidate)) found = Optional.of(candidate);
        }
        Assumptions.assumeTrue(found.isPresent(), "skipped: shared/data/osm not found beside the checkout");
        return found.orElseThrow();
    }
}
