package kz.aumaq.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import kz.aumaq.gis.unit.AdminUnitRepository;
import kz.aumaq.server.browser.HeadlessChromium;
import kz.aumaq.server.security.TestUsers;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ingest web API and page on H2GIS with an empty database (no demo territory): a dry run of the
 * real geokz regions changes nothing, its commit loads them, a broken file fails with a finding, an
 * oversized upload is a 413, and the page shows a report and a preview in headless Chromium.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class H2gisIngestApiTest {

    static final int LIMIT_MB = 4;
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    AdminUnitRepository units;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("aumaq-ingest-api-test");
        registry.add("aumaq.data-dir", dir::toString);
        registry.add("aumaq.demo.enabled", () -> "false");
        registry.add("aumaq.ingest.max-upload-mb", () -> Integer.toString(LIMIT_MB));
    }

    record Answer(int status, String location, JsonNode json) {
    }

    @Test
    void dryRunThenCommitLoadsTheRegions() throws Exception {
        byte[] zip = zip("kaz_admbnda_adm1_2024");
        long before = units.count();
        Answer posted = upload("regions.zip", zip, "level", "region", "validFrom", "2024-01-01", "dryRun", "true");
        assertThat(posted.status()).as(posted.json().toString()).isEqualTo(202);
        String id = posted.json().get("id").asString();
        assertThat(posted.location()).isEqualTo("/api/ingest/jobs/" + id);

        JsonNode dry = await(id);
        assertThat(dry.get("status").asString()).as(dry.toString()).isEqualTo("dry-run");
        assertThat(dry.get("progress").asInt()).isEqualTo(100);
        assertThat(dry.get("counts").get("read").asInt()).isEqualTo(20);
        assertThat(codes(dry)).contains("field-mapping");
        JsonNode finding = dry.get("report").get("findings").get(0);
        assertThat(finding.has("severity") && finding.has("code") && finding.has("count") && finding.has("examples")).isTrue();
        assertThat(units.count()).isEqualTo(before);

        Answer preview = get("/api/ingest/jobs/" + id + "/preview");
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.json().get("features").size()).isEqualTo(20);

        Answer commit = send(HttpRequest.newBuilder(uri("/api/ingest/jobs/" + id + "/commit")).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(commit.status()).as(commit.json().toString()).isEqualTo(202);
        JsonNode done = await(id);
        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("committed");
        assertThat(done.get("counts").get("inserted").asInt()).isEqualTo(21);
        long recorded = done.get("recordedJobs").get(1).asLong();
        assertThat(units.countCurrentBySource("ingest-job-" + recorded)).isEqualTo(21);
        assertThat(get("/api/units?level=region").json().get("numberMatched").asInt()).isEqualTo(20);
        Answer again = send(HttpRequest.newBuilder(uri("/api/ingest/jobs/" + id + "/commit")).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(again.status()).isEqualTo(409);
        // The stored upload is gone after the commit.
        assertThat(get("/api/ingest/jobs/" + id + "/preview").status()).isEqualTo(410);

        JsonNode list = get("/api/ingest/jobs").json().get("jobs");
        assertThat(list.get(0).get("id").asLong()).isEqualTo(recorded);
        assertThat(list.get(0).get("status").asString()).isEqualTo("committed");
    }

    @Test
    void aBrokenFileFailsWithAnErrorFinding() throws Exception {
        Answer posted = upload("broken.zip", "this is not a zip at all".getBytes(StandardCharsets.UTF_8), "level", "district");
        assertThat(posted.status()).isEqualTo(202);
        JsonNode job = await(posted.json().get("id").asString());
        assertThat(job.get("status").asString()).isEqualTo("failed");
        assertThat(job.get("report").get("findings").get(0).get("severity").asString()).isEqualTo("error");
        Answer commit = send(HttpRequest.newBuilder(uri("/api/ingest/jobs/" + job.get("id").asString() + "/commit"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(commit.status()).isEqualTo(409);
    }

    @Test
    void badFieldsAre400NamingTheField() throws Exception {
        Answer layer = upload("x.zip", new byte[] {1}, "target", "layer");
        assertThat(layer.status()).isEqualTo(400);
        assertThat(layer.json().get("parameter").asString()).isEqualTo("layer");
        assertThat(upload("x.zip", new byte[] {1}, "target", "layer", "layer", "Bad Name").json().get("parameter").asString()).isEqualTo("layer");
        assertThat(upload("x.zip", new byte[] {1}, "target", "values").json().get("parameter").asString()).isEqualTo("indicator");
        assertThat(upload("x.zip", new byte[] {1}, "target", "planet").json().get("parameter").asString()).isEqualTo("target");
        assertThat(upload("x.zip", new byte[] {1}, "level", "planet").status()).isEqualTo(400);
        assertThat(get("/api/ingest/jobs/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void aLayerUploadIsPublishedAtOnce() throws Exception {
        String geojson = """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"name": "ЦОН Есиль", "kind": "psc"}, "geometry": {"type": "Point", "coordinates": [71.43, 51.13]}},
                  {"type": "Feature", "properties": {"name": "ХҚКО Алмалы", "kind": "psc"}, "geometry": {"type": "Point", "coordinates": [76.94, 43.25]}},
                  {"type": "Feature", "properties": {"kind": "psc"}, "geometry": {"type": "Point", "coordinates": [69.60, 42.32]}}]}
                """;
        Answer posted = upload("psc.geojson", geojson.getBytes(StandardCharsets.UTF_8), "target", "layer", "layer", "psc-test", "dryRun", "false");
        assertThat(posted.status()).as(String.valueOf(posted.json())).isEqualTo(202);
        JsonNode done = await(posted.json().get("id").asString());
        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("committed");
        assertThat(done.get("layer").asString()).isEqualTo("psc-test");
        assertThat(done.get("level").isNull()).isTrue();
        assertThat(done.get("counts").get("inserted").asInt()).isEqualTo(3);
        assertThat(codes(done)).contains("unnamed-feature");

        // No restart needed: the capabilities and the OGC API list it as soon as the job says committed.
        HttpResponse<String> caps = http.send(HttpRequest.newBuilder(uri("/wms?SERVICE=WMS&REQUEST=GetCapabilities")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(caps.body()).contains("<Name>psc-test</Name>");
        Answer items = get("/ogcapi/collections/psc-test/items?f=json");
        assertThat(items.status()).isEqualTo(200);
        assertThat(items.json().get("features").size()).isEqualTo(3);
    }

    /** With wait=, one request answers when the job has ended: what scripts (and the ingest benchmark) use instead of polling. */
    @Test
    void withWaitTheAnswerComesWhenTheJobHasEnded() throws Exception {
        byte[] geojson = """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"name": "ЦОН Есиль"}, "geometry": {"type": "Point", "coordinates": [71.43, 51.13]}}]}
                """.getBytes(StandardCharsets.UTF_8);
        Answer dry = upload("wait.geojson", geojson, "target", "layer", "layer", "wait-test", "dryRun", "true", "wait", "30");
        assertThat(dry.status()).as(String.valueOf(dry.json())).isEqualTo(200);
        assertThat(dry.json().get("status").asString()).isEqualTo("dry-run");
        assertThat(dry.json().get("progress").asInt()).isEqualTo(100);
        String id = dry.json().get("id").asString();
        assertThat(dry.location()).isEqualTo("/api/ingest/jobs/" + id);

        Answer committed = send(HttpRequest.newBuilder(uri("/api/ingest/jobs/" + id + "/commit?wait=30")).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(committed.status()).isEqualTo(200);
        assertThat(committed.json().get("status").asString()).isEqualTo("committed");
        assertThat(committed.json().get("counts").get("inserted").asInt()).isEqualTo(1);
        Answer status = get("/api/ingest/jobs/" + id + "?wait=5");
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.json().get("status").asString()).isEqualTo("committed");

        for (String bad : List.of("61", "-1", "soon")) {
            Answer refused = upload("wait.geojson", geojson, "target", "layer", "layer", "wait-test", "wait", bad);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.json().get("parameter").asString()).as(bad).isEqualTo("wait");
        }
    }

    @Test
    void valuesGoToTheValuesTarget() throws Exception {
        // Keyed by a KATO no unit has: the values target's own check must refuse it, with the row named.
        String csv = "kato,2023,2024\n999999999,10,12\n";
        Answer posted = upload("pop.csv", csv.getBytes(StandardCharsets.UTF_8), "target", "values", "indicator", "POP_TEST");
        assertThat(posted.status()).as(String.valueOf(posted.json())).isEqualTo(202);
        assertThat(posted.json().get("indicator").asString()).isEqualTo("POP_TEST");
        JsonNode job = await(posted.json().get("id").asString());
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("failed");
        assertThat(codes(job)).contains("unknown-unit");
    }

    @Test
    void anOversizedUploadIs413WithJson() throws Exception {
        Answer a = upload("big.zip", new byte[(LIMIT_MB + 1) * 1024 * 1024], "level", "region");
        assertThat(a.status()).isEqualTo(413);
        assertThat(a.json().get("message").asString()).contains("larger than");
    }

    @Test
    void thePageChecksAFileAndShowsTheReportAndAPreview() throws Exception {
        Path file = Files.createTempDirectory("aumaq-page").resolve("districts.zip");
        Files.write(file, zip("kaz_admbnda_adm2_2024"));
        ChromeDriver driver = HeadlessChromium.start(1200, 800);
        try {
            // The page needs a role: it sends the browser to the login page, and back after signing in.
            driver.get("http://localhost:" + port + "/ingest/index.html?lang=en");
            HeadlessChromium.signIn(driver, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/ingest/index.html"));
            driver.findElement(By.id("file")).sendKeys(file.toString());
            driver.findElement(By.id("level")).sendKeys("district");
            driver.findElement(By.id("validFrom")).sendKeys("01012024");
            driver.findElement(By.id("check")).click();
            new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> ((ChromeDriver) d).executeScript("return window.aumaqIngestChecked") != null
                    && ((Long) ((ChromeDriver) d).executeScript("return document.querySelectorAll('.leaflet-overlay-pane svg path').length")) > 0);
            Path shot = Path.of("target", "ingest-page.png");
            Files.createDirectories(shot.getParent());
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(shot, png);
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
            int drawn = 0;
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = img.getWidth() / 2; x < img.getWidth(); x++) {
                    int rgb = img.getRGB(x, y);
                    if (((rgb >> 16) & 0xff) > 150 && ((rgb >> 8) & 0xff) < 110 && (rgb & 0xff) < 110) drawn++;
                }
            }
            // The preview's red boundaries are on the screen, not just in the DOM.
            assertThat(drawn).as("red preview pixels").isGreaterThan(1000);
            List<String> rows = new ArrayList<>();
            driver.findElements(By.cssSelector("#report tbody tr")).forEach(r -> rows.add(r.getText()));
            assertThat(rows).isNotEmpty();
            assertThat(rows).anyMatch(r -> r.contains("field-mapping"));
            long paths = (Long) driver.executeScript("return document.querySelectorAll('.leaflet-overlay-pane svg path').length");
            assertThat(paths).isGreaterThan(100);
        } finally {
            driver.quit();
        }
    }

    private static List<String> codes(JsonNode job) {
        List<String> out = new ArrayList<>();
        job.get("report").get("findings").forEach(f -> out.add(f.get("code").asString()));
        return out;
    }

    private JsonNode await(String id) throws Exception {
        long until = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < until) {
            JsonNode j = get("/api/ingest/jobs/" + id).json();
            String s = j.get("status").asString();
            if (!s.equals("queued") && !s.equals("running")) return j;
            Thread.sleep(200);
        }
        throw new AssertionError("job " + id + " did not finish");
    }

    private static byte[] zip(String base) throws Exception {
        Path dir = null;
        for (Path d = Path.of("").toAbsolutePath(); d != null && dir == null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("shared/data/geokz/" + base + ".shp"))) dir = d.resolve("shared/data/geokz");
        }
        Assumptions.assumeTrue(dir != null, "skipped: shared/data/geokz not found beside the checkout");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (String ext : List.of("shp", "shx", "dbf", "prj", "cpg")) {
                Path p = dir.resolve(base + "." + ext);
                if (!Files.exists(p)) continue;
                z.putNextEntry(new ZipEntry(base + "." + ext));
                z.write(Files.readAllBytes(p));
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private Answer upload(String name, byte[] content, String... fields) throws Exception {
        String boundary = "aumaq" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < fields.length; i += 2) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n" + fields[i + 1] + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri("/api/ingest/jobs")).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private Answer get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)));
    }

    /** As the administrator (the ingest API needs a role). */
    private Answer send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> r = http.send(request.header("Authorization", TestUsers.admin()).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode node = r.body().isEmpty() ? null : json.readTree(r.body());
        return new Answer(r.statusCode(), r.headers().firstValue("Location").orElse(null), node);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

}
