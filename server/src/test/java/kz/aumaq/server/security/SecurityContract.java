package kz.aumaq.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Map;
import javax.imageio.ImageIO;
import kz.aumaq.gis.featurelayer.FeatureLayerInfo;
import kz.aumaq.gis.featurelayer.FeatureLayerStore;
import kz.aumaq.gis.layer.Feature;
import kz.aumaq.gis.layer.FieldInfo;
import kz.aumaq.gis.layer.LayerCatalog;
import kz.aumaq.gis.text.LocalizedText;
import kz.aumaq.gis.unit.AdminUnitRepository;
import kz.aumaq.gis.unit.Kato;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.aumaq.gis.tile.TileCache;
import kz.aumaq.ingest.values.IndicatorValueStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Security against a running server with the demo territory, on every supported database: who may
 * do what (each role, anonymous), territorial scopes and the ways to escape them, restricted layers
 * in every map service and the tile cache, CSRF, lockout, API tokens and the audit trail.
 *
 * <p>The demo region Karaganda (350000000) has the district 352000000 and its neighbour 352100000,
 * whose code begins with the same "352": the scoped users work in 352000000. The layer
 * {@code okrugs} is made restricted before each test; {@code scoped-sites}, a restricted point
 * layer with a site in each of the two districts, by the tests of viewing within a scope.
 */
abstract class SecurityContract {

    static final String PASSWORD = "password-123456";
    static final String SCOPE = "352000000";
    static final String NEIGHBOUR = "352100000";
    static final String OKRUG = "352001000";
    static final String NEIGHBOURS_OKRUG = "352101000";
    static final String RESTRICTED = "okrugs";
    /** A zoom-9 tile over Karaganda, where okrug boundaries are drawn. */
    static final String TILE = "/9/359/174.png";

    private static final HttpClient http = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    TileCache tileCache;

    @Autowired
    IndicatorValueStore values;

    record Answer(int status, HttpResponse<byte[]> raw) {
        String body() {
            return new String(raw.body(), StandardCharsets.UTF_8);
        }

        JsonNode json() {
            return JSON.readTree(body());
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse("");
        }
    }

    /** A request as {@code auth} (an Authorization header value, or null for anonymous). */
    Answer call(String method, String path, String auth, String contentType, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) b.header("Authorization", auth);
        if (contentType != null) b.header("Content-Type", contentType);
        HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(r.statusCode(), r);
    }

    Answer get(String path, String auth) throws Exception {
        return call("GET", path, auth, null, null);
    }

    Answer json(String method, String path, String auth, String body) throws Exception {
        return call(method, path, auth, "application/json", body);
    }

    static String as(String user) {
        return TestUsers.basic(user, PASSWORD);
    }

    static String admin() {
        return TestUsers.admin();
    }

    @BeforeEach
    void usersAndARestrictedLayer() throws Exception {
        user("editor", "GIS_EDITOR", SCOPE);
        user("planner", "PLANNER", "350000000");
        user("entry", "DATA_ENTRY", SCOPE);
        user("viewer", "VIEWER", "350000000");
        Answer restricted = json("PATCH", "/api/layers/" + RESTRICTED, admin(), "{\"visibility\": \"restricted\"}");
        assertThat(restricted.status()).as(restricted.body()).isEqualTo(200);
    }

    void user(String name, String role, String scope) throws Exception {
        Answer a = json("POST", "/api/users", admin(), "{\"username\": \"" + name + "\", \"password\": \"" + PASSWORD
                + "\", \"roles\": [\"" + role + "\"], \"scope\": \"" + scope + "\"}");
        assertThat(a.status()).as(a.body()).isIn(201, 409);
    }

    // ---- anonymous -------------------------------------------------------------------------------

    @Test
    void unitsStayPublicAndEveryWriteWithoutCredentialsIs401Json() throws Exception {
        assertThat(get("/api/units?level=region&limit=1", null).status()).isEqualTo(200);
        assertThat(get("/api/units/" + SCOPE, null).status()).isEqualTo(200);
        List<String[]> writes = List.of(
                new String[] {"POST", "/api/units"}, new String[] {"POST", "/api/units/" + OKRUG + "/versions"},
                new String[] {"POST", "/api/units/" + OKRUG + "/retire"}, new String[] {"PATCH", "/api/layers/regions"},
                new String[] {"DELETE", "/api/layers/regions"}, new String[] {"PUT", "/api/styles/x"}, new String[] {"DELETE", "/api/styles/regions"},
                new String[] {"POST", "/api/ingest/jobs"}, new String[] {"POST", "/api/tiles/seed"}, new String[] {"DELETE", "/api/tiles/admin"},
                new String[] {"POST", "/api/users"}, new String[] {"POST", "/api/tokens"}, new String[] {"POST", "/api/nothing-here"});
        for (String[] w : writes) {
            Answer a = json(w[0], w[1], null, "{}");
            assertThat(a.status()).as(w[0] + " " + w[1]).isEqualTo(401);
            assertThat(a.header("Content-Type")).as(w[1]).startsWith("application/json");
            assertThat(a.header("WWW-Authenticate")).startsWith("Basic realm=\"Aumaq\"");
            assertThat(a.json().get("status").asInt()).isEqualTo(401);
        }
        // Reads of non-public data need sign-in too; unknown paths stay 404.
        for (String path : List.of("/api/users", "/api/audit", "/api/ingest/jobs", "/api/tiles/seed", "/api/tokens", "/actuator/metrics")) {
            assertThat(get(path, null).status()).as(path).isEqualTo(401);
        }
        assertThat(get("/api/nothing-here", null).status()).isEqualTo(404);
        assertThat(get("/api/me", null).json().get("authenticated").asBoolean()).isFalse();
    }

    // ---- each role: one thing allowed, one forbidden -----------------------------------------------

    @Test
    void eachRoleHasWhatItNeedsAndNothingMore() throws Exception {
        // Administrator: users; but nobody can change or delete the audit trail.
        assertThat(get("/api/users", admin()).status()).isEqualTo(200);
        assertThat(call("DELETE", "/api/audit", admin(), null, null).status()).isEqualTo(405);
        // GIS editor: layers yes, users no.
        assertThat(json("PATCH", "/api/layers/regions", as("editor"), "{\"attribution\": \"Aumaq GIS\"}").status()).isEqualTo(200);
        assertThat(get("/api/users", as("editor")).status()).isEqualTo(403);
        assertThat(json("POST", "/api/users", as("editor"), "{}").status()).isEqualTo(403);
        // Planner: reads restricted layers (WMS), may not edit layers.
        assertThat(get("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities", as("planner")).body()).contains("<Name>okrugs</Name>");
        Answer planner = json("PATCH", "/api/layers/regions", as("planner"), "{\"attribution\": \"x\"}");
        assertThat(planner.status()).isEqualTo(403);
        assertThat(planner.json().get("message").asString()).contains("role");
        // Data entry: values of their district yes, boundaries no.
        Answer own = uploadValues(as("entry"), "KATO;2024\n" + SCOPE + ";10\n", "ENTRYOK", false);
        assertThat(own.status()).as(own.body()).isEqualTo(202);
        assertThat(await(own.json().get("id").asString(), as("entry")).get("status").asString()).isEqualTo("committed");
        assertThat(uploadUnits(as("entry")).status()).isEqualTo(403);
        // Viewer: restricted layers in WMTS, but no ingest at all.
        assertThat(get("/wmts?SERVICE=WMTS&REQUEST=GetCapabilities", as("viewer")).body()).contains("<ows:Identifier>okrugs</ows:Identifier>");
        assertThat(uploadValues(as("viewer"), "KATO;2024\n" + SCOPE + ";10\n", "VIEWERNO", true).status()).isEqualTo(403);
        assertThat(get("/api/ingest/jobs", as("viewer")).status()).isEqualTo(403);
        assertThat(json("PATCH", "/api/layers/regions", as("viewer"), "{\"attribution\": \"x\"}").status()).isEqualTo(403);
        // Anonymous: public OGC API collections, no restricted one; no writes.
        assertThat(get("/ogcapi/collections", null).body()).contains("\"regions\"").doesNotContain("\"okrugs\"");
        assertThat(json("PATCH", "/api/layers/regions", null, "{\"attribution\": \"x\"}").status()).isEqualTo(401);

        // Through the OGC side, every role: the restricted layer's tiles and features (allowed), and the
        // tile cache (seeding), which only the GIS team and administrators may fill.
        String seed = "{\"layer\": \"regions\", \"bbox\": [72, 49, 74, 50], \"minZoom\": 5, \"maxZoom\": 5}";
        for (String role : List.of("editor", "planner", "entry", "viewer")) {
            assertThat(get("/tiles/okrugs/default" + TILE, as(role)).status()).as(role).isEqualTo(200);
            assertThat(get("/ogcapi/collections/okrugs/items?limit=1", as(role)).status()).as(role).isEqualTo(200);
            assertThat(json("POST", "/api/tiles/seed", as(role), seed).status()).as(role).isEqualTo(role.equals("editor") ? 202 : 403);
        }
        assertThat(json("POST", "/api/tiles/seed", admin(), seed).status()).isEqualTo(202);
        assertThat(get("/tiles/okrugs/default" + TILE, null).status()).isEqualTo(404);
        assertThat(json("POST", "/api/tiles/seed", null, seed).status()).isEqualTo(401);
    }

    @Test
    void usersAreCheckedAndNeverShowTheirPasswords() throws Exception {
        Answer noScope = json("POST", "/api/users", admin(), "{\"username\": \"noscope\", \"password\": \"" + PASSWORD + "\", \"roles\": [\"VIEWER\"]}");
        assertThat(noScope.status()).isEqualTo(400);
        assertThat(noScope.json().get("parameter").asString()).isEqualTo("scope");
        assertThat(json("POST", "/api/users", admin(), "{\"username\": \"x1\", \"password\": \"" + PASSWORD
                + "\", \"roles\": [\"VIEWER\"], \"scope\": \"999999999\"}").json().get("parameter").asString()).isEqualTo("scope");
        assertThat(json("POST", "/api/users", admin(), "{\"username\": \"x2\", \"password\": \"short\", \"roles\": [\"VIEWER\"], \"scope\": \""
                + SCOPE + "\"}").json().get("parameter").asString()).isEqualTo("password");
        assertThat(json("POST", "/api/users", admin(), "{\"username\": \"x3\", \"password\": \"" + PASSWORD
                + "\", \"roles\": [\"KING\"], \"scope\": \"" + SCOPE + "\"}").json().get("parameter").asString()).isEqualTo("roles");
        String list = get("/api/users", admin()).body();
        assertThat(list).contains("\"editor\"", "\"scope\":\"" + SCOPE + "\"").doesNotContain("bcrypt", "password");
        // The server never locks itself out: the last administrator stays.
        assertThat(call("DELETE", "/api/users/admin", admin(), null, null).status()).isIn(400, 409);
        assertThat(json("PATCH", "/api/users/admin", admin(), "{\"roles\": [\"VIEWER\"], \"scope\": \"" + SCOPE + "\"}").status()).isEqualTo(409);
    }

    // ---- territorial scope ---------------------------------------------------------------------

    @Test
    void aUnitOutsideTheScopeCannotBeChangedByIdNorByAKatoSharingThePrefix() throws Exception {
        String rename = "{\"validFrom\": \"2030-01-01\", \"names\": {\"en\": \"Renamed\"}}";
        Answer inside = json("POST", "/api/units/" + OKRUG + "/versions", as("editor"), rename);
        assertThat(inside.status()).as(inside.body()).isEqualTo(201);
        assertThat(get("/api/units/" + OKRUG + "?date=2030-06-01", null).json().get("properties").get("names").get("en").asString()).isEqualTo("Renamed");

        // By id: the neighbour district and its okrug; 352100000 starts with "352" like the scope, but is not in it.
        for (String kato : List.of(NEIGHBOUR, NEIGHBOURS_OKRUG, "350000000")) {
            Answer outside = json("POST", "/api/units/" + kato + "/versions", as("editor"), rename);
            assertThat(outside.status()).as(kato + ": " + outside.body()).isEqualTo(403);
            assertThat(outside.json().get("problems").toString()).contains(kato).contains("outside the territory " + SCOPE);
            assertThat(get("/api/units/" + kato + "?date=2030-06-01", null).json().get("properties").get("names").get("en").asString())
                    .isNotEqualTo("Renamed");
        }
        // A new unit under the neighbour, and taking the neighbour's okrug into the own district.
        String box = "{\"type\": \"Polygon\", \"coordinates\": [[[73, 49], [73.01, 49], [73.01, 49.01], [73, 49.01], [73, 49]]]}";
        Answer created = json("POST", "/api/units", as("editor"), "{\"kato\": \"352199000\", \"level\": \"okrug\", \"parent\": \"" + NEIGHBOUR
                + "\", \"kind\": \"rural_okrug\", \"names\": {\"kk\": \"a\", \"ru\": \"a\", \"en\": \"a\"}, \"geometry\": " + box + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(403);
        assertThat(get("/api/units/352199000", null).status()).isEqualTo(404);
        Answer moved = json("POST", "/api/units/" + NEIGHBOURS_OKRUG + "/versions", as("editor"),
                "{\"validFrom\": \"2030-01-01\", \"parent\": \"" + SCOPE + "\"}");
        assertThat(moved.status()).isEqualTo(403);
        Answer own = json("POST", "/api/units", as("editor"), "{\"kato\": \"352099000\", \"level\": \"okrug\", \"parent\": \"" + SCOPE
                + "\", \"kind\": \"rural_okrug\", \"names\": {\"kk\": \"b\", \"ru\": \"b\", \"en\": \"b\"}, \"geometry\": " + box + "}");
        assertThat(own.status()).as(own.body()).isIn(201);
        // An administrator works everywhere.
        assertThat(json("POST", "/api/units/" + NEIGHBOURS_OKRUG + "/versions", admin(), "{\"validFrom\": \"2031-01-01\", \"names\": {\"en\": \"By admin\"}}")
                .status()).isEqualTo(201);
    }

    @Test
    void aBulkUploadReachingOutsideTheScopeWritesNothing() throws Exception {
        String csv = "KATO;2024\n" + SCOPE + ";1128,2\n" + NEIGHBOUR + ";930\n";
        Answer dry = uploadValues(as("entry"), csv, "BULKPOP", true);
        JsonNode checked = await(dry.json().get("id").asString(), as("entry"));
        assertThat(checked.get("status").asString()).isEqualTo("failed");
        JsonNode finding = finding(checked, "out-of-scope");
        assertThat(finding.get("examples").toString()).contains(NEIGHBOUR).doesNotContain("unit " + SCOPE);
        Answer committed = uploadValues(as("entry"), csv, "BULKPOP", false);
        assertThat(await(committed.json().get("id").asString(), as("entry")).get("status").asString()).isEqualTo("failed");
        assertThat(values.find("BULKPOP")).isEmpty();
        // The same file is fine for someone whose scope holds both districts.
        Answer region = uploadValues(admin(), csv, "BULKPOP", false);
        assertThat(await(region.json().get("id").asString(), admin()).get("status").asString()).isEqualTo("committed");
        assertThat(values.find("BULKPOP")).hasSize(2);
        // The recorded job names its user, taken from the sign-in (no user parameter any more).
        assertThat(get("/api/ingest/jobs?limit=5", admin()).body()).contains("\"user\":\"entry\"");
    }

    // ---- restricted layers in the map services ---------------------------------------------------

    @Test
    void aRestrictedLayerIsAbsentForAnonymousClientsAndAnsweredLikeAMissingOne() throws Exception {
        for (String caps : List.of("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities", "/wms?SERVICE=WMS&VERSION=1.1.1&REQUEST=GetCapabilities",
                "/wmts?SERVICE=WMTS&REQUEST=GetCapabilities")) {
            assertThat(get(caps, null).body()).as(caps).doesNotContain(">okrugs<").contains(">regions<");
            assertThat(get(caps, as("viewer")).body()).as(caps).contains(">okrugs<");
        }
        String map = "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&STYLES=&CRS=EPSG:4326&BBOX=49,72,50,74&WIDTH=64&HEIGHT=64&FORMAT=image/png&LAYERS=";
        sameAsMissing(map + "okrugs", map + "nosuch");
        assertThat(get(map + "okrugs", as("viewer")).header("Content-Type")).isEqualTo("image/png");
        String info = "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetFeatureInfo&STYLES=&CRS=EPSG:4326&BBOX=49,72,50,74&WIDTH=64&HEIGHT=64"
                + "&I=32&J=32&INFO_FORMAT=application/json&LAYERS=regions&QUERY_LAYERS=";
        sameAsMissing(info + "okrugs", info + "nosuch");
        String legend = "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetLegendGraphic&FORMAT=image/png&LAYER=";
        sameAsMissing(legend + "okrugs", legend + "nosuch");
        String wmts = "/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&STYLE=&FORMAT=image/png&TILEMATRIXSET=GoogleMapsCompatible"
                + "&TILEMATRIX=9&TILEROW=174&TILECOL=359&LAYER=";
        sameAsMissing(wmts + "okrugs", wmts + "nosuch");
        sameAsMissing("/tiles/okrugs/default" + TILE, "/tiles/nosuch/default" + TILE);
        sameAsMissing("/ogcapi/collections/okrugs", "/ogcapi/collections/nosuch");
        sameAsMissing("/ogcapi/collections/okrugs/items?limit=1", "/ogcapi/collections/nosuch/items?limit=1");
        sameAsMissing("/api/layers/okrugs", "/api/layers/nosuch");
        sameAsMissing("/metadata/layers/okrugs.xml", "/metadata/layers/nosuch.xml");
        assertThat(get("/metadata/layers/okrugs.xml?lang=en", as("viewer")).body()).contains("<gco:CharacterString>Rural okrugs</gco:CharacterString>");
        // the group's legend and record hold only what the viewer sees
        assertThat(get("/metadata/layers/admin.xml", null).status()).isEqualTo(200);
        String print = "/api/print?crs=EPSG:4326&bbox=49,72,50,74&width=300&height=200&dpi=96&layers=";
        sameAsMissing(print + "okrugs", print + "nosuch");
        assertThat(get(print + "okrugs", as("viewer")).header("Content-Type")).isEqualTo("image/png");
        assertThat(get("/api/layers", null).body()).doesNotContain("\"okrugs\"");
        assertThat(get("/ogcapi/collections/okrugs/items?limit=1", as("viewer")).status()).isEqualTo(200);
        assertThat(get("/api/layers/okrugs", as("viewer")).status()).isEqualTo(200);
    }

    /** Same status and content type, same body but for the layer's name: nothing tells that the layer exists. */
    void sameAsMissing(String hidden, String missing) throws Exception {
        Answer h = get(hidden, null);
        Answer m = get(missing, null);
        assertThat(h.status()).as(hidden).isEqualTo(m.status()).isIn(400, 404);
        assertThat(h.header("Content-Type")).as(hidden).isEqualTo(m.header("Content-Type"));
        assertThat(h.body().replace("okrugs", "X")).as(hidden).isEqualTo(m.body().replace("nosuch", "X"));
    }

    @Test
    void aCachedTileOfARestrictedLayerIsNeverServedToAnonymousClients() throws Exception {
        tileCache.invalidateAll();
        Answer seen = get("/tiles/okrugs/default" + TILE, as("viewer"));
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.header("Cache-Control")).contains("private").doesNotContain("public");
        assertThat(tileCache.size()).as("the viewer's metatile is cached").isGreaterThanOrEqualTo(16);
        Answer anonymous = get("/tiles/okrugs/default" + TILE, null);
        assertThat(anonymous.status()).isEqualTo(404);
        assertThat(anonymous.body()).doesNotContain("PNG");
        // The same For an ETag replay and through WMTS and WMS TILED.
        assertThat(call("GET", "/tiles/okrugs/default" + TILE, null, null, null).status()).isEqualTo(404);
        assertThat(get("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&STYLES=&CRS=EPSG:3857&WIDTH=256&HEIGHT=256&FORMAT=image/png&TILED=true"
                + "&LAYERS=okrugs&BBOX=" + bbox3857(9, 359, 174), null).body()).contains("LayerNotDefined");

        // The group holding it: anonymous clients get it without the restricted layer, cached apart.
        Answer full = get("/tiles/admin/default" + TILE, as("viewer"));
        Answer cut = get("/tiles/admin/default" + TILE, null);
        assertThat(full.status()).isEqualTo(200);
        assertThat(cut.status()).isEqualTo(200);
        assertThat(cut.raw().body()).isNotEqualTo(full.raw().body());
        assertThat(get("/tiles/admin/default" + TILE, null).raw().body()).isEqualTo(cut.raw().body());
        assertThat(cut.header("Cache-Control")).contains("public");
        assertThat(full.header("Cache-Control")).contains("private");
    }

    // ---- restricted layers within a territorial scope -------------------------------------------

    static final String SITES = "scoped-sites";

    /**
     * A restricted point layer with one site inside district 352000000 and one inside its neighbour
     * 352100000 (same "352" prefix): a user of the district sees only the first, everywhere.
     */
    @Test
    void aScopedUserSeesARestrictedLayerOnlyWithinTheirTerritory() throws Exception {
        Point a = sitesInBothDistricts();
        Point b = site(NEIGHBOUR);
        user("district", "VIEWER", SCOPE);
        user("neighbour", "VIEWER", NEIGHBOUR);

        // OGC API Features: items and single features; outside the territory as if it did not exist.
        String items = "/ogcapi/collections/" + SITES + "/items?limit=10";
        assertThat(ids(get(items, as("district")))).containsExactly("site-a");
        assertThat(get(items, as("district")).json().get("numberMatched").asInt()).isEqualTo(1);
        assertThat(ids(get(items, as("neighbour")))).containsExactly("site-b");
        assertThat(ids(get(items, admin()))).containsExactlyInAnyOrder("site-a", "site-b");
        assertThat(ids(get(items, as("viewer")))).as("the region holds both districts").containsExactlyInAnyOrder("site-a", "site-b");
        assertThat(get(items, null).status()).isEqualTo(404);
        Answer outside = get("/ogcapi/collections/" + SITES + "/items/site-b", as("district"));
        Answer missing = get("/ogcapi/collections/" + SITES + "/items/site-x", as("district"));
        assertThat(outside.status()).isEqualTo(404).isEqualTo(missing.status());
        assertThat(outside.body().replace("site-b", "X")).isEqualTo(missing.body().replace("site-x", "X"));
        assertThat(get("/ogcapi/collections/" + SITES + "/items/site-a", as("district")).status()).isEqualTo(200);
        assertThat(get("/ogcapi/collections/" + SITES + "/items/site-b", admin()).status()).isEqualTo(200);

        // GetFeatureInfo at each site.
        assertThat(get(featureInfoAt(a), as("district")).body()).contains(SITES + ".site-a");
        assertThat(get(featureInfoAt(b), as("district")).body()).doesNotContain("site-b").contains("FeatureCollection");
        assertThat(get(featureInfoAt(b), admin()).body()).contains(SITES + ".site-b");
        assertThat(get(featureInfoAt(b), null).body()).contains("LayerNotDefined");

        // GetMap drawn afresh around each site.
        assertThat(drawn(get(mapAround(a), as("district")))).isPositive();
        assertThat(drawn(get(mapAround(b), as("district")))).isZero();
        assertThat(drawn(get(mapAround(b), admin()))).isPositive();
        assertThat(get(mapAround(b), null).body()).contains("LayerNotDefined");
    }

    /** The tile cache keeps a territory's tiles apart: neither the whole layer's nor another territory's are served. */
    @Test
    void aTileCachedForOneViewerIsNeverServedToAViewerWithAnotherTerritory() throws Exception {
        Point a = sitesInBothDistricts();
        Point b = site(NEIGHBOUR);
        user("district", "VIEWER", SCOPE);
        user("neighbour", "VIEWER", NEIGHBOUR);
        int z = 12;
        while (z > 0 && !java.util.Arrays.equals(tileAt(a, z), tileAt(b, z))) z--;
        int[] t = tileAt(a, z);
        String tile = "/tiles/" + SITES + "/default/" + z + "/" + t[0] + "/" + t[1] + ".png";

        tileCache.invalidateAll();
        Answer whole = get(tile, admin());
        Answer district = get(tile, as("district"));
        Answer neighbour = get(tile, as("neighbour"));
        assertThat(district.header("Cache-Control")).contains("private").doesNotContain("public");
        assertThat(drawn(district)).isPositive().isLessThan(drawn(whole));
        assertThat(drawn(neighbour)).isPositive().isLessThan(drawn(whole));
        assertThat(district.raw().body()).isNotEqualTo(neighbour.raw().body());
        assertThat(get(tile, null).status()).isEqualTo(404);

        // The other way round: the district's tile first, then the administrator still gets both sites.
        tileCache.invalidateAll();
        assertThat(get(tile, as("district")).raw().body()).isEqualTo(district.raw().body());
        assertThat(get(tile, admin()).raw().body()).isEqualTo(whole.raw().body());
        assertThat(get(tile, as("neighbour")).raw().body()).isEqualTo(neighbour.raw().body());
        // WMTS and WMS TILED answer the district from the same kind of cache, cut the same way.
        String wmts = "/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&STYLE=&FORMAT=image/png&TILEMATRIXSET=GoogleMapsCompatible"
                + "&TILEMATRIX=" + z + "&TILEROW=" + t[1] + "&TILECOL=" + t[0] + "&LAYER=" + SITES;
        assertThat(drawn(get(wmts, as("district")))).isEqualTo(drawn(district));
        String tiled = "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&STYLES=&CRS=EPSG:3857&WIDTH=256&HEIGHT=256&FORMAT=image/png"
                + "&TRANSPARENT=true&TILED=true&LAYERS=" + SITES + "&BBOX=" + bbox3857(z, t[0], t[1]);
        assertThat(drawn(get(tiled, admin()))).isEqualTo(drawn(whole));
        assertThat(drawn(get(tiled, as("district")))).isEqualTo(drawn(district));
    }

    @Autowired
    FeatureLayerStore featureLayers;
    @Autowired
    kz.aumaq.server.catalog.CatalogSync catalogSync;
    @Autowired
    LayerCatalog catalog;
    @Autowired
    AdminUnitRepository units;
    @Autowired
    PlatformTransactionManager transactions;

    /** Publishes the restricted layer {@link #SITES}: site-a in {@link #SCOPE}, site-b in {@link #NEIGHBOUR}; answers site-a. */
    Point sitesInBothDistricts() throws Exception {
        Point a = site(SCOPE);
        Point b = site(NEIGHBOUR);
        Geometry district = units.findByKato(Kato.of(SCOPE), LocalDate.now()).orElseThrow().geometry();
        assertThat(district.intersects(b)).as("the neighbour's site lies outside the district").isFalse();
        FeatureLayerInfo info = new FeatureLayerInfo(SITES, LocalizedText.of("Sites"), "point",
                List.of(new FieldInfo("name", "string", LocalizedText.of("name"))), "scope-test-" + System.nanoTime());
        new TransactionTemplate(transactions).executeWithoutResult(s -> featureLayers.replace(info, List.of(
                new Feature("site-a", a, Map.of("name", "site-a")), new Feature("site-b", b, Map.of("name", "site-b")))));
        catalogSync.reload();
        Answer restricted = json("PATCH", "/api/layers/" + SITES, admin(), "{\"visibility\": \"restricted\"}");
        assertThat(restricted.status()).as(restricted.body()).isEqualTo(200);
        return a;
    }

    /** A point well inside the unit. */
    Point site(String kato) {
        return units.findByKato(Kato.of(kato), LocalDate.now()).orElseThrow().geometry().getInteriorPoint();
    }

    static List<String> ids(Answer items) {
        assertThat(items.status()).as(items.body()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        for (JsonNode f : items.json().get("features")) out.add(f.get("id").asString());
        return out;
    }

    static String mapAround(Point p) {
        return "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&STYLES=&CRS=EPSG:4326&WIDTH=64&HEIGHT=64&FORMAT=image/png&TRANSPARENT=true"
                + "&LAYERS=" + SITES + "&BBOX=" + (p.getY() - 0.05) + "," + (p.getX() - 0.05) + "," + (p.getY() + 0.05) + "," + (p.getX() + 0.05);
    }

    static String featureInfoAt(Point p) {
        return mapAround(p).replace("REQUEST=GetMap", "REQUEST=GetFeatureInfo") + "&I=32&J=32&INFO_FORMAT=application/json&QUERY_LAYERS=" + SITES;
    }

    /** How many pixels of a transparent PNG are not transparent. */
    static int drawn(Answer png) throws Exception {
        assertThat(png.header("Content-Type")).as(png.body()).startsWith("image/png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.raw().body()));
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) if ((image.getRGB(x, y) >>> 24) != 0) n++;
        }
        return n;
    }

    /** The XYZ column and row holding this lon/lat point. */
    static int[] tileAt(Point p, int z) {
        double n = 1 << z;
        double lat = Math.toRadians(p.getY());
        int x = (int) Math.floor((p.getX() + 180) / 360 * n);
        int y = (int) Math.floor((1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2 * n);
        return new int[] {x, y};
    }

    static String bbox3857(int z, int x, int y) {
        double size = 2 * Math.PI * 6378137 / (1 << z);
        double minX = -Math.PI * 6378137 + x * size;
        double maxY = Math.PI * 6378137 - y * size;
        return minX + "," + (maxY - size) + "," + (minX + size) + "," + maxY;
    }

    // ---- sign-in: sessions and CSRF, lockout, tokens -----------------------------------------------

    @Test
    void aBrowserSessionNeedsTheCsrfTokenForChanges() throws Exception {
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = browser.send(request("/login").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("login.js");
        // Signing in without the token is refused too; with it, the session starts.
        HttpResponse<String> noToken = browser.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form("admin", TestUsers.ADMIN_PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(noToken.statusCode()).isEqualTo(403);
        HttpResponse<String> wrong = browser.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", xsrf(cookies)).POST(form("admin", "wrong-password")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.headers().firstValue("Location").orElse("")).endsWith("/login?error");
        HttpResponse<String> unknown = browser.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", xsrf(cookies)).POST(form("nobody-" + UUID.randomUUID(), "wrong-password")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.headers().firstValue("Location")).isEqualTo(wrong.headers().firstValue("Location"));
        HttpResponse<String> in = browser.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", xsrf(cookies)).POST(form("admin", TestUsers.ADMIN_PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(in.statusCode()).isEqualTo(302);
        assertThat(in.headers().firstValue("Location").orElse("")).doesNotContain("error");
        HttpResponse<String> me = browser.send(request("/api/me").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(me.body()).contains("\"username\":\"admin\"");

        String patch = "{\"attribution\": \"csrf test\"}";
        HttpResponse<String> forged = browser.send(request("/api/layers/regions").header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(patch)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("CSRF");
        HttpResponse<String> badToken = browser.send(request("/api/layers/regions").header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", "not-the-token").method("PATCH", HttpRequest.BodyPublishers.ofString(patch)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(badToken.statusCode()).isEqualTo(403);
        // Replaying Basic credentials from a request another site started needs the token as well.
        HttpResponse<String> crossSite = http.send(request("/api/layers/regions").header("Content-Type", "application/json")
                .header("Authorization", admin()).header("Sec-Fetch-Site", "cross-site")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(patch)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(crossSite.statusCode()).isEqualTo(403);
        HttpResponse<String> real = browser.send(request("/api/layers/regions").header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", xsrf(cookies)).method("PATCH", HttpRequest.BodyPublishers.ofString(patch)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(real.statusCode()).as(real.body()).isEqualTo(200);
        // Signing out ends the session.
        browser.send(request("/logout").header("X-XSRF-TOKEN", xsrf(cookies)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(browser.send(request("/api/me").GET().build(), HttpResponse.BodyHandlers.ofString()).body()).contains("\"authenticated\":false");
        // A page that needs a role sends a browser to the login page, not a 401.
        HttpResponse<String> admin = browser.send(request("/admin/users.html").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(admin.statusCode()).isEqualTo(302);
        assertThat(admin.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    static HttpRequest.BodyPublisher form(String user, String password) {
        return HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8));
    }

    static String xsrf(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
                .filter(v -> !v.isEmpty()).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void repeatedFailuresLockTheAccountWithTheSameAnswerAsAWrongPassword() throws Exception {
        String name = "locky-" + UUID.randomUUID().toString().substring(0, 8);
        user(name, "VIEWER", SCOPE);
        assertThat(get("/api/me", as(name)).json().get("username").asString()).isEqualTo(name);
        String unknownUser = get("/api/me", TestUsers.basic("nobody-" + UUID.randomUUID(), PASSWORD)).body();
        for (int i = 0; i < 5; i++) {
            Answer wrong = get("/api/me", TestUsers.basic(name, "wrong-" + i));
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.body()).isEqualTo(unknownUser);
        }
        Answer locked = get("/api/me", as(name));
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.body()).isEqualTo(unknownUser).doesNotContain("lock " + name);
        assertThat(get("/api/users/" + name, admin()).json().get("locked").asBoolean()).isTrue();
        assertThat(get("/api/audit?action=user.locked&object=" + name, admin()).json().get("numberMatched").asLong()).isEqualTo(1);
        assertThat(json("PATCH", "/api/users/" + name, admin(), "{\"unlock\": true}").status()).isEqualTo(200);
        assertThat(get("/api/me", as(name)).status()).isEqualTo(200);
    }

    @Test
    void aChangedPasswordOrADisabledAccountStopsWorkingAtOnce() throws Exception {
        String name = "changer-" + UUID.randomUUID().toString().substring(0, 8);
        user(name, "VIEWER", SCOPE);
        // Signed in twice: the second time from the recent-check cache (clients send Basic with every tile).
        assertThat(get("/api/me", as(name)).status()).isEqualTo(200);
        assertThat(get("/api/me", as(name)).status()).isEqualTo(200);
        Answer changed = json("POST", "/api/me/password", as(name), "{\"current\": \"" + PASSWORD + "\", \"password\": \"another-password-1\"}");
        assertThat(changed.status()).isEqualTo(204);
        assertThat(get("/api/me", as(name)).status()).isEqualTo(401);
        assertThat(get("/api/me", TestUsers.basic(name, "another-password-1")).status()).isEqualTo(200);
        assertThat(json("PATCH", "/api/users/" + name, admin(), "{\"enabled\": false}").status()).isEqualTo(200);
        assertThat(get("/api/me", TestUsers.basic(name, "another-password-1")).status()).isEqualTo(401);
        assertThat(json("POST", "/api/me/password", admin(), "{\"current\": \"wrong\", \"password\": \"another-password-1\"}").status())
                .isEqualTo(400);
    }

    @Test
    void apiTokensSignInProgramsAndStopWorkingWhenRevoked() throws Exception {
        Answer created = json("POST", "/api/tokens", as("viewer"), "{\"name\": \"qgis\"}");
        assertThat(created.status()).isEqualTo(201);
        String token = created.json().get("token").asString();
        assertThat(token).startsWith("aq_");
        String bearer = "Bearer " + token;
        assertThat(get("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities", bearer).body()).contains("<Name>okrugs</Name>");
        assertThat(get("/tiles/okrugs/default" + TILE, bearer).status()).isEqualTo(200);
        assertThat(get("/api/me", bearer).json().get("username").asString()).isEqualTo("viewer");
        assertThat(json("PATCH", "/api/layers/regions", bearer, "{\"attribution\": \"x\"}").status()).isEqualTo(403);
        assertThat(get("/api/tokens", as("viewer")).body()).contains("\"qgis\"").doesNotContain(token);
        long id = created.json().get("id").asLong();
        assertThat(call("DELETE", "/api/tokens/" + id, as("editor"), null, null).status()).isEqualTo(404);
        assertThat(call("DELETE", "/api/tokens/" + id, as("viewer"), null, null).status()).isEqualTo(204);
        assertThat(get("/api/me", bearer).status()).isEqualTo(401);
        assertThat(get("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities", "Bearer aq_made-up").status()).isEqualTo(401);
    }

    // ---- audit trail ---------------------------------------------------------------------------

    @Test
    void changesAreAuditedWithWhoWhenWhereAndTheValuesBeforeAndAfter() throws Exception {
        String mark = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(json("PATCH", "/api/layers/districts", as("editor"), "{\"attribution\": \"" + mark + "\"}").status()).isEqualTo(200);
        JsonNode page = get("/api/audit?type=layer&object=districts&actor=editor&limit=1", admin()).json();
        assertThat(page.get("numberReturned").asInt()).isEqualTo(1);
        JsonNode entry = page.get("entries").get(0);
        assertThat(entry.get("action").asString()).isEqualTo("layer.update");
        assertThat(entry.get("actor").asString()).isEqualTo("editor");
        assertThat(entry.get("address").asString()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(entry.get("after").get("attribution").asString()).isEqualTo(mark);
        assertThat(entry.get("before").get("attribution").asString()).isNotEqualTo(mark);
        assertThat(entry.get("at").asString()).isNotBlank();
        // Users are audited without passwords; paging and filters; CSV for spreadsheets.
        assertThat(get("/api/audit?type=user&action=user.create&limit=1000", admin()).body()).contains("\"editor\"").doesNotContain(PASSWORD, "bcrypt");
        JsonNode one = get("/api/audit?limit=1&offset=1", admin()).json();
        assertThat(one.get("numberMatched").asLong()).isGreaterThan(1);
        assertThat(get("/api/audit?from=2999-01-01", admin()).json().get("numberMatched").asLong()).isZero();
        assertThat(get("/api/audit?from=someday", admin()).status()).isEqualTo(400);
        Answer csv = get("/api/audit?format=csv&type=layer&object=districts", admin());
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("id,at,actor,address,action,object_type,object_id,before,after\r\n").contains(mark);
        // Only administrators read it; nobody changes it.
        assertThat(get("/api/audit", as("editor")).status()).isEqualTo(403);
        assertThat(call("DELETE", "/api/audit", admin(), null, null).status()).isEqualTo(405);
        assertThat(json("PUT", "/api/audit", admin(), "{}").status()).isEqualTo(405);
        assertThat(json("POST", "/api/audit", admin(), "{}").status()).isEqualTo(405);
    }

    // ---- limits and headers ---------------------------------------------------------------------

    @Test
    void answersCarrySecureHeadersAndNeverAStackTrace() throws Exception {
        Answer page = get("/", null);
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'", "frame-ancestors 'none'");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.header("Referrer-Policy")).isEqualTo("same-origin");
        // Public tiles set no cookie, so shared caches may keep them.
        assertThat(get("/tiles/regions/default/4/11/5.png", null).raw().headers().allValues("Set-Cookie")).isEmpty();
        for (Answer bad : List.of(get("/api/units?level=planet", null), json("PATCH", "/api/layers/regions", admin(), "{broken"),
                json("POST", "/api/users", admin(), "[1, 2"), get("/api/audit?limit=-5", admin()), get("/api/units/abc", null))) {
            assertThat(bad.status()).isBetween(400, 499);
            assertThat(bad.body()).doesNotContain("Exception", "\tat ", "SELECT ", "trace");
        }
    }

    // ---- helpers -----------------------------------------------------------------------------

    Answer uploadValues(String auth, String csv, String indicator, boolean dryRun) throws Exception {
        return upload(auth, "values.csv", csv.getBytes(StandardCharsets.UTF_8), "target", "values", "indicator", indicator, "level", "district",
                "dryRun", Boolean.toString(dryRun));
    }

    Answer uploadUnits(String auth) throws Exception {
        return upload(auth, "units.geojson", "{\"type\":\"FeatureCollection\",\"features\":[]}".getBytes(StandardCharsets.UTF_8),
                "target", "units", "level", "okrug");
    }

    Answer upload(String auth, String name, byte[] content, String... fields) throws Exception {
        String boundary = "aumaq" + UUID.randomUUID();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.length; i += 2) {
            b.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(fields[i]).append("\"\r\n\r\n")
                    .append(fields[i + 1]).append("\r\n");
        }
        b.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"").append(name)
                .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n").append(new String(content, StandardCharsets.UTF_8))
                .append("\r\n--").append(boundary).append("--\r\n");
        return call("POST", "/api/ingest/jobs", auth, "multipart/form-data; boundary=" + boundary, b.toString());
    }

    JsonNode await(String id, String auth) throws Exception {
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until) {
            JsonNode j = get("/api/ingest/jobs/" + id, auth).json();
            String s = j.get("status").asString();
            if (!s.equals("queued") && !s.equals("running")) return j;
            Thread.sleep(100);
        }
        throw new AssertionError("job " + id + " did not finish");
    }

    static JsonNode finding(JsonNode job, String code) {
        List<String> codes = new ArrayList<>();
        for (JsonNode f : job.get("report").get("findings")) {
            if (f.get("code").asString().equals(code)) return f;
            codes.add(f.get("code").asString());
        }
        throw new AssertionError("no finding " + code + " in " + codes);
    }
}
