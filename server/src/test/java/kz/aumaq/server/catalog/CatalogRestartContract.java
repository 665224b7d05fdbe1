package kz.aumaq.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.aumaq.gis.layer.CatalogStore;
import kz.aumaq.server.security.TestUsers;
import kz.aumaq.server.testdb.TestServers;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Nothing the GIS team configures is lost on restart: every kind of catalog edit (a new style, a
 * layer's titles, abstract, keywords, styles, default style, scale range, attribution, queryable,
 * visibility, unpublishing, a group's title and members, a deleted style), then the server is
 * stopped and started again on the same database, and it answers exactly as before: capabilities,
 * GetMap pixels in the custom style, the layers, groups and styles, every style's SLD. The update
 * sequence never goes back.
 */
abstract class CatalogRestartContract {

    private final HttpClient http = HttpClient.newHttpClient();

    /** The properties of the server under test: its database and data dir (the same for both starts). */
    abstract Map<String, String> database() throws Exception;

    private static final String RED_OUTLINE = """
            <StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc">
              <NamedLayer><Name>regions</Name><UserStyle><Title>Red outline</Title><FeatureTypeStyle><Rule><Title>Boundary</Title>
                <PolygonSymbolizer><Stroke><CssParameter name="stroke">#ff0000</CssParameter><CssParameter name="stroke-width">3</CssParameter></Stroke></PolygonSymbolizer>
              </Rule></FeatureTypeStyle></UserStyle></NamedLayer>
            </StyledLayerDescriptor>""";

    private static final String MAP = "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=regions&STYLES=&CRS=EPSG:4326"
            + "&BBOX=40.5,46.4,55.5,87.4&WIDTH=400&HEIGHT=200&FORMAT=image/png&LANGUAGE=ru";

    @Test
    void everyCatalogEditOutlivesARestart() throws Exception {
        Map<String, String> db = database();
        Map<String, Object> before;
        long sequenceBefore;
        try (ConfigurableApplicationContext first = start(db)) {
            String base = base(first);
            assertThat(send(base, "PUT", "/api/styles/red-outline", "application/vnd.ogc.sld+xml", RED_OUTLINE)).isEqualTo(201);
            assertThat(send(base, "PATCH", "/api/layers/regions", "application/json", """
                    {"styles": ["regions", "plain-regions", "red-outline"], "defaultStyle": "red-outline", "title": {"ru": "Области (наши)"},
                     "abstract": "Our regions", "keywords": ["oblys", "region"], "maxScale": 50000000, "attribution": "Akimat GIS", "queryable": false}""")).isEqualTo(200);
            assertThat(send(base, "PATCH", "/api/layers/okrugs", "application/json", "{\"visibility\": \"restricted\"}")).isEqualTo(200);
            assertThat(send(base, "DELETE", "/api/layers/settlements", null, null)).isEqualTo(204);
            assertThat(send(base, "PATCH", "/api/layers/districts", "application/json", "{\"styles\": [\"districts\"]}")).isEqualTo(200);
            assertThat(send(base, "DELETE", "/api/styles/plain-districts", null, null)).isEqualTo(204);
            assertThat(send(base, "PATCH", "/api/groups/admin", "application/json",
                    "{\"title\": {\"kk\": \"Шекаралар\"}, \"keywords\": [\"boundaries\"], \"layers\": [\"districts\", \"okrugs\", \"regions\"]}")).isEqualTo(200);
            // refused: nothing changes
            assertThat(send(base, "PATCH", "/api/layers/regions", "application/json", "{\"defaultStyle\": \"nope\"}")).isEqualTo(400);
            before = answers(base);
            sequenceBefore = sequence(base);
            // the custom style draws: red pixels where boundaries are
            assertThat(red(get(base, MAP, null).body())).isGreaterThan(200);
        }
        try (ConfigurableApplicationContext second = start(db)) {
            String base = base(second);
            Map<String, Object> after = answers(base);
            for (String key : before.keySet()) same(key, (String) before.get(key), (String) after.get(key));
            assertThat(sequence(base)).as("updateSequence never goes back").isGreaterThanOrEqualTo(sequenceBefore);
            assertThat(red(get(base, MAP, null).body())).isGreaterThan(200);
            // the stored rows say who changed what
            CatalogStore.Rows rows = second.getBean(CatalogStore.class).readAll();
            assertThat(rows.layers().get("regions").edited()).isTrue();
            assertThat(rows.styles().get("plain-districts").deleted()).isTrue();
            assertThat(rows.styles().get("red-outline").sld()).contains("#ff0000");
        }
    }

    /** A change that fails inside its transaction leaves the previous state in the database and in memory. */
    @Test
    void aFailedChangeLeavesThePreviousState() throws Exception {
        try (ConfigurableApplicationContext app = start(database())) {
            CatalogEdits edits = app.getBean(CatalogEdits.class);
            CatalogStore store = app.getBean(CatalogStore.class);
            kz.aumaq.gis.layer.LayerCatalog catalog = app.getBean(kz.aumaq.gis.layer.LayerCatalog.class);
            long sequence = store.sequence();
            kz.aumaq.gis.style.Style style = catalog.style("regions").orElseThrow();
            try {
                edits.change(wrote -> {
                    store.putStyle(new CatalogStore.Row("half-done", kz.aumaq.gis.style.StyleCodec.write(new kz.aumaq.gis.style.Style("half-done",
                            style.title(), style.rules())), null, null, true));
                    wrote.run();
                    throw new IllegalStateException("the database went away");
                });
            } catch (IllegalStateException expected) {
                assertThat(expected).hasMessage("the database went away");
            }
            assertThat(store.readAll().styles()).doesNotContainKey("half-done");
            assertThat(catalog.style("half-done")).isEmpty();
            assertThat(store.sequence()).isEqualTo(sequence);
            assertThat(catalog.updateSequence()).isEqualTo(sequence);
        }
    }

    private Map<String, Object> answers(String base) throws Exception {
        // Each start has its own port: answers are compared with the server's own address taken out.
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("capabilities (anonymous, kk)", get(base, "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities", null).text().replace(base, ""));
        a.put("capabilities (admin, ru)", get(base, "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities&LANGUAGE=ru", TestUsers.admin()).text().replace(base, ""));
        a.put("capabilities 1.1.1", get(base, "/wms?SERVICE=WMS&VERSION=1.1.1&REQUEST=GetCapabilities", TestUsers.admin()).text().replace(base, ""));
        a.put("wmts", get(base, "/wmts?SERVICE=WMTS&REQUEST=GetCapabilities", TestUsers.admin()).text().replace(base, ""));
        a.put("GetMap regions in its default style", new String(java.util.Base64.getEncoder().encode(get(base, MAP, null).body()), StandardCharsets.US_ASCII));
        a.put("/api/layers", get(base, "/api/layers", TestUsers.admin()).text().replace(base, ""));
        a.put("/api/groups", get(base, "/api/groups", TestUsers.admin()).text().replace(base, ""));
        String styles = get(base, "/api/styles", TestUsers.admin()).text().replace(base, "");
        a.put("/api/styles", styles);
        Matcher names = Pattern.compile("\"name\":\"([a-z0-9_-]+)\"").matcher(styles);
        while (names.find()) {
            for (String lang : new String[] {"kk", "ru", "en"}) {
                a.put("SLD " + names.group(1) + " " + lang, get(base, "/api/styles/" + names.group(1) + "?f=sld&lang=" + lang, null).text());
            }
        }
        return a;
    }

    /** Equal, or a failure that shows where they part (whole capabilities documents are too long to read in a report). */
    private static void same(String what, String before, String after) {
        if (before.equals(after)) return;
        int i = 0;
        while (i < Math.min(before.length(), after.length()) && before.charAt(i) == after.charAt(i)) i++;
        int from = Math.max(0, i - 80);
        throw new AssertionError(what + " differs after the restart at " + i + ":\n before: …" + before.substring(from, Math.min(before.length(), i + 80))
                + "\n after:  …" + after.substring(from, Math.min(after.length(), i + 80)));
    }

    private long sequence(String base) throws Exception {
        Matcher m = Pattern.compile("updateSequence=\"(\\d+)\"").matcher(get(base, "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities", null).text());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    static ConfigurableApplicationContext start(Map<String, String> properties) {
        return TestServers.start(properties);
    }

    static String base(ConfigurableApplicationContext app) {
        return TestServers.base(app);
    }

    static Path dataDir() throws Exception {
        return Files.createTempDirectory("aumaq-restart-test");
    }

    private record Answer(int status, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private Answer get(String base, String path, String auth) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (auth != null) b.header("Authorization", auth);
        HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return new Answer(r.statusCode(), r.body());
    }

    private int send(String base, String method, String path, String type, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", TestUsers.admin())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) b.header("Content-Type", type);
        return http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static int red(byte[] png) throws Exception {
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                if ((rgb >>> 24) > 128 && ((rgb >> 16) & 0xff) > 200 && ((rgb >> 8) & 0xff) < 80 && (rgb & 0xff) < 80) n++;
            }
        }
        return n;
    }
}
