package kz.aumaq.server.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import kz.aumaq.gis.layer.Layer;
import kz.aumaq.gis.layer.LayerCatalog;
import kz.aumaq.gis.tile.TileCache;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * WMS and XYZ tiles over HTTP against the demo territory; the same assertions run on H2GIS and
 * PostGIS. The pixel over Astana (51.13 N, 71.43 E) must answer KATO 710000000 in every CRS and
 * axis order: that is the proof the axis handling is right.
 */
abstract class WmsContract {

    private static final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    LayerCatalog catalog;

    @Autowired
    TileCache tileCache;

    record Answer(int status, String contentType, byte[] body, HttpResponse<byte[]> raw) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        BufferedImage image() throws Exception {
            return ImageIO.read(new ByteArrayInputStream(body));
        }
    }

    Answer get(String pathAndQuery, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery));
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
    }

    private static final String GFI = "/wms?SERVICE=WMS&REQUEST=GetFeatureInfo&LAYERS=regions&QUERY_LAYERS=regions&STYLES="
            + "&WIDTH=101&HEIGHT=101&I=50&J=50&INFO_FORMAT=application/json";

    @Test
    void featureInfoOverAstanaIsAstanaInEveryCrsAndAxisOrder() throws Exception {
        // A 0.02° box centred on 51.13 N, 71.43 E; pixel 50,50 is its centre.
        assertThat(get(GFI + "&VERSION=1.3.0&CRS=EPSG:4326&BBOX=51.12,71.42,51.14,71.44").text()).contains("\"kato\":\"710000000\"");
        assertThat(get(GFI + "&VERSION=1.3.0&CRS=CRS:84&BBOX=71.42,51.12,71.44,51.14").text()).contains("\"kato\":\"710000000\"");
        assertThat(get(GFI.replace("&I=50&J=50", "&X=50&Y=50") + "&VERSION=1.1.1&SRS=EPSG:4326&BBOX=71.42,51.12,71.44,51.14").text())
                .contains("\"kato\":\"710000000\"");
        // EPSG:3857: 71.43 E, 51.13 N = 7951499.6, 6643636.6 (± 1 km box).
        assertThat(get(GFI + "&VERSION=1.3.0&CRS=EPSG:3857&BBOX=7950499.6,6642636.6,7952499.6,6644636.6").text())
                .contains("\"kato\":\"710000000\"");
        // The wrong axis order lands in the Indian Ocean: nothing there.
        assertThat(get(GFI + "&VERSION=1.3.0&CRS=EPSG:4326&BBOX=71.42,51.12,71.44,51.14").text()).contains("\"features\":[]");
    }

    @Test
    void capabilitiesAreServedAtWmsAndOwsWithWorkingLegendUrls() throws Exception {
        Answer caps = get("/ows?SERVICE=WMS&REQUEST=GetCapabilities&LANGUAGE=en");
        assertThat(caps.status()).isEqualTo(200);
        assertThat(caps.contentType()).startsWith("text/xml");
        assertThat(caps.text()).contains("<Name>admin</Name>", "<Name>regions</Name>", "<Name>settlements</Name>", "<Title>Regions</Title>",
                "<CRS>EPSG:32645</CRS>", "http://localhost:" + port + "/ows?");
        String legend = caps.text().replaceAll("(?s).*?xlink:href=\"([^\"]*REQUEST=GetLegendGraphic[^\"]*)\".*", "$1").replace("&amp;", "&");
        Answer png = get(URI.create(legend).getRawPath() + "?" + URI.create(legend).getRawQuery());
        assertThat(png.contentType()).isEqualTo("image/png");
        assertThat(png.image().getHeight()).isGreaterThan(10);
        Answer v111 = get("/wms?SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.1.1");
        assertThat(v111.contentType()).startsWith("application/vnd.ogc.wms_xml");
        assertThat(v111.text()).contains("<WMT_MS_Capabilities", "<SRS>EPSG:4326</SRS>");
    }

    @Test
    void getMapSpeaksPngPng8AndJpeg() throws Exception {
        String base = "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=admin&STYLES=&CRS=EPSG:3857"
                + "&BBOX=5000000,4800000,9800000,7500000&WIDTH=320&HEIGHT=180&FORMAT=";
        Answer png = get(base + "image/png");
        assertThat(png.contentType()).isEqualTo("image/png");
        assertThat(get(base + "image/png;%20mode=24bit").body()[25]).as("true colour on request").isEqualTo((byte) 2);
        assertThat(nonWhite(png.image())).isGreaterThan(320 * 180 / 4);
        Answer png8 = get(base + "image/png8");
        assertThat(png8.body()[25]).as("palette").isEqualTo((byte) 3);
        Answer transparent = get(base + "image/png&TRANSPARENT=true");
        assertThat(transparent.body()[25]).as("RGBA").isEqualTo((byte) 6);
        assertThat(transparent.image().getRGB(0, 0) >>> 24).isZero();
        Answer jpeg = get(base + "image/jpeg");
        assertThat(jpeg.contentType()).isEqualTo("image/jpeg");
        assertThat(jpeg.image().getWidth()).isEqualTo(320);
    }

    @Test
    void labelsFollowLanguageAndPrintDpiEnlargesThem() throws Exception {
        String base = "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=regions&STYLES=&CRS=EPSG:4326"
                + "&BBOX=40.5,46.4,55.5,87.4&WIDTH=800&HEIGHT=400&FORMAT=image/png";
        BufferedImage kk = get(base).image();
        BufferedImage en = get(base + "&LANGUAGE=en").image();
        assertThat(differing(kk, en)).isGreaterThan(500);
        // For print, lines are drawn wider at a higher DPI (unlabelled style, so label collisions don't blur it).
        String plain = base.replace("STYLES=", "STYLES=plain-regions");
        assertThat(nonWhite(get(plain + "&DPI=180").image())).isGreaterThan(nonWhite(get(plain).image()) * 3 / 2);
    }

    @Test
    void errorsAreServiceExceptionReportsNeverServerErrors() throws Exception {
        Answer missing = get("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=nowhere&STYLES=&CRS=EPSG:4326&BBOX=1,2,3,4&WIDTH=10&HEIGHT=10&FORMAT=image/png");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.text()).contains("code=\"LayerNotDefined\"", "locator=\"LAYERS\"");
        Answer huge = get("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=regions&STYLES=&CRS=EPSG:4326&BBOX=1,2,3,4&WIDTH=5000&HEIGHT=10&FORMAT=image/png");
        assertThat(huge.text()).contains("code=\"InvalidParameterValue\"", "4096");
        Answer garbage = get("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=regions&STYLES=&CRS=EPSG:4326&BBOX=a,b,c,d&WIDTH=x&HEIGHT=10&FORMAT=image/png");
        assertThat(garbage.status()).isEqualTo(400);
        Answer srs = get("/wms?SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&LAYERS=regions&STYLES=&SRS=EPSG:9999&BBOX=1,2,3,4&WIDTH=10&HEIGHT=10&FORMAT=image/png");
        assertThat(srs.contentType()).startsWith("application/vnd.ogc.se_xml");
        assertThat(srs.text()).contains("code=\"InvalidSRS\"");
    }

    /** Every exception code from a real bad request over HTTP (LayerNotQueryable has its own test). */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "InvalidFormat|VERSION=1.3.0&REQUEST=GetMap&LAYERS=regions&STYLES=&CRS=EPSG:4326&BBOX=40,46,56,88&WIDTH=10&HEIGHT=10&FORMAT=image/gif",
        "InvalidFormat|VERSION=1.3.0&REQUEST=GetFeatureInfo&LAYERS=regions&QUERY_LAYERS=regions&STYLES=&CRS=EPSG:4326&BBOX=40,46,56,88&WIDTH=10&HEIGHT=10&I=1&J=1&INFO_FORMAT=application/pdf",
        "InvalidCRS|VERSION=1.3.0&REQUEST=GetMap&LAYERS=regions&STYLES=&CRS=EPSG:2154&BBOX=40,46,56,88&WIDTH=10&HEIGHT=10&FORMAT=image/png",
        "InvalidSRS|VERSION=1.1.1&REQUEST=GetMap&LAYERS=regions&STYLES=&SRS=EPSG:2154&BBOX=46,40,88,56&WIDTH=10&HEIGHT=10&FORMAT=image/png",
        "LayerNotDefined|VERSION=1.3.0&REQUEST=GetMap&LAYERS=regions,lakes&STYLES=&CRS=EPSG:4326&BBOX=40,46,56,88&WIDTH=10&HEIGHT=10&FORMAT=image/png",
        "LayerNotDefined|VERSION=1.3.0&REQUEST=GetLegendGraphic&LAYER=lakes&FORMAT=image/png",
        "StyleNotDefined|VERSION=1.3.0&REQUEST=GetMap&LAYERS=regions&STYLES=districts&CRS=EPSG:4326&BBOX=40,46,56,88&WIDTH=10&HEIGHT=10&FORMAT=image/png",
        "InvalidPoint|VERSION=1.3.0&REQUEST=GetFeatureInfo&LAYERS=regions&QUERY_LAYERS=regions&STYLES=&CRS=EPSG:4326&BBOX=40,46,56,88&WIDTH=10&HEIGHT=10&I=-1&J=1&INFO_FORMAT=text/plain",
        "InvalidPoint|VERSION=1.1.1&REQUEST=GetFeatureInfo&LAYERS=regions&QUERY_LAYERS=regions&STYLES=&SRS=EPSG:4326&BBOX=46,40,88,56&WIDTH=10&HEIGHT=10&X=3&Y=10&INFO_FORMAT=text/plain",
        "OperationNotSupported|VERSION=1.3.0&REQUEST=DescribeLayer&LAYERS=regions",
        "MissingParameterValue|VERSION=1.3.0&REQUEST=GetMap&LAYERS=regions&STYLES=&BBOX=40,46,56,88&WIDTH=10&HEIGHT=10&FORMAT=image/png",
        "MissingParameterValue|VERSION=1.3.0&REQUEST=GetFeatureInfo&LAYERS=regions&STYLES=&CRS=EPSG:4326&BBOX=40,46,56,88&WIDTH=10&HEIGHT=10&I=1&J=1",
        "InvalidParameterValue|VERSION=1.3.0&REQUEST=GetMap&LAYERS=regions&STYLES=&CRS=EPSG:4326&BBOX=40,46,40,88&WIDTH=10&HEIGHT=10&FORMAT=image/png",
        "InvalidParameterValue|VERSION=1.3.0&REQUEST=GetMap&LAYERS=regions&STYLES=&CRS=EPSG:4326&BBOX=40,46,56,88&WIDTH=0&HEIGHT=10&FORMAT=image/png",
        "InvalidParameterValue|VERSION=9.9.9&REQUEST=GetMap&LAYERS=regions&STYLES=&CRS=EPSG:4326&BBOX=40,46,56,88&WIDTH=10&HEIGHT=10&FORMAT=image/png",
        "InvalidParameterValue|VERSION=1.3.0&REQUEST=GetMap&LAYERS=regions&STYLES=&CRS=EPSG:4326&BBOX=40,46,56,88&WIDTH=10&HEIGHT=10&FORMAT=image/png&DPI=5000",
        "InvalidParameterValue|VERSION=1.3.0&REQUEST=GetMap&LAYERS=regions&STYLES=&CRS=EPSG:4326&BBOX=40,46,56,88&WIDTH=10&HEIGHT=10&FORMAT=image/png&TIME=yesterday",
    })
    void everyExceptionCodeComesFromARealBadRequest(String code, String query) throws Exception {
        Answer r = get("/wms?SERVICE=WMS&" + query);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.text()).contains("<ServiceExceptionReport", "code=\"" + code + "\"");
    }

    /** Garbage in every parameter of every operation: a 4xx or an answer, never a server error. */
    @Test
    void noBadRequestEverAnswers500() throws Exception {
        java.util.Random random = new java.util.Random(42);
        String[] junk = {"", "-1", "0", "1e309", "NaN", "abc", "%00", "%FF%FE", "1,2,3", "9999999999", "-180,-90,180,90",
            "EPSG:4326", "image/png", "regions", "%27%20OR%201=1", "../../etc/passwd", "1.3.0", "1.1.1", "true", "%E2%80%AE"};
        String[] base = {
            "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=admin&STYLES=&CRS=EPSG:3857&BBOX=5000000,4800000,9800000,7500000&WIDTH=64&HEIGHT=64&FORMAT=image/png",
            "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetFeatureInfo&LAYERS=regions&QUERY_LAYERS=regions&STYLES=&CRS=EPSG:4326&BBOX=40,46,56,88&WIDTH=10&HEIGHT=10&I=5&J=5&INFO_FORMAT=text/html&FEATURE_COUNT=3",
            "/wms?SERVICE=WMS&VERSION=1.1.1&REQUEST=GetLegendGraphic&LAYER=regions&FORMAT=image/png&WIDTH=20&HEIGHT=20&SCALE=1000000",
            "/wmts?SERVICE=WMTS&VERSION=1.0.0&REQUEST=GetTile&LAYER=admin&STYLE=default&FORMAT=image/png&TILEMATRIXSET=GoogleMapsCompatible&TILEMATRIX=3&TILEROW=2&TILECOL=5",
            "/wms?SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.3.0&UPDATESEQUENCE=1&LANGUAGE=ru",
        };
        for (int i = 0; i < 150; i++) {
            String url = base[i % base.length];
            String[] parts = url.split("[?&]");
            StringBuilder b = new StringBuilder(parts[0]).append('?');
            for (int k = 1; k < parts.length; k++) {
                String[] kv = parts[k].split("=", 2);
                String value = random.nextInt(3) == 0 ? junk[random.nextInt(junk.length)] : kv[1];
                if (random.nextInt(10) == 0) continue;
                b.append(kv[0]).append('=').append(value).append('&');
            }
            Answer r = get(b.toString());
            assertThat(r.status()).as(b.toString()).isLessThan(500);
        }
        for (String tile : new String[] {"/tiles/admin/default/-1/0/0.png", "/tiles/admin/default/99/0/0.png", "/tiles/admin/default/a/b/c.png",
            "/tiles/admin/default/3/2/2.png?lang=xx", "/tiles/admin/default/3/2/2.png?date=2024-99-99", "/tiles/admin/%2e%2e/3/2/2.png",
            "/tiles/admin/default/3/2/2.png?transparent=maybe", "/wmts?SERVICE=WMTS&REQUEST=GetTile&TILEROW=%FF",
            "/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=%00&STYLE=&FORMAT=image/png&TILEMATRIXSET=WorldCRS84Quad&TILEMATRIX=0&TILEROW=0&TILECOL=0",
            "/tiles/a%00b/default/3/2/2.png"}) {
            assertThat(get(tile).status()).as(tile).isLessThan(500);
        }
        assertThat(send("POST", "/api/tiles/seed", "{not json").status()).isEqualTo(400);
        Answer undecodable = get("/wms?SERVICE=WMS&REQUEST=GetMap&WIDTH=%FF%FE");
        assertThat(undecodable.status()).isEqualTo(400);
        assertThat(undecodable.text()).contains("code=\"InvalidParameterValue\"");
    }

    @Test
    void updateSequenceCodesOverHttp() throws Exception {
        long current = catalog.updateSequence();
        assertThat(get("/wms?SERVICE=WMS&REQUEST=GetCapabilities&UPDATESEQUENCE=" + current).text()).contains("code=\"CurrentUpdateSequence\"");
        assertThat(get("/wms?SERVICE=WMS&REQUEST=GetCapabilities&UPDATESEQUENCE=" + (current + 1)).text()).contains("code=\"InvalidUpdateSequence\"");
    }

    @Test
    void aLayerThatIsNotQueryableSaysSo() throws Exception {
        Layer okrugs = catalog.layer("okrugs").orElseThrow();
        catalog.putLayer(new Layer("okrugs-view", okrugs.title(), okrugs.abstractText(), okrugs.keywords(), okrugs.source(), false,
                okrugs.defaultStyle(), okrugs.styles(), 0, 0, okrugs.visibility(), okrugs.attribution()));
        try {
            Answer r = get("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetFeatureInfo&LAYERS=okrugs-view&QUERY_LAYERS=okrugs-view&STYLES="
                    + "&CRS=EPSG:4326&BBOX=50,70,52,72&WIDTH=10&HEIGHT=10&I=5&J=5&INFO_FORMAT=text/plain");
            assertThat(r.text()).contains("code=\"LayerNotQueryable\"");
        } finally {
            catalog.removeLayer("okrugs-view");
        }
    }

    @Test
    void xyzTilesAreCachedAndRevalidatedWithEtags() throws Exception {
        Answer first = get("/tiles/admin/default/5/22/10.png");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.contentType()).isEqualTo("image/png");
        assertThat(first.image().getWidth()).isEqualTo(256);
        String etag = first.raw().headers().firstValue("ETag").orElseThrow();
        assertThat(first.raw().headers().firstValue("Cache-Control").orElseThrow()).contains("max-age");
        assertThat(get("/tiles/admin/default/5/22/10.png", "If-None-Match", etag).status()).isEqualTo(304);
        // The metatile rendered the neighbours too.
        long cached = tileCache.size();
        assertThat(cached).isGreaterThanOrEqualTo(16);
        get("/tiles/admin/default/5/23/10.png");
        assertThat(tileCache.size()).isEqualTo(cached);
        assertThat(get("/tiles/nowhere/default/5/22/10.png").status()).isEqualTo(404);
        assertThat(get("/tiles/admin/default/5/99/10.png").status()).isEqualTo(404);
        assertThat(get("/tiles/regions/nostyle/5/22/10.png").status()).isEqualTo(404);
        assertThat(get("/tiles/regions/default/5/22/10.gif").status()).isEqualTo(400);
    }

    @Test
    void aStyleChangeDropsTheTilesOfTheLayersUsingIt() throws Exception {
        get("/tiles/regions/default/6/44/20.png");
        get("/tiles/districts/default/6/44/20.png");
        long before = tileCache.size();
        catalog.putStyle(catalog.style("regions").orElseThrow());
        long after = tileCache.size();
        assertThat(after).isLessThan(before);
        assertThat(get("/tiles/regions/default/6/44/20.png").status()).isEqualTo(200);
    }

    @Test
    void tiledGetMapComesFromTheTileCache() throws Exception {
        tileCache.invalidateAll();
        // Tile 6/44/20 in EPSG:3857 metres.
        double size = 2 * Math.PI * 6378137 / 64;
        double minX = -Math.PI * 6378137 + 44 * size;
        double maxY = Math.PI * 6378137 - 20 * size;
        String bbox = minX + "," + (maxY - size) + "," + (minX + size) + "," + maxY;
        Answer r = get("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=regions&STYLES=&CRS=EPSG:3857&WIDTH=256&HEIGHT=256"
                + "&FORMAT=image/png&TILED=true&BBOX=" + bbox);
        assertThat(r.status()).isEqualTo(200);
        assertThat(tileCache.size()).isGreaterThanOrEqualTo(16);
        Answer fresh = get("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=regions&STYLES=&CRS=EPSG:3857&WIDTH=256&HEIGHT=256"
                + "&FORMAT=image/png&BBOX=" + bbox);
        assertThat(fresh.status()).isEqualTo(200);
        assertThat(nonWhite(fresh.image())).isGreaterThan(0);
    }

    @Test
    void wmtsServesBothMatrixSetsFromTheSameTiles() throws Exception {
        Answer caps = get("/wmts?SERVICE=WMTS&REQUEST=GetCapabilities&LANGUAGE=ru");
        assertThat(caps.status()).isEqualTo(200);
        assertThat(caps.text()).contains("<ows:Identifier>admin</ows:Identifier>", "<ows:Title>Области</ows:Title>",
                "<ows:Identifier>GoogleMapsCompatible</ows:Identifier>", "<ows:Identifier>WorldCRS84Quad</ows:Identifier>",
                "<TopLeftCorner>-180 90</TopLeftCorner>", "<MatrixWidth>2</MatrixWidth>");
        Answer mercator = get("/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=admin&STYLE=default&FORMAT=image/png"
                + "&TILEMATRIXSET=GoogleMapsCompatible&TILEMATRIX=5&TILEROW=10&TILECOL=22");
        Answer xyz = get("/tiles/admin/default/5/22/10.png");
        assertThat(mercator.contentType()).isEqualTo("image/png");
        assertThat(mercator.body()).isEqualTo(xyz.body());
        Answer geographic = get("/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=regions&STYLE=&FORMAT=image/png"
                + "&TILEMATRIXSET=WorldCRS84Quad&TILEMATRIX=3&TILEROW=1&TILECOL=9");
        assertThat(geographic.status()).isEqualTo(200);
        assertThat(geographic.image().getWidth()).isEqualTo(256);
        Answer outside = get("/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=regions&STYLE=&FORMAT=image/png"
                + "&TILEMATRIXSET=WorldCRS84Quad&TILEMATRIX=0&TILEROW=0&TILECOL=2");
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.text()).contains("exceptionCode=\"TileOutOfRange\"");
        Answer unknown = get("/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=nowhere&STYLE=&FORMAT=image/png"
                + "&TILEMATRIXSET=WorldCRS84Quad&TILEMATRIX=0&TILEROW=0&TILECOL=0");
        assertThat(unknown.text()).contains("exceptionCode=\"InvalidParameterValue\"");
    }

    /** As the administrator: the tile cache is the GIS team's. */
    Answer send(String method, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .header("Authorization", kz.aumaq.server.security.TestUsers.admin())
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
    }

    @Test
    void seedingFillsTheCacheInTheBackgroundAndTruncatingEmptiesIt() throws Exception {
        tileCache.invalidateAll();
        Answer started = send("POST", "/api/tiles/seed",
                "{\"layer\":\"admin\",\"bbox\":[70,50,73,52],\"minZoom\":4,\"maxZoom\":8}");
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        String location = started.raw().headers().firstValue("Location").orElseThrow();
        String path = URI.create(location).getPath();
        String state = "";
        for (int i = 0; i < 300 && !state.contains("\"state\":\"done\""); i++) {
            Thread.sleep(100);
            state = send("GET", path, null).text();
        }
        assertThat(state).contains("\"state\":\"done\"", "\"percent\":100.0");
        long seeded = tileCache.size();
        assertThat(seeded).isGreaterThanOrEqualTo(16);
        assertThat(send("POST", "/api/tiles/seed", "{\"layer\":\"admin\",\"bbox\":[70,52,73,50],\"minZoom\":4,\"maxZoom\":8}").status()).isEqualTo(400);
        // minLon east of maxLon: across the antimeridian, both sides are seeded (zoom 3: rows 1–2 of column 7 and of column 0)
        Answer across = send("POST", "/api/tiles/seed", "{\"layer\":\"admin\",\"bbox\":[170,60,-170,70],\"minZoom\":3,\"maxZoom\":3}");
        assertThat(across.status()).as(across.text()).isEqualTo(202);
        assertThat(across.text()).contains("\"tiles\":4");
        String acrossPath = URI.create(across.raw().headers().firstValue("Location").orElseThrow()).getPath();
        for (int i = 0; i < 300 && !send("GET", acrossPath, null).text().contains("\"state\":\"done\""); i++) Thread.sleep(100);
        assertThat(send("GET", acrossPath, null).text()).contains("\"state\":\"done\"", "\"done\":4");
        assertThat(send("POST", "/api/tiles/seed", "{\"layer\":\"nowhere\",\"bbox\":[70,50,73,52],\"minZoom\":4,\"maxZoom\":8}").status()).isEqualTo(404);
        assertThat(send("POST", "/api/tiles/seed", "{\"layer\":\"admin\",\"bbox\":[40,35,90,56],\"minZoom\":0,\"maxZoom\":18}").text())
                .contains("narrow the area");
        assertThat(send("DELETE", "/api/tiles/admin", null).status()).isEqualTo(204);
        assertThat(tileCache.size()).isZero();
    }

    static int nonWhite(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) for (int x = 0; x < img.getWidth(); x++) if ((img.getRGB(x, y) & 0xffffff) != 0xffffff) n++;
        return n;
    }

    static int differing(BufferedImage a, BufferedImage b) {
        int n = 0;
        for (int y = 0; y < a.getHeight(); y++) for (int x = 0; x < a.getWidth(); x++) if (a.getRGB(x, y) != b.getRGB(x, y)) n++;
        return n;
    }

    static List<String> lines(String s) {
        return List.of(s.split("\n"));
    }
}
