package kz.aumaq.gis.wms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.aumaq.gis.ows.ServiceMetadata;
import kz.aumaq.gis.layer.Layer;
import kz.aumaq.gis.layer.LayerAccess;
import kz.aumaq.gis.layer.LayerCatalog;
import kz.aumaq.gis.layer.TestLayers;
import kz.aumaq.gis.layer.Visibility;
import kz.aumaq.gis.ows.OgcResponse;
import kz.aumaq.gis.render.FeatureSets;
import kz.aumaq.gis.render.MapRenderer;
import kz.aumaq.gis.tile.TileCache;
import kz.aumaq.gis.tile.TileRenderer;
import kz.aumaq.gis.tile.TileRequest;
import kz.aumaq.gis.tile.TileRequestParser;
import org.junit.jupiter.api.Test;

/**
 * A restricted layer ({@code squares}) next to a public one ({@code dots}), both in the group
 * {@code all}: anonymous viewers get the same answers as if it did not exist, signed-in viewers
 * get it, and the group is cut down to what the viewer sees, also in the tile cache.
 */
class RestrictedLayersTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC);
    private final LayerCatalog catalog = restrictedSquares();
    private final WmsLimits limits = new WmsLimits(2048, 2048, 10_000, 64L * 1024 * 1024);
    private final FeatureSets sets = new FeatureSets(8);
    private final MapRenderer renderer = new MapRenderer(sets);
    private final TileCache cache = new TileCache(1 << 22);
    private final TileRenderer tiles = new TileRenderer(renderer, cache, 0);
    private final WmsService wms = new WmsService(new WmsRequestParser(catalog, limits, CLOCK),
            new CapabilitiesWriter(catalog, ServiceMetadata.aumaq(), limits), renderer, new FeatureInfoSearch(sets), tiles, limits);
    private final TileRequestParser tileParser = new TileRequestParser(catalog, CLOCK);

    private static LayerCatalog restrictedSquares() {
        LayerCatalog c = TestLayers.catalog();
        Layer s = c.layer("squares").orElseThrow();
        c.putLayer(new Layer(s.name(), s.title(), s.abstractText(), s.keywords(), s.source(), s.queryable(), s.defaultStyle(), s.styles(),
                s.minScale(), s.maxScale(), Visibility.RESTRICTED, s.attribution()));
        return c;
    }

    private String text(String query, LayerAccess access) {
        return new String(get(query, access).body(), StandardCharsets.UTF_8);
    }

    private OgcResponse get(String query, LayerAccess access) {
        Map<String, String> kvp = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            kvp.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        return wms.handle(kvp, () -> "http://example.test/wms", access);
    }

    @Test
    void capabilitiesListTheRestrictedLayerOnlyForThoseWhoMaySeeIt() {
        String caps = "SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.3.0";
        String anonymous = text(caps, LayerAccess.PUBLIC);
        assertThat(anonymous).contains("<Name>dots</Name>", "<Name>all</Name>").doesNotContain("<Name>squares</Name>", "Квадраты", "Squares");
        assertThat(text(caps, LayerAccess.EVERYTHING)).contains("<Name>squares</Name>", "<Name>dots</Name>");
    }

    @Test
    void anInvisibleLayerAnswersExactlyLikeOneThatDoesNotExist() {
        String map = "SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&STYLES=&CRS=EPSG:4326&BBOX=40,55,60,85&WIDTH=64&HEIGHT=64&FORMAT=image/png&LAYERS=";
        OgcResponse hidden = get(map + "squares", LayerAccess.PUBLIC);
        OgcResponse missing = get(map + "nosuch", LayerAccess.PUBLIC);
        assertThat(hidden.status()).isEqualTo(missing.status()).isEqualTo(400);
        assertThat(hidden.contentType()).isEqualTo(missing.contentType());
        assertThat(new String(hidden.body(), StandardCharsets.UTF_8).replace("squares", "X"))
                .isEqualTo(new String(missing.body(), StandardCharsets.UTF_8).replace("nosuch", "X"))
                .contains("LayerNotDefined");
        assertThat(get(map + "squares", LayerAccess.EVERYTHING).contentType()).isEqualTo("image/png");

        String info = "SERVICE=WMS&VERSION=1.3.0&REQUEST=GetFeatureInfo&LAYERS=dots&STYLES=&CRS=EPSG:4326&BBOX=40,55,60,85&WIDTH=64"
                + "&HEIGHT=64&I=10&J=10&INFO_FORMAT=application/json&QUERY_LAYERS=squares";
        assertThat(text(info, LayerAccess.PUBLIC)).contains("LayerNotDefined");
        assertThat(text(info, LayerAccess.EVERYTHING)).contains("FeatureCollection");
        String legend = "SERVICE=WMS&VERSION=1.3.0&REQUEST=GetLegendGraphic&FORMAT=image/png&LAYER=squares";
        assertThat(text(legend, LayerAccess.PUBLIC)).contains("LayerNotDefined");
        assertThat(get(legend, LayerAccess.EVERYTHING).contentType()).isEqualTo("image/png");
    }

    @Test
    void aGroupIsCutDownToWhatTheViewerSeesAndCachedUnderItsOwnName() {
        TileRequest anonymous = tileParser.parse("all", "default", 3, 5, 2, "png", null, null, true, LayerAccess.PUBLIC);
        TileRequest editor = tileParser.parse("all", "default", 3, 5, 2, "png", null, null, true, LayerAccess.EVERYTHING);
        assertThat(anonymous.layers()).extracting(l -> l.layer().name()).containsExactly("dots");
        assertThat(anonymous.name()).isEqualTo("all:dots,");
        assertThat(anonymous.restricted()).isFalse();
        assertThat(editor.layers()).extracting(l -> l.layer().name()).containsExactly("squares", "dots");
        assertThat(editor.name()).isEqualTo("all");
        assertThat(editor.restricted()).isTrue();
        // The editor's tile, squares included, is cached; the anonymous request never reaches it.
        byte[] full = tiles.tile(editor);
        assertThat(tiles.tile(anonymous)).isNotEqualTo(full);
        assertThatThrownBy(() -> tileParser.parse("squares", "default", 3, 5, 2, "png", null, null, true, LayerAccess.PUBLIC))
                .isInstanceOf(WmsException.class).hasMessage("no layer named squares");
        // Two metatiles cached (16 tiles each); a change to a member drops the partial group's tiles
        // (the server names the group itself as well, which drops the others).
        assertThat(cache.size()).isEqualTo(32);
        cache.invalidate(java.util.List.of("dots"), null);
        assertThat(cache.size()).isEqualTo(16);
        cache.invalidate(java.util.List.of("all"), null);
        assertThat(cache.size()).isZero();
    }

    /** A user scoped to a territory inside the west square: the restricted squares are cut to it. */
    private static LayerAccess scopedTo(String scope, double lon, double lat) {
        var area = new org.locationtech.jts.geom.GeometryFactory().toGeometry(new org.locationtech.jts.geom.Envelope(lon, lon + 1, lat, lat + 1));
        return LayerAccess.within(scope, org.locationtech.jts.geom.prep.PreparedGeometryFactory.prepare(area));
    }

    @Test
    void aTerritorysTilesAreCachedApartFromTheWholeLayersAndFromOtherTerritories() {
        TileRequest whole = tileParser.parse("squares", "default", 3, 5, 2, "png", null, null, true, LayerAccess.EVERYTHING);
        TileRequest west = tileParser.parse("squares", "default", 3, 5, 2, "png", null, null, true, scopedTo("west@1", 61, 46));
        TileRequest east = tileParser.parse("squares", "default", 3, 5, 2, "png", null, null, true, scopedTo("east@1", 71, 46));
        assertThat(whole.scope()).isEmpty();
        assertThat(west.scope()).isEqualTo("west@1");
        assertThat(west.restricted()).isTrue();
        // The whole layer first: its cached tile is not what the territories get, nor theirs each other's.
        byte[] all = tiles.tile(whole);
        byte[] westOnly = tiles.tile(west);
        byte[] eastOnly = tiles.tile(east);
        assertThat(westOnly).isNotEqualTo(all).isNotEqualTo(eastOnly);
        assertThat(cache.size()).isEqualTo(48);
        assertThat(tiles.tile(west)).isEqualTo(westOnly);
        // The same for WMS TILED requests, which share the territory's key.
        String tiled = "SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&STYLES=&CRS=EPSG:3857&WIDTH=256&HEIGHT=256&FORMAT=image/png&TRANSPARENT=true"
                + "&TILED=true&LAYERS=squares&BBOX=" + bbox3857(3, 5, 2);
        assertThat(get(tiled, scopedTo("west@1", 61, 46)).body()).isNotEqualTo(get(tiled, LayerAccess.EVERYTHING).body());
        // A change to the layer drops every territory's tiles too.
        cache.invalidate(java.util.List.of("squares"), null);
        assertThat(cache.size()).isZero();
        // A public layer stays whole for a scoped viewer and shares everyone's tiles.
        assertThat(tileParser.parse("dots", "default", 3, 5, 2, "png", null, null, true, scopedTo("west@1", 61, 46)).scope()).isEmpty();
    }

    private static String bbox3857(int z, int x, int y) {
        double size = 2 * Math.PI * 6378137 / (1 << z);
        double minX = -Math.PI * 6378137 + x * size;
        double maxY = Math.PI * 6378137 - y * size;
        return minX + "," + (maxY - size) + "," + (minX + size) + "," + maxY;
    }
}
