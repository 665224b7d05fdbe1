package kz.aumaq.server.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OGC API – Features contract at /ogcapi against a running server with the demo territory
 * loaded; the same assertions run on H2GIS and on PostGIS.
 */
abstract class FeaturesApiContract {

    static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    static final String EPSG_4326 = "http://www.opengis.net/def/crs/EPSG/0/4326";
    static final String EPSG_3857 = "http://www.opengis.net/def/crs/EPSG/0/3857";
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final ObjectMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    record Answer(int status, HttpResponse<String> response, JsonNode json) {
        String contentType() {
            return response.headers().firstValue("Content-Type").orElse("");
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        String body() {
            return response.body();
        }

        String link(String rel) {
            for (JsonNode l : json.get("links")) if (l.get("rel").asString().equals(rel)) return l.get("href").asString();
            return null;
        }

        List<String> rels() {
            List<String> out = new ArrayList<>();
            json.get("links").forEach(l -> out.add(l.get("rel").asString()));
            return out;
        }

        List<String> ids() {
            List<String> out = new ArrayList<>();
            json.get("features").forEach(f -> out.add(f.get("id").asString()));
            return out;
        }
    }

    Answer get(String pathAndQuery, String... headers) throws Exception {
        String url = pathAndQuery.startsWith("http") ? pathAndQuery : "http://localhost:" + port + pathAndQuery;
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        boolean isJson = r.headers().firstValue("Content-Type").orElse("").contains("json");
        return new Answer(r.statusCode(), r, isJson && !r.body().isEmpty() ? json.readTree(r.body()) : null);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The first position of a feature's geometry, whatever its type. */
    static double[] firstPosition(JsonNode feature) {
        JsonNode c = feature.get("geometry").get("coordinates");
        while (c.get(0).isArray()) c = c.get(0);
        return new double[] {c.get(0).asDouble(), c.get(1).asDouble()};
    }

    @Test
    void landingPageLinksToConformanceDataAndTheApiDefinition() throws Exception {
        Answer a = get("/ogcapi");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).startsWith("application/json");
        assertThat(a.json().get("title").asString()).isNotBlank();
        assertThat(a.rels()).contains("self", "alternate", "conformance", "data", "service-desc");
        assertThat(a.link("data")).endsWith("/ogcapi/collections?f=json");

        Answer api = get(URI.create(a.link("service-desc")).getRawPath());
        assertThat(api.contentType()).startsWith("application/vnd.oai.openapi+json;version=3.0");
        assertThat(api.json().get("openapi").asString()).startsWith("3.0");
        assertThat(api.json().get("paths").has("/collections/{collectionId}/items")).isTrue();
        assertThat(api.json().get("paths").has("/collections/regions/items")).isTrue();
    }

    @Test
    void conformanceClaimsCoreGeoJsonHtmlOpenApiAndCrs() throws Exception {
        List<String> classes = new ArrayList<>();
        get("/ogcapi/conformance").json().get("conformsTo").forEach(c -> classes.add(c.asString()));
        assertThat(classes).containsExactlyInAnyOrder(
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
                "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs");
    }

    @Test
    void collectionsAreTheAdminLayersWithTheirCrsAndExtent() throws Exception {
        Answer a = get("/ogcapi/collections");
        assertThat(a.status()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        a.json().get("collections").forEach(c -> ids.add(c.get("id").asString()));
        assertThat(ids).containsExactly("regions", "districts", "okrugs", "settlements");
        JsonNode regions = a.json().get("collections").get(0);
        assertThat(regions.get("title").asString()).isEqualTo("Облыстар");
        assertThat(regions.get("storageCrs").asString()).isEqualTo(CRS84);
        List<String> crs = new ArrayList<>();
        regions.get("crs").forEach(c -> crs.add(c.asString()));
        assertThat(crs).containsExactly(CRS84, EPSG_4326, EPSG_3857);
        JsonNode bbox = regions.get("extent").get("spatial").get("bbox").get(0);
        assertThat(bbox.get(0).asDouble()).isBetween(46.0, 50.0);
        assertThat(bbox.get(3).asDouble()).isBetween(54.0, 56.0);
        List<String> itemLinks = new ArrayList<>();
        regions.get("links").forEach(l -> {
            if (l.get("rel").asString().equals("items")) itemLinks.add(l.get("type").asString() + " " + l.get("href").asString());
        });
        assertThat(itemLinks).anyMatch(l -> l.startsWith("application/geo+json ") && l.endsWith("/ogcapi/collections/regions/items"));

        Answer one = get("/ogcapi/collections/districts");
        assertThat(one.json().get("id").asString()).isEqualTo("districts");
        assertThat(one.rels()).contains("self", "items");
    }

    @Test
    void titlesFollowLangThenAcceptLanguage() throws Exception {
        assertThat(get("/ogcapi/collections/regions?lang=ru").json().get("title").asString()).isEqualTo("Области");
        Answer en = get("/ogcapi/collections/regions", "Accept-Language", "en-GB,en;q=0.9");
        assertThat(en.json().get("title").asString()).isEqualTo("Regions");
        assertThat(en.header("Content-Language")).isEqualTo("en");
        assertThat(get("/ogcapi/collections/regions").json().get("title").asString()).isEqualTo("Облыстар");
        // A lang chosen in the URL stays in the links.
        assertThat(get("/ogcapi/collections?lang=ru").link("self")).contains("lang=ru");
    }

    @Test
    void itemsArePagedWithNextAndPrevLinks() throws Exception {
        Answer page = get("/ogcapi/collections/districts/items?limit=50&offset=50");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("application/geo+json");
        assertThat(page.json().get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(page.json().get("numberReturned").asInt()).isEqualTo(50);
        long matched = page.json().get("numberMatched").asLong();
        assertThat(matched).isGreaterThanOrEqualTo(200);
        assertThat(page.json().get("timeStamp").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
        assertThat(page.rels()).contains("self", "alternate", "next", "prev", "collection");
        assertThat(page.link("next")).contains("offset=100").contains("limit=50");
        assertThat(page.link("prev")).contains("limit=50").doesNotContain("offset=");

        Answer next = get(page.link("next"));
        assertThat(next.ids()).doesNotContainAnyElementsOf(page.ids());
        Answer first = get(page.link("prev"));
        assertThat(first.ids()).doesNotContainAnyElementsOf(page.ids());
        assertThat(first.rels()).doesNotContain("prev");

        Answer last = get("/ogcapi/collections/districts/items?limit=50&offset=" + (matched - 1));
        assertThat(last.json().get("numberReturned").asInt()).isEqualTo(1);
        assertThat(last.rels()).doesNotContain("next");

        assertThat(get("/ogcapi/collections/regions/items").json().get("numberReturned").asInt()).isEqualTo(20);
        assertThat(get("/ogcapi/collections/settlements/items").json().get("numberReturned").asInt()).isEqualTo(100);
        assertThat(get("/ogcapi/collections/regions/items?limit=20000").status()).isEqualTo(200);
    }

    @Test
    void bboxFindsAstana() throws Exception {
        Answer a = get("/ogcapi/collections/regions/items?bbox=71.3,51.0,71.6,51.3");
        assertThat(a.ids()).contains("710000000");
        assertThat(a.json().get("numberMatched").asLong()).isLessThan(20);
        assertThat(a.link("self")).contains("bbox=71.3,51.0,71.6,51.3");
        // The same box given in EPSG:4326 (latitude first) and in Web Mercator metres.
        assertThat(get("/ogcapi/collections/regions/items?bbox=51.0,71.3,51.3,71.6&bbox-crs=" + enc(EPSG_4326)).ids())
                .containsExactlyInAnyOrderElementsOf(a.ids());
        assertThat(get("/ogcapi/collections/regions/items?bbox=7937079.69,6621293.72,7970475.54,6674532.80&bbox-crs=" + enc(EPSG_3857)).ids())
                .containsExactlyInAnyOrderElementsOf(a.ids());
    }

    /** /req/core/fc-bbox-definition: a first longitude larger than the second is the union of the boxes on either side of 180°. */
    @Test
    void aBboxAcrossTheAntimeridianIsAnswered() throws Exception {
        Answer far = get("/ogcapi/collections/regions/items?bbox=177,65,-177,70");
        assertThat(far.status()).isEqualTo(200);
        assertThat(far.json().get("numberMatched").asLong()).isZero();
        // 80°E → 180° and −180° → 50°E: the regions reaching east of 80°E plus those reaching west of 50°E
        List<String> east = get("/ogcapi/collections/regions/items?bbox=80,40,180,56").ids();
        List<String> west = get("/ogcapi/collections/regions/items?bbox=-180,40,50,56").ids();
        assertThat(east).isNotEmpty();
        assertThat(west).isNotEmpty();
        Answer across = get("/ogcapi/collections/regions/items?bbox=80,40,50,56");
        assertThat(across.ids()).containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(east.stream(), west.stream()).distinct().toList());
        assertThat(across.json().get("numberMatched").asLong()).isEqualTo(across.ids().size());
        assertThat(get("/ogcapi/collections/regions/items?bbox=40,80,56,50&bbox-crs=" + enc(EPSG_4326)).ids())
                .containsExactlyInAnyOrderElementsOf(across.ids());
    }

    @Test
    void crs3857AnswersInMetres() throws Exception {
        Answer plain = get("/ogcapi/collections/regions/items?kato=710000000");
        assertThat(plain.header("Content-Crs")).isEqualTo("<" + CRS84 + ">");
        double[] lonLat = firstPosition(plain.json().get("features").get(0));
        assertThat(lonLat[0]).isBetween(70.5, 72.5);
        assertThat(lonLat[1]).isBetween(50.5, 51.8);

        Answer metres = get("/ogcapi/collections/regions/items?kato=710000000&crs=" + enc(EPSG_3857));
        assertThat(metres.status()).isEqualTo(200);
        assertThat(metres.header("Content-Crs")).isEqualTo("<" + EPSG_3857 + ">");
        double[] xy = firstPosition(metres.json().get("features").get(0));
        assertThat(xy[0]).isCloseTo(lonLat[0] * 6378137 * Math.PI / 180, org.assertj.core.data.Offset.offset(1.0));
        assertThat(xy[1]).isBetween(6.5e6, 6.8e6);
        assertThat(metres.link("next")).isNull();
        assertThat(metres.link("self")).contains("crs=" + EPSG_3857);
    }

    @Test
    void crs4326SwapsTheAxisOrder() throws Exception {
        JsonNode lonLat = get("/ogcapi/collections/settlements/items?limit=3").json();
        Answer latLon = get("/ogcapi/collections/settlements/items?limit=3&crs=" + enc(EPSG_4326));
        assertThat(latLon.header("Content-Crs")).isEqualTo("<" + EPSG_4326 + ">");
        for (int i = 0; i < 3; i++) {
            double[] a = firstPosition(lonLat.get("features").get(i));
            double[] b = firstPosition(latLon.json().get("features").get(i));
            assertThat(b[0]).isEqualTo(a[1]);
            assertThat(b[1]).isEqualTo(a[0]);
        }
        Answer astana = get("/ogcapi/collections/regions/items/710000000?crs=" + enc(EPSG_4326));
        assertThat(astana.header("Content-Crs")).isEqualTo("<" + EPSG_4326 + ">");
        assertThat(firstPosition(astana.json())[0]).isBetween(50.5, 51.8);
    }

    @Test
    void propertyFiltersNarrowTheItems() throws Exception {
        Answer astana = get("/ogcapi/collections/regions/items?kato=710000000");
        assertThat(astana.ids()).containsExactly("710000000");
        assertThat(astana.json().get("numberMatched").asLong()).isEqualTo(1);
        assertThat(astana.json().get("features").get(0).get("properties").get("name_en").asString()).isEqualTo("Astana");

        Answer karaganda = get("/ogcapi/collections/districts/items?parent_kato=350000000");
        assertThat(karaganda.json().get("numberMatched").asLong()).isGreaterThan(3);
        karaganda.json().get("features").forEach(f ->
                assertThat(f.get("properties").get("parent_kato").asString()).isEqualTo("350000000"));
        assertThat(get("/ogcapi/collections/districts/items?parent_kato=350000000&kind=nothing").json().get("numberMatched").asLong()).isZero();
    }

    @Test
    void datetimeIsTheAsOfDate() throws Exception {
        assertThat(get("/ogcapi/collections/regions/items?datetime=1990-01-01").json().get("numberMatched").asLong()).isZero();
        assertThat(get("/ogcapi/collections/regions/items?datetime=1990-01-01/..").json().get("numberMatched").asLong()).isEqualTo(20);
        assertThat(get("/ogcapi/collections/regions/items/710000000?datetime=1990-01-01T12:00:00Z").status()).isEqualTo(404);
    }

    @Test
    void oneFeatureOr404() throws Exception {
        Answer a = get("/ogcapi/collections/regions/items/710000000");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).startsWith("application/geo+json");
        assertThat(a.json().get("type").asString()).isEqualTo("Feature");
        assertThat(a.json().get("id").asString()).isEqualTo("710000000");
        assertThat(a.json().get("properties").get("name_ru").asString()).contains("Астана");
        assertThat(a.rels()).contains("self", "alternate", "collection");

        for (String missing : List.of("/ogcapi/collections/regions/items/123456789", "/ogcapi/collections/regions/items/x",
                "/ogcapi/collections/districts/items/710000000", "/ogcapi/collections/rivers", "/ogcapi/collections/rivers/items",
                "/ogcapi/nothing")) {
            Answer m = get(missing);
            assertThat(m.status()).as(missing).isEqualTo(404);
            assertThat(m.contentType()).as(missing).startsWith("application/json");
            assertThat(m.json().get("code").asString()).as(missing).isEqualTo("NotFound");
            assertThat(m.json().get("description").asString()).as(missing).isNotBlank();
        }
    }

    @Test
    void badParametersAre400sAndUnknownFormats406s() throws Exception {
        String[] bad = {
                "bbox=1,2,3", "bbox=a,b,c,d", "bbox=80,50,70,40", "bbox=10,50,200,60", "foo=1", "limit=0", "limit=ten", "offset=-1",
                "crs=" + enc("http://www.opengis.net/def/crs/EPSG/0/9999"), "bbox-crs=EPSG:1234&bbox=1,2,3,4", "datetime=yesterday",
                "lang=de", "limit=1&limit=2",
        };
        for (String q : bad) {
            Answer a = get("/ogcapi/collections/regions/items?" + q);
            assertThat(a.status()).as(q).isEqualTo(400);
            assertThat(a.contentType()).as(q).startsWith("application/json");
            assertThat(a.json().get("code").asString()).as(q).isEqualTo("InvalidParameterValue");
            assertThat(a.json().get("description").asString()).as(q).isNotBlank();
        }
        assertThat(get("/ogcapi/collections/regions/items/710000000?bbox=1,2,3,4").status()).isEqualTo(400);
        Answer xml = get("/ogcapi/collections?f=xml");
        assertThat(xml.status()).isEqualTo(406);
        assertThat(xml.json().get("code").asString()).isEqualTo("NotAcceptable");
    }

    @Test
    void htmlForPeople() throws Exception {
        Answer landing = get("/ogcapi", "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertThat(landing.contentType()).startsWith("text/html");
        assertThat(landing.body()).contains("<html lang=\"kk\"").contains("/ogcapi/collections?f=html");

        Answer items = get("/ogcapi/collections/regions/items?f=html&lang=en&limit=5");
        assertThat(items.status()).isEqualTo(200);
        assertThat(items.contentType()).startsWith("text/html");
        assertThat(items.body()).contains("<table").contains("<svg").contains("KATO code").contains("Next page")
                .contains("offset=5").contains("lang=en");

        Answer item = get("/ogcapi/collections/regions/items/710000000?f=html&lang=ru");
        assertThat(item.body()).contains("город Астана").contains("Код КАТО").contains("710000000");

        Answer collections = get("/ogcapi/collections?f=html");
        assertThat(collections.body()).contains("Облыстар").contains("/ogcapi/collections/settlements/items?f=html");
    }
}
