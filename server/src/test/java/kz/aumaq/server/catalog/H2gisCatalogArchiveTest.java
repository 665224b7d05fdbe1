package kz.aumaq.server.catalog;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import kz.aumaq.server.security.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Backup and move: the catalog exported as one zip of readable files, taken back by another server
 * (dry run first, then in one transaction) so that it answers exactly alike; and broken or
 * hostile zips, which get a clear report and change nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class H2gisCatalogArchiveTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("aumaq-archive-test");
        registry.add("aumaq.data-dir", dir::toString);
    }

    private String a() {
        return "http://localhost:" + port;
    }

    private static final String GREEN = """
            <StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld">
              <NamedLayer><Name>d</Name><UserStyle><Title>Green districts</Title><FeatureTypeStyle><Rule><Title>District</Title>
                <PolygonSymbolizer><Fill><CssParameter name="fill">#33aa33</CssParameter></Fill></PolygonSymbolizer>
              </Rule></FeatureTypeStyle></UserStyle></NamedLayer>
            </StyledLayerDescriptor>""";

    @Test
    void anExportedCatalogMovesToAnotherServerExactly() throws Exception {
        assertThat(send(a(), "PUT", "/api/styles/green-districts", "application/vnd.ogc.sld+xml", GREEN.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(201);
        assertThat(send(a(), "PATCH", "/api/layers/districts", "application/json", """
                {"styles": ["districts", "green-districts"], "defaultStyle": "green-districts", "title": {"en": "Our districts"}, "keywords": ["moved"]}"""
                .getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(200);
        assertThat(send(a(), "PATCH", "/api/layers/okrugs", "application/json", "{\"visibility\": \"restricted\"}".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(200);
        assertThat(send(a(), "PATCH", "/api/layers/regions", "application/json", "{\"styles\": [\"regions\"]}".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(200);
        assertThat(send(a(), "DELETE", "/api/styles/plain-regions", null, null).status()).isEqualTo(204);
        assertThat(send(a(), "PATCH", "/api/groups/admin", "application/json", "{\"abstract\": \"Moved\"}".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(200);

        Answer export = send(a(), "GET", "/api/catalog/export", null, null);
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.type()).isEqualTo("application/zip");
        Map<String, String> files = unzip(export.body());
        assertThat(files).containsKeys("catalog.json", "styles/green-districts.sld", "styles/green-districts.json", "styles/districts.json",
                "layers/districts.json", "layers/okrugs.json", "groups/admin.json");
        assertThat(files.get("styles/green-districts.sld")).as("the SLD as it was uploaded").isEqualTo(GREEN);
        assertThat(files.get("layers/okrugs.json")).contains("\"visibility\" : \"restricted\"");
        assertThat(files.get("catalog.json")).contains("\"deletedStyles\" : [ \"plain-regions\" ]");
        assertThat(files).doesNotContainKey("styles/plain-regions.json");
        // Anonymous visitors and viewers get nothing of it.
        assertThat(send(a(), "GET", "/api/catalog/export", null, null, null).status()).isEqualTo(401);

        Path dir = Files.createTempDirectory("aumaq-archive-b");
        try (ConfigurableApplicationContext other = CatalogRestartContract.start(Map.of("aumaq.data-dir", dir.toString()))) {
            String b = CatalogRestartContract.base(other);
            long sequence = sequence(b);
            Answer dry = send(b, "POST", "/api/catalog/import", "application/zip", export.body());
            assertThat(dry.status()).as(dry.text()).isEqualTo(200);
            JsonNode plan = dry.json();
            assertThat(plan.get("dryRun").asBoolean()).isTrue();
            assertThat(names(plan.get("created"))).containsExactly("style green-districts");
            assertThat(names(plan.get("changed"))).contains("layer districts", "layer okrugs", "layer regions", "group admin");
            assertThat(names(plan.get("deleted"))).containsExactly("style plain-regions");
            assertThat(plan.get("refused").size()).isZero();
            assertThat(sequence(b)).as("a dry run changes nothing").isEqualTo(sequence);
            assertThat(send(b, "GET", "/api/styles/green-districts", null, null).status()).isEqualTo(404);

            Answer applied = send(b, "POST", "/api/catalog/import?dryRun=false", "application/zip", export.body());
            assertThat(applied.status()).as(applied.text()).isEqualTo(200);
            assertThat(applied.json().get("applied").asBoolean()).isTrue();
            assertThat(sequence(b)).isGreaterThan(sequence);
            assertThat(describe(b)).isEqualTo(describe(a()));
            assertThat(send(b, "GET", "/api/audit?action=catalog.import", null, null).text()).contains("\"catalog.import\"");
            // Importing the same archive again changes nothing.
            JsonNode again = send(b, "POST", "/api/catalog/import", "application/zip", export.body()).json();
            assertThat(again.get("created").size() + again.get("changed").size() + again.get("deleted").size()).isZero();
        }
    }

    /** Broken or hostile archives: each refused with its reason, and nothing changes. */
    @Test
    void brokenOrHostileArchivesChangeNothing() throws Exception {
        String before = describe(a());
        long sequence = sequence(a());
        String manifest = "{\"format\": \"aumaq-catalog\", \"version\": 1}";
        Map<String, byte[]> cases = new LinkedHashMap<>();
        cases.put("climbs out with ..", zip(Map.of("catalog.json", manifest, "../../etc/evil.json", "{}")));
        cases.put("an absolute path", zip(Map.of("catalog.json", manifest, "/etc/evil.json", "{}")));
        cases.put("not a zip", "this is not a zip at all".getBytes(StandardCharsets.UTF_8));
        cases.put("a zip bomb", bomb());
        cases.put("no catalog.json", zip(Map.of("styles/x.json", "{}")));
        cases.put("bad JSON", zip(Map.of("catalog.json", manifest, "layers/regions.json", "{ not json")));
        cases.put("an unknown layer", zip(Map.of("catalog.json", manifest, "layers/nowhere.json",
                "{\"title\": \"x\", \"styles\": [\"regions\"], \"defaultStyle\": \"regions\", \"queryable\": true, \"minScale\": 0, \"maxScale\": 0, \"visibility\": \"public\"}")));
        cases.put("a broken SLD", zip(Map.of("catalog.json", manifest, "styles/broken.sld", "<StyledLayerDescriptor><oops")));
        cases.put("a style named default", zip(Map.of("catalog.json", manifest, "styles/default.sld", GREEN)));
        cases.put("a layer drawing with a missing style", zip(Map.of("catalog.json", manifest, "layers/regions.json",
                "{\"title\": \"x\", \"styles\": [\"nope\"], \"defaultStyle\": \"nope\", \"queryable\": true, \"minScale\": 0, \"maxScale\": 0, \"visibility\": \"public\"}")));
        cases.put("the wrong format", zip(Map.of("catalog.json", "{\"format\": \"geoserver\", \"version\": 1}")));
        cases.put("not UTF-8", zip(Map.of("catalog.json", manifest), Map.of("layers/regions.json", new byte[] {(byte) 0xff, (byte) 0xfe, 0x41})));
        for (Map.Entry<String, byte[]> c : cases.entrySet()) {
            Answer dry = send(a(), "POST", "/api/catalog/import", "application/zip", c.getValue());
            assertThat(dry.status()).as(c.getKey() + ": " + dry.text()).isEqualTo(200);
            assertThat(dry.json().get("refused").size()).as(c.getKey()).isPositive();
            for (JsonNode r : dry.json().get("refused")) assertThat(r.get("reason").asString()).as(c.getKey()).isNotBlank();
            Answer applied = send(a(), "POST", "/api/catalog/import?dryRun=false", "application/zip", c.getValue());
            assertThat(applied.status()).as(c.getKey()).isEqualTo(409);
            assertThat(applied.json().get("applied").asBoolean()).isFalse();
        }
        assertThat(describe(a())).isEqualTo(before);
        assertThat(sequence(a())).isEqualTo(sequence);
        assertThat(Files.exists(Path.of("/etc/evil.json"))).isFalse();
        // The refused reasons say what is wrong
        assertThat(send(a(), "POST", "/api/catalog/import", "application/zip", cases.get("climbs out with ..")).text()).contains("unsafe name");
        assertThat(send(a(), "POST", "/api/catalog/import", "application/zip", cases.get("a zip bomb")).text()).contains("zip bomb");
        assertThat(send(a(), "POST", "/api/catalog/import", "application/zip", cases.get("an unknown layer")).text()).contains("no layer nowhere");
    }

    /** What a move must keep: the layers and groups as an editor sees them, and every style's SLD in every language. */
    private String describe(String base) throws Exception {
        StringBuilder all = new StringBuilder();
        all.append(send(base, "GET", "/api/layers", null, null).text().replace(base, "")).append('\n');
        all.append(send(base, "GET", "/api/groups", null, null).text()).append('\n');
        String styles = send(base, "GET", "/api/styles", null, null).text();
        Matcher names = Pattern.compile("\"name\":\"([a-z0-9_-]+)\"").matcher(styles);
        List<String> seen = new ArrayList<>();
        while (names.find()) seen.add(names.group(1));
        java.util.Collections.sort(seen);
        for (String s : seen) {
            for (String lang : new String[] {"kk", "ru", "en"}) all.append(send(base, "GET", "/api/styles/" + s + "?f=sld&lang=" + lang, null, null).text());
        }
        return all.toString();
    }

    private long sequence(String base) throws Exception {
        Matcher m = Pattern.compile("updateSequence=\"(\\d+)\"").matcher(send(base, "GET", "/wms?SERVICE=WMS&REQUEST=GetCapabilities", null, null).text());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static List<String> names(JsonNode items) {
        List<String> out = new ArrayList<>();
        for (JsonNode i : items) out.add(i.get("kind").asString() + " " + i.get("name").asString());
        return out;
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) out.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static byte[] zip(Map<String, String> texts) throws Exception {
        return zip(texts, Map.of());
    }

    private static byte[] zip(Map<String, String> texts, Map<String, byte[]> raw) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> e : texts.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
            for (Map.Entry<String, byte[]> e : raw.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** 200 MB of zeros that pack into a few hundred KB. */
    private static byte[] bomb() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry("catalog.json"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) z.write(zeros);
            z.closeEntry();
        }
        return bytes.toByteArray();
    }

    private record Answer(int status, String type, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            return JSON.readTree(text());
        }
    }

    private Answer send(String base, String method, String path, String contentType, byte[] body) throws Exception {
        return send(base, method, path, contentType, body, TestUsers.admin());
    }

    private Answer send(String base, String method, String path, String contentType, byte[] body, String auth) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (auth != null) b.header("Authorization", auth);
        if (contentType != null) b.header("Content-Type", contentType);
        HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }
}
