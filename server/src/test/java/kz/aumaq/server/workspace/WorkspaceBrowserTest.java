package kz.aumaq.server.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import kz.aumaq.gis.geom.GeodesicArea;
import kz.aumaq.server.browser.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The workspace as a planner uses it, in real headless Chromium against the demo territory: the
 * page loads with our own basemap, the language switches kk→ru→en keeping the view, a layer
 * toggles, "Қарағанды" is found and zoomed to, a click on a district opens its panel (names,
 * KATO, parent chain), a measured area agrees with the server's geodesic area, the view prints,
 * a copied link reproduces the view, and a phone-sized window still works. Screenshots go to
 * target/ and are checked for content; the console must stay free of errors.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkspaceBrowserTest {

    private static final HttpClient http = HttpClient.newHttpClient();
    private static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    ChromeDriver driver;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("aumaq-workspace-test");
        registry.add("aumaq.data-dir", dir::toString);
        // An "external" basemap served by ourselves, so switching basemaps is tested without the internet.
        registry.add("aumaq.web.basemaps[0].id", () -> "plain-regions");
        registry.add("aumaq.web.basemaps[0].title", () -> "Regions only");
        registry.add("aumaq.web.basemaps[0].url", () -> "/tiles/regions/plain-regions/{z}/{x}/{y}.png");
        registry.add("aumaq.web.basemaps[0].attribution", () -> "Test basemap");
    }

    @BeforeAll
    void browser() throws Exception {
        driver = HeadlessChromium.start(1280, 800);
    }

    @AfterAll
    void quit() {
        if (driver != null) driver.quit();
    }

    @Test
    @Order(1)
    void opensInKazakhWithOurBasemapAndNoConsoleErrors() throws Exception {
        driver.get(base() + "/");
        awaitReady();
        awaitTiles("/tiles/admin/default/");
        assertThat(driver.findElement(By.cssSelector("#layers .section-title")).getText()).isEqualTo("Қабаттар");
        assertThat(driver.findElement(By.id("search-input")).getAttribute("placeholder")).contains("ҚАТО");
        assertThat(driver.getTitle()).contains("Аумақ");
        // Every admin layer of the catalog is in the tree, under its group.
        assertThat(driver.findElements(By.cssSelector("#layer-tree li[data-layer]"))).extracting(e -> e.getDomAttribute("data-layer"))
                .contains("regions", "districts", "okrugs", "settlements");
        assertThat(driver.findElement(By.id("demo-banner")).isDisplayed()).isTrue();
        BufferedImage shot = screenshot("workspace-kk.png");
        assertThat(colours(shot)).as("distinct colours in the screenshot").isGreaterThan(50);
        assertThat(HeadlessChromium.consoleErrors(driver)).isEmpty();
    }

    @Test
    @Order(2)
    void theLanguageSwitchKeepsTheView() throws Exception {
        String view = viewPart();
        click("#lang button[data-lang=ru]");
        awaitText("#layers .section-title", "Слои");
        assertThat(driver.findElement(By.cssSelector("#layer-tree label[for=layer-districts]")).getText()).isEqualTo("Районы");
        assertThat(driver.getCurrentUrl()).contains("lang=ru");
        click("#lang button[data-lang=en]");
        awaitText("#layers .section-title", "Layers");
        assertThat(driver.findElement(By.cssSelector("#layer-tree label[for=layer-districts]")).getText()).isEqualTo("Districts");
        assertThat(driver.getCurrentUrl()).contains("lang=en");
        assertThat(viewPart()).isEqualTo(view);
        // The basemap's labels follow: its tiles are now asked for in English.
        awaitTiles("lang=en");
    }

    @Test
    @Order(3)
    void aLayerTogglesWithItsLegend() throws Exception {
        click("#layer-districts");
        awaitTiles("/tiles/districts/");
        assertThat(driver.getCurrentUrl()).contains("l=districts");
        WebElement legend = driver.findElement(By.cssSelector("li[data-layer=districts] img.legend"));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> (Boolean) driver.executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", legend));
        click("#layer-districts");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> driver.findElements(By.cssSelector(".overlay-districts")).isEmpty());
        assertThat(driver.getCurrentUrl()).doesNotContain("l=districts");
    }

    @Test
    @Order(3)
    void aConfiguredBasemapCanBeChosen() {
        click("input[name=basemap][value=plain-regions]");
        awaitTiles("/tiles/regions/plain-regions/");
        assertThat(driver.getCurrentUrl()).contains("b=plain-regions");
        assertThat(driver.findElement(By.className("leaflet-control-attribution")).getText()).contains("Test basemap");
        click("input[name=basemap][value=aumaq]");
        awaitTiles("/tiles/admin/default/");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> driver.findElements(By.cssSelector("img[src*='/tiles/regions/plain-regions/']")).isEmpty());
    }

    @Test
    @Order(4)
    void searchFindsKaragandaInKazakhAndZoomsToIt() throws Exception {
        double before = zoom();
        WebElement input = driver.findElement(By.id("search-input"));
        input.clear();
        input.sendKeys("Қарағанды");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !driver.findElements(By.cssSelector("#search-results li[role=option]")).isEmpty());
        assertThat(driver.findElement(By.cssSelector("#search-results li[role=option]")).getText()).contains("Karaganda Region");
        input.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "350000000".equals(driver.executeScript("return window.aumaqSelectedUnit")));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> zoom() > before);
        awaitText("#info .unit-name", "Karaganda Region");
        assertThat(driver.getCurrentUrl()).contains("u=350000000");
        awaitTiles("/tiles/admin/default/");
        screenshot("workspace-en-karaganda.png");
    }

    @Test
    @Order(5)
    void clickingADistrictShowsItsPanel() throws Exception {
        JsonNode district = get("/api/units?level=district&parent=350000000&limit=1").get("features").get(0);
        JsonNode at = district.get("properties").get("labelPoint").get("coordinates");
        String kato = district.get("properties").get("kato").asString();
        driver.executeScript("window.aumaq.map.setView([arguments[0], arguments[1]], 8, {animate: false})", at.get(1).asDouble(), at.get(0).asDouble());
        clickMapAt(at.get(1).asDouble(), at.get(0).asDouble());
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> kato.equals(driver.executeScript("return window.aumaqSelectedUnit")));
        String name = district.get("properties").get("names").get("en").asString();
        awaitText("#info .unit-name", name);
        String panel = driver.findElement(By.id("info")).getText();
        assertThat(panel).contains(kato, "District", "Karaganda Region", "km²");
        assertThat(driver.findElement(By.cssSelector("#info .breadcrumbs")).getText()).contains("Kazakhstan", "Karaganda Region");
        // Its children are links; following the parent link selects the region.
        assertThat(driver.findElements(By.cssSelector("#info .children a"))).isNotEmpty();
        awaitTiles("/tiles/admin/default/");
        BufferedImage shot = screenshot("workspace-en-district.png");
        assertThat(colours(shot)).isGreaterThan(50);
        driver.findElement(By.cssSelector("#info .breadcrumbs a:last-of-type")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "350000000".equals(driver.executeScript("return window.aumaqSelectedUnit")));
    }

    @Test
    @Order(6)
    void aMeasuredAreaAgreesWithTheServersGeodesicArea() {
        driver.executeScript("window.aumaq.map.setView([49.8, 73.1], 7, {animate: false})");
        click("#measure-area");
        int[][] pixels = {{400, 250}, {700, 260}, {720, 520}, {420, 500}};
        Actions actions = new Actions(driver);
        WebElement map = driver.findElement(By.id("map"));
        int w = map.getSize().getWidth() / 2;
        int h = map.getSize().getHeight() / 2;
        for (int[] p : pixels) actions.moveToElement(map, p[0] - w, p[1] - h).click();
        actions.perform();
        driver.findElement(By.tagName("body")).sendKeys(Keys.ENTER);
        double measured = ((Number) driver.executeScript("return window.aumaq.measure.last")).doubleValue();
        @SuppressWarnings("unchecked")
        List<List<Number>> ll = (List<List<Number>>) driver.executeScript(
                "return window.aumaq.measure.points.map(p => [p.lng, p.lat])");
        assertThat(ll).hasSize(4);
        Coordinate[] ring = new Coordinate[5];
        for (int i = 0; i < 4; i++) ring[i] = new Coordinate(ll.get(i).get(0).doubleValue(), ll.get(i).get(1).doubleValue());
        ring[4] = ring[0];
        double server = GeodesicArea.squareKm(new GeometryFactory().createPolygon(ring)) * 1e6;
        assertThat(measured).isCloseTo(server, within(server * 0.001));
        assertThat(driver.findElement(By.cssSelector("#measure-output .measure-text")).getText()).contains("km²");
        click("#measure-clear");
    }

    @Test
    @Order(7)
    void theViewPrintsAsAPngSheet() throws Exception {
        click("#print-open");
        try {
            printTheView();
        } finally {
            driver.executeScript("document.getElementById('print-dialog').close()");
        }
    }

    @Test
    @Order(7)
    void printOffersOnlyResolutionsWithinTheServersLimits() {
        // A map 940 px wide: 300 dpi would be 2938 px, 150 dpi 1469 px, 96 dpi 940 px.
        driver.executeScript("window.aumaq.print.setLimits({maxWidth: 1000, maxHeight: 1000})");
        click("#print-open");
        try {
            assertThat((Boolean) driver.executeScript("return document.querySelector('#print-dialog option[value=\"300\"]').disabled")).isTrue();
            assertThat((Boolean) driver.executeScript("return document.querySelector('#print-dialog option[value=\"150\"]').disabled")).isTrue();
            assertThat(driver.executeScript("return document.querySelector('#print-dialog [name=dpi]').value")).isEqualTo("96");
        } finally {
            driver.executeScript("document.getElementById('print-dialog').close(); window.aumaq.print.setLimits({maxWidth: 4096, maxHeight: 4096});"
                    + "document.querySelector('#print-dialog [name=dpi]').value = '150'");
        }
    }

    private void printTheView() throws Exception {
        WebElement title = driver.findElement(By.cssSelector("#print-dialog input[name=title]"));
        title.clear();
        title.sendKeys("Қарағанды облысы");
        click("#print-dialog .print-go");
        new WebDriverWait(driver, Duration.ofSeconds(90)).until(d -> driver.executeScript("return window.aumaqLastPrint") != null);
        @SuppressWarnings("unchecked")
        Map<String, Object> print = (Map<String, Object>) driver.executeScript("return window.aumaqLastPrint");
        assertThat(print.get("status")).as(print.toString()).isEqualTo(200L);
        assertThat((String) print.get("type")).startsWith("image/png");
        assertThat(driver.findElement(By.cssSelector("#print-dialog .print-download")).getText()).contains("aumaq-map");
        // The same request, fetched here, is a real picture of the view.
        HttpResponse<byte[]> sheet = http.send(HttpRequest.newBuilder(URI.create(base() + print.get("url"))).build(), HttpResponse.BodyHandlers.ofByteArray());
        Path file = Path.of("target", "workspace-print.png");
        Files.write(file, sheet.body());
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(sheet.body()));
        assertThat(img.getWidth()).isGreaterThan(1000);
        assertThat(colours(img)).isGreaterThan(20);
    }

    @Test
    @Order(8)
    void aCopiedLinkReproducesTheView() throws Exception {
        driver.executeScript("window.aumaq.map.setView([43.25, 76.9], 9, {animate: false})");
        click("#layer-settlements");
        String link = driver.getCurrentUrl();
        assertThat(link).contains("l=settlements", "lang=en", "z=9", "c=43.2500,76.9000");
        ChromeDriver other = HeadlessChromium.start(1280, 800);
        try {
            other.get(link);
            new WebDriverWait(other, Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(other.executeScript("return window.aumaqReady === true")));
            assertThat(((Number) other.executeScript("return window.aumaq.map.getZoom()")).doubleValue()).isEqualTo(9.0);
            assertThat(other.findElement(By.id("layer-settlements")).isSelected()).isTrue();
            assertThat(other.findElement(By.cssSelector("#layers .section-title")).getText()).isEqualTo("Layers");
            new WebDriverWait(other, Duration.ofSeconds(20)).until(d -> "350000000".equals(other.executeScript("return window.aumaqSelectedUnit")));
        } finally {
            other.quit();
        }
        // The same link pasted into a tab that is already open (only the fragment changes, no reload).
        driver.executeScript("location.hash = '#lang=ru&z=6&c=48.0000,67.0000&b=aumaq&l=regions'");
        awaitText("#layers .section-title", "Слои");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> zoom() == 6.0);
        assertThat(driver.findElement(By.id("layer-regions")).isSelected()).isTrue();
        assertThat(driver.findElement(By.id("layer-settlements")).isSelected()).isFalse();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> driver.executeScript("return window.aumaqSelectedUnit") == null);
        assertThat(driver.getCurrentUrl()).doesNotContain("u=");
    }

    @Test
    @Order(9)
    void aPhoneScreenGetsTheSameWorkspace() throws Exception {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        driver.get("about:blank");
        driver.get(base() + "/#lang=ru");
        awaitReady();
        awaitTiles("/tiles/admin/default/");
        assertThat(driver.findElement(By.cssSelector("#lang button[data-lang=ru]")).getDomAttribute("aria-pressed")).isEqualTo("true");
        Number overflow = (Number) driver.executeScript("return document.documentElement.scrollWidth - window.innerWidth");
        assertThat(overflow.intValue()).as("horizontal overflow in px").isLessThanOrEqualTo(0);
        assertThat(driver.findElement(By.id("search-input")).isDisplayed()).isTrue();
        // The map comes first on a phone; the panel opens on demand, over the lower part of the map.
        assertThat(driver.findElement(By.id("panel")).isDisplayed()).isFalse();
        click("#panel-toggle");
        assertThat(driver.findElement(By.id("panel")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.cssSelector("#layers .section-title")).getText()).isEqualTo("Слои");
        BufferedImage shot = screenshot("workspace-phone-ru.png");
        assertThat(colours(shot)).isGreaterThan(50);
        click("#panel-toggle");
        assertThat(driver.findElement(By.id("panel")).isDisplayed()).isFalse();
        assertThat(HeadlessChromium.consoleErrors(driver)).isEmpty();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 800));
    }

    @Test
    @Order(10)
    void theStyleEditorPreviewsADraftAndSavesIt() throws Exception {
        // The page is the GIS team's: the browser is sent to the login page, and back after signing in.
        driver.get(base() + "/admin/layers.html?lang=en");
        HeadlessChromium.signIn(driver, kz.aumaq.server.security.TestUsers.ADMIN, kz.aumaq.server.security.TestUsers.ADMIN_PASSWORD);
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(driver.executeScript("return window.aumaqAdminReady === true")));
        assertThat(driver.findElements(By.cssSelector("#layers-table tr[data-layer]"))).hasSizeGreaterThanOrEqualTo(4);
        assertThat(driver.findElement(By.cssSelector("#layers-table th")).getText()).isEqualTo("Layer");
        long before = ((Number) driver.executeScript("return window.aumaqPreviewed || 0")).longValue();
        assertThat(redPixels()).isZero();
        // A red boundary in the editor shows in the preview before anything is saved.
        driver.executeScript("const t = document.getElementById('sld'); t.value = t.value.replaceAll('#6a4c93', '#ff0000');"
                + "t.dispatchEvent(new Event('input'));");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> ((Number) driver.executeScript("return window.aumaqPreviewed || 0")).longValue() > before);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> redPixels() > 500);
        assertThat(get("/api/layers/regions").get("defaultStyle").asString()).isEqualTo("regions");
        screenshot("admin-layers-en.png");

        WebElement name = driver.findElement(By.id("style-name"));
        name.clear();
        name.sendKeys("regions-red");
        click("#use-default");
        click("#save");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            try {
                return get("/api/layers/regions").get("defaultStyle").asString().equals("regions-red");
            } catch (Exception e) {
                return false;
            }
        });
        assertThat(driver.findElement(By.id("editor-status")).getText()).isEqualTo("Saved");
        // A broken document is refused with the reason shown, and nothing changes.
        driver.executeScript("const t = document.getElementById('sld'); t.value = '<StyledLayerDescriptor'; t.dispatchEvent(new Event('input'));");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> driver.findElement(By.id("editor-status")).getText().contains("SLD"));
        assertThat(driver.findElement(By.id("editor-status")).getDomAttribute("class")).isEqualTo("error-text");
    }

    @Test
    @Order(11)
    void aLayerIsUnpublishedAndPublishedAgainFromTheLayersPage() throws Exception {
        // Signed in by the previous test, still on the layers page.
        String row = "#layers-table tr[data-layer=okrugs]";
        driver.findElement(By.cssSelector(row + " button.danger")).click();
        driver.switchTo().alert().accept();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !driver.findElements(By.cssSelector(row + ".unpublished button.publish")).isEmpty());
        assertThat(driver.findElement(By.cssSelector(row + " button.publish")).getText()).isEqualTo("Publish");
        HttpResponse<String> caps = http.send(HttpRequest.newBuilder(URI.create(base() + "/wms?SERVICE=WMS&REQUEST=GetCapabilities")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(caps.body()).doesNotContain("<Name>okrugs</Name>");
        screenshot("admin-layers-unpublished-en.png");
        driver.findElement(By.cssSelector(row + " button.publish")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !driver.findElements(By.cssSelector(row + " button.danger")).isEmpty());
        caps = http.send(HttpRequest.newBuilder(URI.create(base() + "/wms?SERVICE=WMS&REQUEST=GetCapabilities")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(caps.body()).contains("<Name>okrugs</Name>");
    }

    /** Strongly red pixels of the style preview image, counted in the page. */
    private long redPixels() {
        return ((Number) driver.executeScript("const i = document.getElementById('preview'); if (!i.complete || !i.naturalWidth) return 0;"
                + "const c = document.createElement('canvas'); c.width = i.naturalWidth; c.height = i.naturalHeight;"
                + "const g = c.getContext('2d'); g.drawImage(i, 0, 0); const d = g.getImageData(0, 0, c.width, c.height).data; let n = 0;"
                + "for (let k = 0; k < d.length; k += 4) if (d[k] > 200 && d[k + 1] < 60 && d[k + 2] < 60) n++; return n;")).longValue();
    }

    private void awaitReady() {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(driver.executeScript("return window.aumaqReady === true")));
    }

    /** Waits until some tile images whose URL contains the text are loaded, and every such image has finished. */
    private void awaitTiles(String urlPart) {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(driver.executeScript(
                "const imgs = Array.from(document.querySelectorAll('img.leaflet-tile')).filter(i => i.src.includes(arguments[0]));"
                        + "return imgs.length > 0 && imgs.every(i => i.complete) && imgs.some(i => i.naturalWidth > 0);", urlPart)));
    }

    private void awaitText(String css, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !driver.findElements(By.cssSelector(css)).isEmpty()
                && driver.findElement(By.cssSelector(css)).getText().contains(text));
    }

    private void click(String css) {
        driver.findElement(By.cssSelector(css)).click();
    }

    private void clickMapAt(double lat, double lon) {
        @SuppressWarnings("unchecked")
        Map<String, Number> p = (Map<String, Number>) driver.executeScript(
                "const p = window.aumaq.map.latLngToContainerPoint([arguments[0], arguments[1]]); return {x: p.x, y: p.y};", lat, lon);
        WebElement map = driver.findElement(By.id("map"));
        new Actions(driver).moveToElement(map, p.get("x").intValue() - map.getSize().getWidth() / 2,
                p.get("y").intValue() - map.getSize().getHeight() / 2).click().perform();
    }

    private double zoom() {
        return ((Number) driver.executeScript("return window.aumaq.map.getZoom()")).doubleValue();
    }

    /** The view part of the link (centre and zoom), without the language. */
    private String viewPart() {
        String url = driver.getCurrentUrl();
        return url.replaceAll("lang=[a-z]{2}&?", "");
    }

    private BufferedImage screenshot(String name) throws Exception {
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        Path file = Path.of("target", name);
        Files.createDirectories(file.getParent());
        Files.write(file, png);
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static int colours(BufferedImage img) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) for (int x = 0; x < img.getWidth(); x += 3) seen.add(img.getRGB(x, y) & 0xffffff);
        return seen.size();
    }

    private JsonNode get(String path) throws Exception {
        return json.readTree(http.send(HttpRequest.newBuilder(URI.create(base() + path)).build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
