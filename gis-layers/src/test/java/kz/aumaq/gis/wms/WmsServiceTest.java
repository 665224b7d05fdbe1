package kz.aumaq.gis.wms;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import kz.aumaq.gis.ows.ServiceMetadata;
import kz.aumaq.gis.layer.LayerCatalog;
import kz.aumaq.gis.layer.TestLayers;
import kz.aumaq.gis.ows.OgcResponse;
import kz.aumaq.gis.render.FeatureSets;
import kz.aumaq.gis.render.MapRenderer;
import kz.aumaq.gis.tile.TileCache;
import kz.aumaq.gis.tile.TileRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The WMS dispatcher on an in-memory catalog: parsing, axis order, exceptions. */
class WmsServiceTest {

    private final LayerCatalog catalog = TestLayers.catalog();
    private final WmsLimits limits = new WmsLimits(2048, 2048, 10_000, 64L * 1024 * 1024);
    private final FeatureSets sets = new FeatureSets(8);
    private final MapRenderer renderer = new MapRenderer(sets);
    private final WmsService wms = new WmsService(
            new WmsRequestParser(catalog, limits, Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC)),
            new CapabilitiesWriter(catalog, ServiceMetadata.aumaq(), limits), renderer, new FeatureInfoSearch(sets),
            new TileRenderer(renderer, new TileCache(1 << 20), 0), limits);

    private OgcResponse get(String query) {
        Map<String, String> kvp = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            kvp.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        return wms.handle(kvp, "http://example.test/wms");
    }

    private static String text(OgcResponse r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    private static final String MAP = "SERVICE=WMS&REQUEST=GetMap&LAYERS=squares&STYLES=&WIDTH=200&HEIGHT=100&FORMAT=image/png";

    @Test
    void version130ReadsEpsg4326BboxAsLatLonAnd111AsLonLat() throws Exception {
        BufferedImage v13 = ImageIO.read(new ByteArrayInputStream(get(MAP + "&VERSION=1.3.0&CRS=EPSG:4326&BBOX=40,55,60,85").body()));
        BufferedImage v11 = ImageIO.read(new ByteArrayInputStream(get(MAP + "&VERSION=1.1.1&SRS=EPSG:4326&BBOX=55,40,85,60").body()));
        BufferedImage crs84 = ImageIO.read(new ByteArrayInputStream(get(MAP + "&VERSION=1.3.0&CRS=CRS:84&BBOX=55,40,85,60").body()));
        assertThat(v13.getRGB(47, 65) & 0xffffff).isEqualTo(TestLayers.WEST.getRGB() & 0xffffff);
        for (int y = 0; y < 100; y += 7) for (int x = 0; x < 200; x += 7) {
            assertThat(v11.getRGB(x, y)).isEqualTo(v13.getRGB(x, y));
            assertThat(crs84.getRGB(x, y)).isEqualTo(v13.getRGB(x, y));
        }
    }

    @Test
    void featureInfoFindsTheSquareUnderThePixelInEveryAxisOrder() {
        String base = "SERVICE=WMS&REQUEST=GetFeatureInfo&LAYERS=squares&QUERY_LAYERS=squares&STYLES=&WIDTH=200&HEIGHT=100&INFO_FORMAT=application/json";
        assertThat(text(get(base + "&VERSION=1.3.0&CRS=EPSG:4326&BBOX=40,55,60,85&I=160&J=50"))).contains("\"id\":\"squares.e\"");
        assertThat(text(get(base + "&VERSION=1.3.0&CRS=CRS:84&BBOX=55,40,85,60&I=40&J=50"))).contains("\"id\":\"squares.w\"");
        assertThat(text(get(base + "&VERSION=1.1.1&SRS=EPSG:4326&BBOX=55,40,85,60&X=160&Y=50"))).contains("\"id\":\"squares.e\"");
        assertThat(text(get(base + "&VERSION=1.3.0&CRS=EPSG:4326&BBOX=40,55,60,85&I=2&J=2"))).contains("\"features\":[]");
    }

    @Test
    void pointsAreFoundWithinThePixelTolerance() {
        String base = "SERVICE=WMS&REQUEST=GetFeatureInfo&VERSION=1.3.0&LAYERS=all&QUERY_LAYERS=squares&STYLES=&CRS=CRS:84&BBOX=55,40,85,60&WIDTH=200&HEIGHT=100&INFO_FORMAT=text/plain";
        assertThat(text(get(base + "&I=67&J=50"))).contains("Results for FeatureType 'squares'");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "InvalidFormat|VERSION=1.3.0&REQUEST=GetMap&LAYERS=squares&STYLES=&CRS=EPSG:4326&BBOX=40,55,60,85&WIDTH=10&HEIGHT=10&FORMAT=image/gif",
        "InvalidCRS|VERSION=1.3.0&REQUEST=GetMap&LAYERS=squares&STYLES=&CRS=EPSG:2154&BBOX=40,55,60,85&WIDTH=10&HEIGHT=10&FORMAT=image/png",
        "InvalidSRS|VERSION=1.1.1&REQUEST=GetMap&LAYERS=squares&STYLES=&SRS=EPSG:2154&BBOX=40,55,60,85&WIDTH=10&HEIGHT=10&FORMAT=image/png",
        "LayerNotDefined|VERSION=1.3.0&REQUEST=GetMap&LAYERS=nope&STYLES=&CRS=EPSG:4326&BBOX=40,55,60,85&WIDTH=10&HEIGHT=10&FORMAT=image/png",
        "StyleNotDefined|VERSION=1.3.0&REQUEST=GetMap&LAYERS=squares&STYLES=nope&CRS=EPSG:4326&BBOX=40,55,60,85&WIDTH=10&HEIGHT=10&FORMAT=image/png",
        "LayerNotQueryable|VERSION=1.3.0&REQUEST=GetFeatureInfo&LAYERS=dots&QUERY_LAYERS=dots&STYLES=&CRS=EPSG:4326&BBOX=40,55,60,85&WIDTH=10&HEIGHT=10&I=1&J=1",
        "InvalidPoint|VERSION=1.3.0&REQUEST=GetFeatureInfo&LAYERS=squares&QUERY_LAYERS=squares&STYLES=&CRS=EPSG:4326&BBOX=40,55,60,85&WIDTH=10&HEIGHT=10&I=10&J=1",
        "OperationNotSupported|VERSION=1.3.0&REQUEST=GetCoverage",
        "MissingParameterValue|VERSION=1.3.0&REQUEST=GetMap&STYLES=&CRS=EPSG:4326&BBOX=40,55,60,85&WIDTH=10&HEIGHT=10&FORMAT=image/png",
        "InvalidParameterValue|VERSION=1.3.0&REQUEST=GetMap&LAYERS=squares&STYLES=&CRS=EPSG:4326&BBOX=60,55,40,85&WIDTH=10&HEIGHT=10&FORMAT=image/png",
        "InvalidParameterValue|VERSION=1.3.0&REQUEST=GetMap&LAYERS=squares&STYLES=&CRS=EPSG:4326&BBOX=40,55,60,85&WIDTH=5000&HEIGHT=10&FORMAT=image/png",
        "MissingParameterValue|REQUEST=GetMap&LAYERS=squares&STYLES=&CRS=EPSG:4326&BBOX=40,55,60,85&WIDTH=10&HEIGHT=10&FORMAT=image/png",
        "MissingParameterValue|REQUEST=GetFeatureInfo&LAYERS=squares&QUERY_LAYERS=squares&STYLES=&CRS=EPSG:4326&BBOX=40,55,60,85&WIDTH=10&HEIGHT=10&I=1&J=1",
        "StyleNotDefined|VERSION=1.3.0&REQUEST=GetMap&LAYERS=all&STYLES=squares&CRS=EPSG:4326&BBOX=40,55,60,85&WIDTH=10&HEIGHT=10&FORMAT=image/png",
        "InvalidParameterValue|VERSION=1.3.0&REQUEST=GetLegendGraphic&LAYER=all&RULE=west&FORMAT=image/png",
    })
    void badRequestsAnswerTheirOgcCode(String code, String query) {
        OgcResponse r = get("SERVICE=WMS&" + query);
        assertThat(r.status()).isEqualTo(400);
        assertThat(text(r)).contains("code=\"" + code + "\"");
        assertThat(r.contentType()).startsWith(query.contains("1.1.1") ? "application/vnd.ogc.se_xml" : "text/xml");
    }

    @Test
    void updateSequenceTellsClientsWhetherTheCapabilitiesChanged() {
        long current = catalog.updateSequence();
        assertThat(text(get("SERVICE=WMS&REQUEST=GetCapabilities&UPDATESEQUENCE=" + current))).contains("code=\"CurrentUpdateSequence\"");
        assertThat(text(get("SERVICE=WMS&REQUEST=GetCapabilities&UPDATESEQUENCE=" + (current + 5)))).contains("code=\"InvalidUpdateSequence\"");
        assertThat(text(get("SERVICE=WMS&REQUEST=GetCapabilities&UPDATESEQUENCE=" + (current - 1)))).contains("<WMS_Capabilities");
    }

    @Test
    void inImageAndBlankExceptionsArePictures() throws Exception {
        OgcResponse inimage = get("SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=nope&STYLES=&CRS=EPSG:4326&BBOX=40,55,60,85&WIDTH=300&HEIGHT=60&FORMAT=image/png&EXCEPTIONS=INIMAGE");
        assertThat(inimage.status()).isEqualTo(200);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(inimage.body()));
        assertThat(img.getWidth()).isEqualTo(300);
        boolean hasText = false;
        for (int x = 0; x < 300 && !hasText; x++) for (int y = 0; y < 60; y++) if ((img.getRGB(x, y) & 0xffffff) != 0xffffff) hasText = true;
        assertThat(hasText).isTrue();
        OgcResponse blank = get("SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&LAYERS=nope&STYLES=&SRS=EPSG:4326&BBOX=40,55,60,85&WIDTH=30&HEIGHT=20&FORMAT=image/png&EXCEPTIONS=application/vnd.ogc.se_blank");
        assertThat(ImageIO.read(new ByteArrayInputStream(blank.body())).getHeight()).isEqualTo(20);
    }

    @Test
    void capabilitiesSpeakTheRequestedLanguageAndListCrsInTheirAxisOrder() {
        String ru = text(get("SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.3.0&LANGUAGE=ru"));
        assertThat(ru).contains("<Title>Квадраты</Title>").contains("<CRS>EPSG:32642</CRS>")
                .contains("<BoundingBox CRS=\"EPSG:4326\" minx=\"45\" miny=\"60\" maxx=\"55\" maxy=\"80\"")
                .contains("<BoundingBox CRS=\"CRS:84\" minx=\"60\" miny=\"45\"")
                .contains("REQUEST=GetLegendGraphic");
        String v11 = text(get("SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.1.1&LANGUAGE=en"));
        assertThat(v11).contains("<WMT_MS_Capabilities").contains("<Title>Squares</Title>")
                .contains("<LatLonBoundingBox minx=\"60\" miny=\"45\" maxx=\"80\" maxy=\"55\"").contains("<SRS>EPSG:3857</SRS>");
        assertThat(text(get("SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.2.0"))).contains("version=\"1.1.1\"");
    }

    /** §7.2.3.1: a FORMAT the server does not have gets the capabilities in the default one. */
    @Test
    void capabilitiesInAFormatNotOfferedComeAsTextXml() {
        OgcResponse r = get("SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.3.0&FORMAT=invalid");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/xml");
        assertThat(text(r)).contains("<WMS_Capabilities");
    }

    /** EXCEPTIONS=BLANK: an image of the background asked for, even when the error is in another parameter. */
    @Test
    void aBlankExceptionTakesBgcolorAndTransparent() throws Exception {
        String bad = "SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=nope&STYLES=&CRS=CRS:84&BBOX=0,0,1,1&WIDTH=40&HEIGHT=30&FORMAT=image/png&EXCEPTIONS=BLANK";
        BufferedImage red = ImageIO.read(new ByteArrayInputStream(get(bad + "&BGCOLOR=0xFF0000&TRANSPARENT=FALSE").body()));
        for (int y = 0; y < 30; y++) for (int x = 0; x < 40; x++) assertThat(red.getRGB(x, y) & 0xffffff).isEqualTo(0xff0000);
        BufferedImage clear = ImageIO.read(new ByteArrayInputStream(get(bad + "&TRANSPARENT=TRUE").body()));
        for (int y = 0; y < 30; y++) for (int x = 0; x < 40; x++) assertThat(clear.getRGB(x, y) >>> 24).isZero();
    }

    /** Every LegendURL's width and height are those of the picture its URL answers, in the document's language. */
    @Test
    void legendUrlsAdvertiseTheSizeGetLegendGraphicAnswers() throws Exception {
        for (String lang : new String[] {"kk", "ru", "en"}) {
            String caps = text(get("SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.3.0&LANGUAGE=" + lang));
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("<LegendURL width=\"(\\d+)\" height=\"(\\d+)\"><Format>image/png</Format>"
                    + "<OnlineResource xlink:type=\"simple\" xlink:href=\"http://example.test/wms\\?([^\"]+)\"").matcher(caps);
            int found = 0;
            while (m.find()) {
                found++;
                OgcResponse legend = get(m.group(3).replace("&amp;", "&"));
                BufferedImage img = ImageIO.read(new ByteArrayInputStream(legend.body()));
                assertThat(img.getWidth() + "x" + img.getHeight()).as(m.group(3)).isEqualTo(m.group(1) + "x" + m.group(2));
            }
            assertThat(found).as("legends of squares, dots and the group all").isEqualTo(3);
        }
    }

    /**
     * A group has one style, {@code default}, which its members inherit (§7.2.4.6.5) and which
     * means each layer's default style; its legend is its members' legends under their titles.
     */
    @Test
    void aGroupAdvertisesItsDefaultStyleAndDrawsWithIt() throws Exception {
        String caps = text(get("SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.3.0&LANGUAGE=en"));
        int group = caps.indexOf("<Name>all</Name>");
        assertThat(caps.indexOf("<Style><Name>default</Name>", group)).isBetween(group, caps.indexOf("<Name>squares</Name>"));
        assertThat(caps.substring(group, caps.indexOf("<Name>squares</Name>"))).contains("<KeywordList><Keyword>test</Keyword></KeywordList>");
        String map = "SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&CRS=CRS:84&BBOX=55,40,85,60&WIDTH=60&HEIGHT=40&FORMAT=image/png";
        byte[] plain = get(map + "&LAYERS=all&STYLES=").body();
        assertThat(get(map + "&LAYERS=all&STYLES=default").body()).isEqualTo(plain);
        assertThat(get(map + "&LAYERS=squares,all&STYLES=default,").status()).isEqualTo(200);
        BufferedImage legend = ImageIO.read(new ByteArrayInputStream(get("SERVICE=WMS&REQUEST=GetLegendGraphic&VERSION=1.3.0&LAYER=all&FORMAT=image/png&LANGUAGE=en").body()));
        // the top member first: "dots" heading (16) and its one rule (20), then "Squares" (16) and its three rules
        assertThat(legend.getHeight()).isEqualTo(16 + 4 + 20 + 4 + 16 + 4 + 3 * 20 + 2 * 4);
        assertThat(legend.getRGB(10, 16 + 4 + 10) & 0xffffff).isEqualTo(0x00ff00);
        assertThat(legend.getRGB(10, 16 + 4 + 20 + 4 + 16 + 4 + 10) & 0xffffff).isEqualTo(TestLayers.WEST.getRGB() & 0xffffff);
    }

    /** Recommendations of §7.2.4: full contact, and a MetadataURL (ISO 19139 record) on every named layer. */
    @Test
    void capabilitiesCarryTheContactAndMetadataUrls() {
        String caps = text(get("SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.3.0&LANGUAGE=ru"));
        assertThat(caps.contains("<ContactAddress><AddressType>postal</AddressType><Address></Address><City>Astana</City>")).isTrue();
        assertThat(caps.contains("<ContactElectronicMailAddress>gis@aumaq.kz</ContactElectronicMailAddress>")).isTrue();
        for (String layer : new String[] {"all", "squares", "dots"}) {
            assertThat(caps.contains("<MetadataURL type=\"ISO19115:2003\"><Format>text/xml</Format><OnlineResource xlink:type=\"simple\" xlink:href=\"http://example.test/metadata/layers/"
                    + layer + ".xml?lang=ru\"")).as("MetadataURL of " + layer).isTrue();
        }
        assertThat(text(get("SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.1.1")).contains("<MetadataURL type=\"TC211\">")).isTrue();
    }

    @Test
    void legendsDrawOneRowPerRule() throws Exception {
        OgcResponse r = get("SERVICE=WMS&REQUEST=GetLegendGraphic&VERSION=1.3.0&LAYER=squares&FORMAT=image/png&LANGUAGE=en");
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(r.body()));
        assertThat(img.getHeight()).isEqualTo(3 * 20 + 2 * 4);
        assertThat(img.getRGB(10, 10) & 0xffffff).isEqualTo(TestLayers.WEST.getRGB() & 0xffffff);
        assertThat(img.getRGB(10, 34) & 0xffffff).isEqualTo(TestLayers.EAST.getRGB() & 0xffffff);
    }
}
