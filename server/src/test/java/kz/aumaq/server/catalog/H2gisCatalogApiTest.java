package kz.aumaq.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import kz.aumaq.server.security.TestUsers;
import org.junit.jupiter.api.Test;
import kz.aumaq.gis.layer.CatalogJson;
import kz.aumaq.gis.layer.CatalogStore;
import kz.aumaq.gis.layer.Visibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalog API against a running server on H2GIS with the demo territory: styles uploaded as
 * SLD change what WMS draws at once, layers are edited and unpublished without a restart. The API
 * only touches the in-memory catalog, so one database is enough.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class H2gisCatalogApiTest {

    private static final HttpClient http = HttpClient.newHttpClient();
    private static final ObjectMapper json = JsonMapper.builder().build();
    private static final String SLD = "application/vnd.ogc.sld+xml";
    private static final int QGIS_FILL = 0x4daf4a;

    @LocalServerPort
    int port;

    @Autowired
    CatalogStore catalogStore;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("aumaq-catalog-test");
        registry.add("aumaq.data-dir", dir::toString);
    }

    record Answer(int status, String contentType, byte[] bytes, HttpResponse<byte[]> response) {
        String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            return H2gisCatalogApiTest.json.readTree(body());
        }
    }

    Answer send(String method, String path, String contentType, byte[] body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) b.header("Content-Type", contentType);
        // Changes are the GIS team's: as the administrator.
        if (!method.equals("GET")) b.header("Authorization", TestUsers.admin());
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
    }

    Answer get(String path, String... headers) throws Exception {
        return send("GET", path, null, null, headers);
    }

    Answer putSld(String name, byte[] sld) throws Exception {
        return send("PUT", "/api/styles/" + name, SLD, sld);
    }

    Answer patch(String layer, String body) throws Exception {
        return send("PATCH", "/api/layers/" + layer, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] fixture(String name) throws Exception {
        try (InputStream in = H2gisCatalogApiTest.class.getResourceAsStream("/sld/" + name)) {
            return in.readAllBytes();
        }
    }

    long updateSequence() throws Exception {
        Matcher m = Pattern.compile("updateSequence=\"(\\d+)\"").matcher(get("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities").body());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    /** The colour covering most pixels, white (background) aside. */
    static int mostFrequentNonWhite(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                if (rgb != 0xffffff) counts.merge(rgb, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    @Test
    void anUploadedQgisStyleDrawsTheLayerAtOnce() throws Exception {
        long sequenceBefore = updateSequence();

        Answer created = putSld("districts-green", fixture("qgis-districts-green.sld"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.response().headers().firstValue("Location").orElse("")).endsWith("/api/styles/districts-green");
        assertThat(created.json().get("name").asString()).isEqualTo("districts-green");
        assertThat(created.json().get("rules").asInt()).isEqualTo(3);
        assertThat(strings(created.json().get("ignored"))).anySatisfy(i -> assertThat(i).contains("stroke-linejoin"));
        assertThat(putSld("districts-green", fixture("qgis-districts-green.sld")).status()).isEqualTo(200);

        Answer patched = patch("districts", "{\"styles\": [\"districts\", \"plain-districts\", \"districts-green\"]}");
        assertThat(patched.status()).isEqualTo(200);
        assertThat(strings(patched.json().get("styles"))).containsExactly("districts", "plain-districts", "districts-green");
        assertThat(patched.json().get("defaultStyle").asString()).isEqualTo("districts");

        Answer map = get("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=districts&STYLES=districts-green&CRS=EPSG:4326"
                + "&BBOX=40.5,46.4,55.5,87.4&WIDTH=256&HEIGHT=256&FORMAT=image/png");
        assertThat(map.status()).isEqualTo(200);
        assertThat(map.contentType()).isEqualTo("image/png");
        assertThat(Integer.toHexString(mostFrequentNonWhite(map.bytes()))).isEqualTo(Integer.toHexString(QGIS_FILL));

        assertThat(updateSequence()).isGreaterThan(sequenceBefore);
        assertThat(get("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities").body()).contains("<Name>districts-green</Name>");
        assertThat(strings(get("/api/styles/districts-green").json().get("layers"))).containsExactly("districts");
    }

    @Test
    void stylesAreListedAndExportedAsSld() throws Exception {
        JsonNode list = get("/api/styles").json();
        List<String> names = new ArrayList<>();
        list.forEach(s -> names.add(s.get("name").asString()));
        assertThat(names).contains("regions", "districts", "okrugs", "settlements", "plain-regions", "plain-districts");
        JsonNode regions = list.get(names.indexOf("regions"));
        assertThat(regions.get("title").get("kk").asString()).isEqualTo("Облыстар");
        assertThat(regions.get("title").get("en").asString()).isEqualTo("Regions");
        assertThat(regions.get("rules").asInt()).isEqualTo(2);

        Answer asJson = get("/api/styles/settlements");
        assertThat(asJson.contentType()).startsWith("application/json");
        JsonNode point = asJson.json().get("rules").get(0).get("symbolizers").get(0);
        assertThat(point.get("type").asString()).isEqualTo("point");
        assertThat(point.get("mark").asString()).isEqualTo("circle");
        assertThat(point.get("fill").get("color").asString()).isEqualTo("#c0392b");

        Answer byParameter = get("/api/styles/settlements?f=sld&lang=en");
        assertThat(byParameter.status()).isEqualTo(200);
        assertThat(byParameter.contentType()).startsWith(SLD);
        assertThat(byParameter.body()).contains("<StyledLayerDescriptor", "version=\"1.0.0\"", "<Title>Settlements</Title>",
                "<CssParameter name=\"fill\">#c0392b</CssParameter>");
        Answer byAccept = get("/api/styles/settlements", "Accept", SLD);
        assertThat(byAccept.contentType()).startsWith(SLD);
        assertThat(byAccept.body()).contains("<Title>Елді мекендер</Title>");

        // What we export, we take back; SLD carries one title, so the copy has the English one in every language.
        assertThat(putSld("settlements-copy", byParameter.bytes()).status()).isEqualTo(201);
        JsonNode copy = get("/api/styles/settlements-copy").json();
        assertThat(copy.get("title").get("kk").asString()).isEqualTo("Settlements");
        for (int i = 0; i < 2; i++) {
            for (String field : List.of("name", "filter", "minScale", "maxScale", "symbolizers")) {
                assertThat(copy.get("rules").get(i).get(field)).isEqualTo(asJson.json().get("rules").get(i).get(field));
            }
        }

        assertThat(get("/api/styles/nope").status()).isEqualTo(404);
        assertThat(get("/api/styles/settlements?f=kml").json().get("parameter").asString()).isEqualTo("f");
    }

    @Test
    void aStyleInUseCannotBeDeleted() throws Exception {
        assertThat(putSld("regions-bold", fixture("qgis-districts-green.sld")).status()).isEqualTo(201);
        assertThat(patch("regions", "{\"styles\": [\"regions\", \"plain-regions\", \"regions-bold\"]}").status()).isEqualTo(200);

        Answer refused = send("DELETE", "/api/styles/regions-bold", null, null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("message").asString()).contains("regions");
        assertThat(get("/api/styles/regions-bold").status()).isEqualTo(200);

        assertThat(patch("regions", "{\"styles\": [\"regions\", \"plain-regions\"]}").status()).isEqualTo(200);
        assertThat(send("DELETE", "/api/styles/regions-bold", null, null).status()).isEqualTo(204);
        assertThat(get("/api/styles/regions-bold").status()).isEqualTo(404);
        assertThat(send("DELETE", "/api/styles/regions-bold", null, null).status()).isEqualTo(404);
    }

    @Test
    void aBadSldIsRefusedWithEveryProblem() throws Exception {
        Answer refused = putSld("fancy", fixture("unsupported.sld"));
        assertThat(refused.status()).isEqualTo(400);
        JsonNode error = refused.json();
        assertThat(error.get("parameter").asString()).isEqualTo("body");
        // The ExternalGraphic is wrong twice: fetched from the network, and SVG.
        assertThat(error.get("message").asString()).contains("10 problems");
        assertThat(strings(error.get("problems"))).hasSize(10)
                .anySatisfy(p -> assertThat(p).startsWith("Rule[2]/PolygonSymbolizer/Fill/GraphicFill"))
                .anySatisfy(p -> assertThat(p).startsWith("Rule[3]/PointSymbolizer/Graphic/ExternalGraphic"))
                .anySatisfy(p -> assertThat(p).startsWith("Rule[3]/PointSymbolizer/Graphic/Rotation"))
                .anySatisfy(p -> assertThat(p).startsWith("Rule[3]/PointSymbolizer/Geometry"))
                .anySatisfy(p -> assertThat(p).startsWith("Rule[4]/TextSymbolizer/Label/Function"));
        assertThat(get("/api/styles/fancy").status()).isEqualTo(404);

        Answer notXml = putSld("fancy", "this is not xml".getBytes(StandardCharsets.UTF_8));
        assertThat(notXml.status()).isEqualTo(400);
        assertThat(notXml.json().get("problems").get(0).asString()).startsWith("line 1, column");
        assertThat(putSld("fancy", new byte[0]).json().get("parameter").asString()).isEqualTo("body");
        assertThat(putSld("Not%20A%20Name", fixture("qgis-districts-green.sld")).json().get("parameter").asString()).isEqualTo("name");
        // "default" names every layer's default style (and a group's one style) in the map services
        Answer reserved = putSld("default", fixture("qgis-districts-green.sld"));
        assertThat(reserved.status()).isEqualTo(400);
        assertThat(reserved.json().get("parameter").asString()).isEqualTo("name");
        assertThat(send("PUT", "/api/styles/fancy", "text/plain", "x".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(415);
        assertThat(send("PUT", "/api/styles/fancy", "application/xml", fixture("qgis-districts-green.sld")).status()).isEqualTo(201);
    }

    @Test
    void layersAreDescribedWithLinksThatWork() throws Exception {
        JsonNode layers = get("/api/layers").json();
        JsonNode regions = null;
        for (JsonNode l : layers) if (l.get("name").asString().equals("regions")) regions = l;
        assertThat(regions).isNotNull();
        assertThat(regions.get("title").get("kk").asString()).isEqualTo("Облыстар");
        assertThat(regions.get("title").get("ru").asString()).isEqualTo("Области");
        assertThat(regions.get("abstract").get("en").asString()).isNotBlank();
        assertThat(strings(regions.get("keywords"))).contains("KATO");
        assertThat(regions.get("queryable").asBoolean()).isTrue();
        assertThat(regions.get("visibility").asString()).isEqualTo("public");
        assertThat(strings(regions.get("groups"))).containsExactly("admin");
        JsonNode bbox = regions.get("bbox");
        assertThat(bbox.get(0).asDouble()).isBetween(40.0, 60.0);
        assertThat(bbox.get(1).asDouble()).isBetween(35.0, 50.0);
        assertThat(bbox.get(2).asDouble()).isBetween(80.0, 95.0);
        assertThat(bbox.get(3).asDouble()).isBetween(50.0, 60.0);

        Map<String, String> links = new HashMap<>();
        regions.get("links").forEach(l -> links.putIfAbsent(l.get("rel").asString(), l.get("href").asString()));
        Answer map = get(URI.create(links.get("map")).getRawPath() + "?" + URI.create(links.get("map")).getRawQuery());
        assertThat(map.status()).isEqualTo(200);
        assertThat(ImageIO.read(new ByteArrayInputStream(map.bytes()))).isNotNull();
        URI legend = URI.create(links.get("legend"));
        assertThat(get(legend.getRawPath() + "?" + legend.getRawQuery()).contentType()).isEqualTo("image/png");
        assertThat(links.get("tiles")).endsWith("/tiles/regions/regions/{z}/{x}/{y}.png");
        String tile = URI.create(links.get("tiles").replace("{z}/{x}/{y}", "4/11/5").replace("{", "%7B").replace("}", "%7D")).getRawPath();
        assertThat(get(tile).contentType()).isEqualTo("image/png");

        assertThat(get("/api/layers/regions").json().get("name").asString()).isEqualTo("regions");
        assertThat(get("/api/layers/nope").status()).isEqualTo(404);
    }

    @Test
    void patchesAreCheckedFieldByField() throws Exception {
        assertThat(patch("okrugs", "{\"styles\": [\"okrugs\", \"nope\"]}").json().get("parameter").asString()).isEqualTo("styles");
        assertThat(patch("okrugs", "{\"defaultStyle\": \"settlements\"}").json().get("parameter").asString()).isEqualTo("defaultStyle");
        Answer range = patch("okrugs", "{\"minScale\": 5000000, \"maxScale\": 100000}");
        assertThat(range.status()).isEqualTo(400);
        assertThat(range.json().get("message").asString()).contains("minScale < maxScale");
        assertThat(patch("okrugs", "{\"maxScale\": -1}").json().get("parameter").asString()).isEqualTo("maxScale");
        assertThat(patch("okrugs", "{\"visibility\": \"secret\"}").json().get("parameter").asString()).isEqualTo("visibility");
        assertThat(patch("okrugs", "{\"colour\": \"red\"}").json().get("parameter").asString()).isEqualTo("colour");
        assertThat(patch("okrugs", "{\"name\": \"other\"}").json().get("parameter").asString()).isEqualTo("name");
        assertThat(patch("okrugs", "{\"title\": {\"de\": \"Bezirke\"}}").json().get("parameter").asString()).isEqualTo("title.de");
        assertThat(patch("okrugs", "{\"title\": null}").json().get("parameter").asString()).isEqualTo("title");
        assertThat(patch("okrugs", "{not json").json().get("parameter").asString()).isEqualTo("body");
        assertThat(patch("okrugs", "[]").status()).isEqualTo(400);
        assertThat(patch("nope", "{}").status()).isEqualTo(404);
        assertThat(get("/api/layers/okrugs").json().get("maxScale").asDouble()).isEqualTo(0);

        long before = updateSequence();
        Answer changed = patch("okrugs", """
                {"title": {"en": "Rural districts"}, "abstract": "Demo okrugs", "keywords": ["okrug"], "queryable": false,
                 "minScale": 0, "maxScale": 5000000, "visibility": "restricted", "attribution": "Aumaq demo"}
                """);
        assertThat(changed.status()).isEqualTo(200);
        JsonNode okrugs = changed.json();
        assertThat(okrugs.get("title").get("en").asString()).isEqualTo("Rural districts");
        assertThat(okrugs.get("title").get("kk").asString()).isEqualTo("Ауылдық округтер");
        assertThat(okrugs.get("abstract").get("ru").asString()).isEqualTo("Demo okrugs");
        assertThat(strings(okrugs.get("keywords"))).containsExactly("okrug");
        assertThat(okrugs.get("queryable").asBoolean()).isFalse();
        assertThat(okrugs.get("maxScale").asDouble()).isEqualTo(5e6);
        assertThat(okrugs.get("visibility").asString()).isEqualTo("restricted");
        assertThat(okrugs.get("attribution").asString()).isEqualTo("Aumaq demo");
        // Restricted now: signed-in users see it, anonymous visitors as if it did not exist.
        assertThat(get("/api/layers/okrugs", "Authorization", TestUsers.admin()).json()).isEqualTo(okrugs);
        assertThat(get("/api/layers/okrugs").status()).isEqualTo(404);
        assertThat(updateSequence()).isGreaterThan(before);
        String caps = "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities&LANGUAGE=en";
        assertThat(get(caps, "Authorization", TestUsers.admin()).body()).contains("Rural districts");
        assertThat(get(caps).body()).doesNotContain("Rural districts", "<Name>okrugs</Name>");

        // Nothing changes, nothing is announced.
        long now = updateSequence();
        assertThat(patch("okrugs", "{\"queryable\": false}").status()).isEqualTo(200);
        assertThat(updateSequence()).isEqualTo(now);
    }

    @Test
    void anUnpublishedLayerIsNoLongerServed() throws Exception {
        assertThat(send("DELETE", "/api/layers/settlements", null, null).status()).isEqualTo(204);
        Answer map = get("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=settlements&STYLES=&CRS=EPSG:4326"
                + "&BBOX=40.5,46.4,55.5,87.4&WIDTH=256&HEIGHT=256&FORMAT=image/png");
        assertThat(map.body()).contains("LayerNotDefined");
        assertThat(get("/api/layers/settlements").status()).isEqualTo(404);
        assertThat(send("DELETE", "/api/layers/settlements", null, null).status()).isEqualTo(404);
        assertThat(get("/tiles/settlements/default/4/11/5.png").status()).isEqualTo(404);
        // The group goes on without it; the layer's style stays for later use.
        assertThat(get("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=admin&STYLES=&CRS=EPSG:4326"
                + "&BBOX=40.5,46.4,55.5,87.4&WIDTH=64&HEIGHT=64&FORMAT=image/png").contentType()).isEqualTo("image/png");
        assertThat(get("/api/styles/settlements").status()).isEqualTo(200);

        // Editors still find it, as unpublished (and only they), and can publish it again.
        Answer asEditor = get("/api/layers/settlements", "Authorization", TestUsers.admin());
        assertThat(asEditor.status()).isEqualTo(200);
        assertThat(asEditor.json().get("visibility").asString()).isEqualTo("unpublished");
        assertThat(get("/api/layers", "Authorization", TestUsers.admin()).body()).contains("\"name\":\"settlements\"");
        assertThat(get("/api/layers").body()).doesNotContain("\"name\":\"settlements\"");
        assertThat(get("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities", "Authorization", TestUsers.admin()).body())
                .doesNotContain("<Name>settlements</Name>");
        // The state is kept in the database, so a restart does not publish it again.
        assertThat(CatalogJson.readSettings(catalogStore.readAll().layers().get("settlements").definition()).visibility()).isEqualTo(Visibility.UNPUBLISHED);
        assertThat(patch("settlements", "{\"visibility\": \"public\"}").status()).isEqualTo(200);
        assertThat(get("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=settlements&STYLES=&CRS=EPSG:4326"
                + "&BBOX=40.5,46.4,55.5,87.4&WIDTH=256&HEIGHT=256&FORMAT=image/png").contentType()).isEqualTo("image/png");
        assertThat(get("/tiles/settlements/default/4/11/5.png").status()).isEqualTo(200);
        assertThat(CatalogJson.readSettings(catalogStore.readAll().layers().get("settlements").definition()).visibility()).isEqualTo(Visibility.PUBLIC);
    }
}
