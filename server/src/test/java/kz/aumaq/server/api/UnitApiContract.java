package kz.aumaq.server.api;

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
 * The /api/units contract against a running server with the demo territory loaded; the same
 * assertions run on H2GIS and on PostGIS.
 */
abstract class UnitApiContract {

    private static final HttpClient http = HttpClient.newHttpClient();
    private static final ObjectMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    record Answer(int status, String contentType, String body, JsonNode json) {
    }

    Answer get(String pathAndQuery) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode node = r.body().isEmpty() ? null : json.readTree(r.body());
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), node);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static List<String> katos(JsonNode collection) {
        List<String> out = new ArrayList<>();
        collection.get("features").forEach(f -> out.add(f.get("id").asString()));
        return out;
    }

    @Test
    void healthIsUpWithTheDatabase() throws Exception {
        Answer a = get("/actuator/health");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().get("status").asString()).isEqualTo("UP");
        assertThat(a.json().get("components").get("db").get("status").asString()).isEqualTo("UP");
    }

    @Test
    void theTwentyRegionsOfTheDemoTerritory() throws Exception {
        Answer a = get("/api/units?level=region");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).startsWith("application/geo+json");
        assertThat(a.json().get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(a.json().get("numberMatched").asLong()).isEqualTo(20);
        assertThat(a.json().get("numberReturned").asInt()).isEqualTo(20);
        assertThat(a.json().get("demo").asBoolean()).isTrue();
        assertThat(katos(a.json())).contains("710000000", "750000000", "790000000", "350000000", "470000000", "100000000", "620000000");
        JsonNode first = a.json().get("features").get(0);
        assertThat(first.get("geometry").get("type").asString()).isEqualTo("MultiPolygon");
        JsonNode p = first.get("properties");
        assertThat(p.get("level").asString()).isEqualTo("region");
        assertThat(p.get("parentKato").asString()).isEqualTo("000000000");
        assertThat(p.get("source").asString()).isEqualTo("demo");
        assertThat(p.get("validFrom").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(p.get("validTo").isNull()).isTrue();
    }

    @Test
    void levelCountsAreThoseOfAPlausibleKazakhstan() throws Exception {
        assertThat(get("/api/units?level=district&limit=0").json().get("numberMatched").asLong()).isGreaterThanOrEqualTo(200);
        assertThat(get("/api/units?level=okrug&limit=0").json().get("numberMatched").asLong()).isGreaterThanOrEqualTo(2000);
        assertThat(get("/api/units?level=settlement&limit=0").json().get("numberMatched").asLong()).isGreaterThanOrEqualTo(6000);
    }

    @Test
    void astanaHasNamesInThreeLanguagesAndCoversItsCentre() throws Exception {
        Answer a = get("/api/units/710000000");
        assertThat(a.status()).isEqualTo(200);
        JsonNode names = a.json().get("properties").get("names");
        assertThat(names.get("kk").asString()).contains("Астана");
        assertThat(names.get("ru").asString()).contains("Астана");
        assertThat(names.get("en").asString()).contains("Astana");
        Answer at = get("/api/units?level=region&bbox=71.43,51.13,71.43,51.13");
        assertThat(katos(at.json())).containsExactly("710000000");
    }

    @Test
    void aBboxAcrossTheAntimeridianMeetsEitherSide() throws Exception {
        List<String> east = katos(get("/api/units?level=region&bbox=80,40,180,56").json());
        List<String> west = katos(get("/api/units?level=region&bbox=-180,40,50,56").json());
        assertThat(east).isNotEmpty();
        assertThat(west).isNotEmpty();
        assertThat(katos(get("/api/units?level=region&bbox=80,40,50,56").json()))
                .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(east.stream(), west.stream()).distinct().toList());
        Answer far = get("/api/units?level=region&bbox=177,65,-177,70");
        assertThat(far.status()).isEqualTo(200);
        assertThat(far.json().get("numberMatched").asLong()).isZero();
    }

    @Test
    void searchForgivesKazakhLetters() throws Exception {
        assertThat(katos(get("/api/units?level=region&q=" + enc("караганды")).json())).containsExactly("350000000");
        assertThat(katos(get("/api/units?level=region&q=" + enc("Қарағанды")).json())).containsExactly("350000000");
        assertThat(katos(get("/api/units?level=region&q=karaganda").json())).containsExactly("350000000");
        assertThat(katos(get("/api/units?level=region&q=" + enc("шыгыс")).json())).containsExactly("630000000");
    }

    @Test
    void childrenAndAncestorsWalkTheHierarchy() throws Exception {
        Answer children = get("/api/units/350000000/children");
        assertThat(children.json().get("numberReturned").asInt()).isGreaterThan(3);
        children.json().get("features").forEach(f -> {
            assertThat(f.get("properties").get("parentKato").asString()).isEqualTo("350000000");
            assertThat(f.get("properties").get("level").asString()).isEqualTo("district");
        });
        JsonNode settlement = get("/api/units?level=settlement&parent=&limit=1&q=35").json().get("features").get(0);
        String kato = settlement.get("id").asString();
        Answer up = get("/api/units/" + kato + "/ancestors");
        assertThat(up.json().get("features")).hasSize(4);
        List<String> chain = katos(up.json());
        assertThat(chain.get(0)).isEqualTo("000000000");
        assertThat(chain.get(1)).isEqualTo(kato.substring(0, 2) + "0000000");
        assertThat(up.json().get("features").get(3).get("properties").get("level").asString()).isEqualTo("okrug");
        assertThat(settlement.get("properties").get("parentKato").asString()).isEqualTo(chain.get(3));
    }

    @Test
    void childrenArePagedLikeTheList() throws Exception {
        JsonNode all = get("/api/units/350000000/children").json();
        int total = all.get("numberMatched").asInt();
        JsonNode first = get("/api/units/350000000/children?limit=2").json();
        assertThat(first.get("numberMatched").asInt()).isEqualTo(total);
        assertThat(first.get("numberReturned").asInt()).isEqualTo(2);
        List<String> rels = new ArrayList<>();
        first.get("links").forEach(l -> rels.add(l.get("rel").asString()));
        assertThat(rels).contains("next");
        JsonNode second = get("/api/units/350000000/children?limit=2&offset=2").json();
        assertThat(katos(second)).doesNotContainAnyElementsOf(katos(first));
        assertThat(katos(second).get(0)).isEqualTo(katos(all).get(2));
    }

    @Test
    void pagesCarryNextAndPrevLinks() throws Exception {
        JsonNode page = get("/api/units?level=district&limit=50&offset=50").json();
        assertThat(page.get("numberReturned").asInt()).isEqualTo(50);
        List<String> rels = new ArrayList<>();
        page.get("links").forEach(l -> rels.add(l.get("rel").asString()));
        assertThat(rels).contains("self", "next", "prev");
        String next = null;
        for (JsonNode l : page.get("links")) if (l.get("rel").asString().equals("next")) next = l.get("href").asString();
        assertThat(next).contains("offset=100").contains("level=district");
        JsonNode following = get(URI.create(next).getRawPath() + "?" + URI.create(next).getRawQuery()).json();
        assertThat(katos(following)).doesNotContainAnyElementsOf(katos(page));
    }

    @Test
    void zoomSimplifiesGeometry() throws Exception {
        int full = get("/api/units?level=district&parent=350000000").body().length();
        int coarse = get("/api/units?level=district&parent=350000000&zoom=4").body().length();
        assertThat(coarse).isLessThan(full / 2);
    }

    @Test
    void badInputIsA400ThatNamesTheParameter() throws Exception {
        String[][] cases = {
                {"/api/units?level=province", "level"},
                {"/api/units?bbox=1,2,3", "bbox"},
                {"/api/units?bbox=80,50,70,40", "bbox"},
                {"/api/units?date=2024-02-30", "date"},
                {"/api/units?limit=abc", "limit"},
                {"/api/units?offset=-1", "offset"},
                {"/api/units?zoom=40", "zoom"},
                {"/api/units?parent=12", "parent"},
                {"/api/units/12345", "kato"},
                {"/api/units/71000000x/children", "kato"},
        };
        for (String[] c : cases) {
            Answer a = get(c[0]);
            assertThat(a.status()).as(c[0]).isEqualTo(400);
            assertThat(a.json().get("parameter").asString()).as(c[0]).isEqualTo(c[1]);
            assertThat(a.json().get("message").asString()).as(c[0]).isNotBlank();
        }
    }

    @Test
    void unknownThingsAre404s() throws Exception {
        Answer unit = get("/api/units/123456789");
        assertThat(unit.status()).isEqualTo(404);
        assertThat(unit.json().get("message").asString()).contains("123456789");
        assertThat(get("/api/units/710000000?date=1990-01-01").status()).isEqualTo(404);
        assertThat(get("/api/nothing-here").status()).isEqualTo(404);
    }

    @Test
    void serviceInfoSaysItIsDemoData() throws Exception {
        Answer a = get("/api");
        assertThat(a.json().get("demo").asBoolean()).isTrue();
        assertThat(a.json().get("units").asLong()).isGreaterThan(8000);
    }
}
