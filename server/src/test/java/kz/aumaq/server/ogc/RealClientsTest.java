package kz.aumaq.server.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import kz.aumaq.server.browser.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The clients the GIS team and other agencies use, pointed at a running server: OWSLib (Python),
 * GDAL's WMS driver, and Leaflet in headless Chromium. Skipped when a client is not installed,
 * unless AUMAQ_REQUIRE_CLIENTS=true (as in CI), where that fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RealClientsTest {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("aumaq-clients-test");
        registry.add("aumaq.data-dir", dir::toString);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void owslibReadsCapabilitiesGetsAMapAndFeatureInfo() throws Exception {
        require("/usr/bin/python3", "python3-owslib");
        Path script = Files.createTempFile("owslib_check", ".py");
        try (InputStream in = getClass().getResourceAsStream("/clients/owslib_check.py")) {
            Files.copy(in, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Result r = run(List.of("/usr/bin/python3", "-c", "import owslib"), 60);
        if (r.exit() != 0) skipOrFail("python3-owslib is not installed: " + r.output());
        Result check = run(List.of("/usr/bin/python3", script.toString(), base()), 120);
        assertThat(check.exit()).as(check.output()).isZero();
        assertThat(check.output()).contains("ok 1.3.0", "ok 1.1.1", "710000000");
    }

    /**
     * QGIS and ArcGIS sign in with HTTP Basic: OWSLib and GDAL with a viewer's credentials see the
     * restricted layer in the WMS capabilities (and draw it); without them it is not there.
     */
    @Test
    void owslibAndGdalSeeARestrictedLayerWithBasicCredentials() throws Exception {
        require("/usr/bin/python3", "python3-owslib");
        require("/usr/bin/gdalinfo", "gdal-bin");
        Result hasOwslib = run(List.of("/usr/bin/python3", "-c", "import owslib"), 60);
        if (hasOwslib.exit() != 0) skipOrFail("python3-owslib is not installed: " + hasOwslib.output());
        String admin = kz.aumaq.server.security.TestUsers.admin();
        api("POST", "/api/users", admin, "{\"username\": \"gis-client\", \"password\": \"client-password-1\", \"roles\": [\"VIEWER\"], "
                + "\"scope\": \"350000000\"}");
        assertThat(api("PATCH", "/api/layers/okrugs", admin, "{\"visibility\": \"restricted\"}")).isEqualTo(200);
        try {
            Path script = Files.createTempFile("owslib_auth_check", ".py");
            try (InputStream in = getClass().getResourceAsStream("/clients/owslib_auth_check.py")) {
                Files.copy(in, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            Result owslib = run(List.of("/usr/bin/python3", script.toString(), base(), "gis-client", "client-password-1", "okrugs"), 120);
            assertThat(owslib.exit()).as(owslib.output()).isZero();
            assertThat(owslib.output()).contains("ok 1.3.0", "ok 1.1.1");

            String caps = "WMS:" + base() + "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities";
            Result withCredentials = run(List.of("/usr/bin/gdalinfo", caps), 60,
                    java.util.Map.of("GDAL_HTTP_AUTH", "BASIC", "GDAL_HTTP_USERPWD", "gis-client:client-password-1"));
            assertThat(withCredentials.exit()).as(withCredentials.output()).isZero();
            assertThat(withCredentials.output()).contains("LAYERS=okrugs", "LAYERS=regions");
            Result anonymous = run(List.of("/usr/bin/gdalinfo", caps), 60);
            assertThat(anonymous.output()).contains("LAYERS=regions").doesNotContain("LAYERS=okrugs");
        } finally {
            api("PATCH", "/api/layers/okrugs", admin, "{\"visibility\": \"public\"}");
        }
    }

    private int api(String method, String path, String auth, String json) throws Exception {
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(base() + path)).header("Authorization", auth).header("Content-Type", "application/json")
                .method(method, java.net.http.HttpRequest.BodyPublishers.ofString(json)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        return r.statusCode();
    }

    @Test
    void gdalTranslateMakesAGeoTiffFromOurWms() throws Exception {
        require("/usr/bin/gdal_translate", "gdal-bin");
        Path tif = Files.createTempFile("aumaq-wms", ".tif");
        String wms = "WMS:" + base() + "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=admin&CRS=EPSG:4326"
                + "&BBOX=40.5,46.4,55.5,87.4&FORMAT=image/png";
        Result t = run(List.of("/usr/bin/gdal_translate", "-of", "GTiff", "-outsize", "820", "300", wms, tif.toString()), 180);
        assertThat(t.exit()).as(t.output()).isZero();
        Result info = run(List.of("/usr/bin/gdalinfo", "-stats", tif.toString()), 60);
        assertThat(info.output()).contains("Size is 820, 300");
        // Georeferenced with lon/lat from the 1.3.0 lat/lon BBOX: origin at 46.4 E, 55.5 N.
        assertThat(info.output()).contains("Upper Left  (  46.4000000,  55.5000000)", "Lower Right (  87.4000000,  40.5000000)");
        BufferedImage img = ImageIO.read(tif.toFile());
        if (img != null) assertThat(WmsContract.nonWhite(img)).isGreaterThan(820 * 300 / 4);
        // Not a blank picture: the red band varies (boundaries, labels, fills on white).
        java.util.regex.Matcher std = java.util.regex.Pattern.compile("StdDev=([0-9.]+)").matcher(info.output());
        assertThat(std.find()).isTrue();
        assertThat(Double.parseDouble(std.group(1))).isGreaterThan(5);
    }

    @Test
    void gdalReadsOurWmtsInBothMatrixSets() throws Exception {
        require("/usr/bin/gdalinfo", "gdal-bin");
        String caps = "WMTS:" + base() + "/wmts?SERVICE=WMTS&REQUEST=GetCapabilities";
        Result info = run(List.of("/usr/bin/gdalinfo", caps), 60);
        assertThat(info.exit()).as(info.output()).isZero();
        assertThat(info.output()).contains("layer=admin,tilematrixset=GoogleMapsCompatible", "layer=regions,tilematrixset=WorldCRS84Quad");
        Path png = Files.createTempFile("aumaq-wmts", ".png");
        Result t = run(List.of("/usr/bin/gdal_translate", "-of", "PNG", "-projwin", "46", "56", "88", "40", "-projwin_srs", "EPSG:4326",
                "-outsize", "400", "0", caps + ",layer=admin,tilematrixset=GoogleMapsCompatible,zoom_level=5", png.toString()), 120);
        assertThat(t.exit()).as(t.output()).isZero();
        BufferedImage img = ImageIO.read(png.toFile());
        int fill = 0;
        for (int y = 0; y < img.getHeight(); y++) for (int x = 0; x < img.getWidth(); x++) if (near(img.getRGB(x, y) & 0xffffff, 0xf3efe6, 6)) fill++;
        assertThat(fill).isGreaterThan(img.getWidth() * img.getHeight() / 4);
    }

    @Test
    void ogrinfoListsAndReadsOurFeatureCollections() throws Exception {
        require("/usr/bin/ogrinfo", "gdal-bin");
        String api = "OAPIF:" + base() + "/ogcapi";
        Result list = run(List.of("/usr/bin/ogrinfo", "-ro", api), 60);
        assertThat(list.exit()).as(list.output()).isZero();
        assertThat(list.output()).contains("regions", "districts", "okrugs", "settlements").doesNotContain("ERROR");
        Result summary = run(List.of("/usr/bin/ogrinfo", "-ro", "-so", api, "regions"), 60);
        assertThat(summary.output()).contains("Feature Count: 20", "kato: String");
        Result astana = run(List.of("/usr/bin/ogrinfo", "-ro", api, "regions", "-where", "kato='710000000'"), 60);
        assertThat(astana.exit()).as(astana.output()).isZero();
        assertThat(astana.output()).contains("name_en (String) = Astana", "MULTIPOLYGON").doesNotContain("ERROR");
    }

    @Test
    void leafletShowsOurWmsAndXyzLayersInChromium() throws Exception {
        ChromeDriver driver = HeadlessChromium.start(1000, 700);
        try {
            driver.get(base() + "/maps/preview.html?lang=en");
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(
                    ((ChromeDriver) d).executeAsyncScript("const done = arguments[arguments.length - 1]; window.aumaqPreviewReady.then(done);")));
            // Let the WMS overlay finish too.
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript(
                    "return Array.from(document.images).filter(i => i.src.includes('/wms?')).length > 0 && "
                            + "Array.from(document.images).filter(i => i.src.includes('/wms?')).every(i => i.complete);")));
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Path shot = Path.of("target", "leaflet-preview.png");
            Files.createDirectories(shot.getParent());
            Files.write(shot, png);
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
            int fill = 0;
            int boundary = 0;
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    int rgb = img.getRGB(x, y) & 0xffffff;
                    if (near(rgb, 0xf3efe6, 12)) fill++;
                    if (near(rgb, 0x6a4c93, 40)) boundary++;
                }
            }
            // The district fill covers much of the screen and the region boundaries are drawn.
            assertThat(fill).as("district fill pixels").isGreaterThan(img.getWidth() * img.getHeight() / 10);
            assertThat(boundary).as("region boundary pixels").isGreaterThan(500);
            @SuppressWarnings("unchecked")
            List<String> sources = (List<String>) driver.executeScript("return Array.from(document.images).map(i => i.src);");
            assertThat(sources).anyMatch(s -> s.contains("/tiles/admin/default/"));
            assertThat(sources).anyMatch(s -> s.contains("/wms?") && s.contains("layers=settlements"));
        } finally {
            driver.quit();
        }
    }

    private static boolean near(int rgb, int target, int tolerance) {
        int dr = Math.abs(((rgb >> 16) & 0xff) - ((target >> 16) & 0xff));
        int dg = Math.abs(((rgb >> 8) & 0xff) - ((target >> 8) & 0xff));
        int db = Math.abs((rgb & 0xff) - (target & 0xff));
        return dr + dg + db < tolerance;
    }

    record Result(int exit, String output) {
    }

    static Result run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        return run(command, timeoutSeconds, java.util.Map.of());
    }

    static Result run(List<String> command, int timeoutSeconds, java.util.Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        pb.environment().putAll(env);
        // GDAL's WMS/WMTS drivers cache tiles in ./gdalwmscache by default: keep them out of the checkout
        // and make every run ask our server afresh.
        pb.environment().put("GDAL_DEFAULT_WMS_CACHE_PATH", Files.createTempDirectory("gdal-wms-cache").toString());
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(-1, "timed out: " + String.join(" ", command));
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    static void require(String executable, String debianPackage) {
        if (!Files.isExecutable(Path.of(executable))) skipOrFail(executable + " missing: apt-get install " + debianPackage);
    }

    static void skipOrFail(String why) {
        HeadlessChromium.skipOrFail(why);
    }
}
