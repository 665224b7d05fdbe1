package kz.aumaq.gis.wms;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import kz.aumaq.gis.crs.MapCrs;
import kz.aumaq.gis.image.ImageFormat;
import kz.aumaq.gis.image.ImageWriter;
import kz.aumaq.gis.layer.LayerAccess;
import kz.aumaq.gis.ows.OgcResponse;
import kz.aumaq.gis.render.MapRenderer;
import kz.aumaq.gis.render.RenderLimitExceeded;
import kz.aumaq.gis.render.RenderOptions;
import kz.aumaq.gis.tile.TileRenderer;
import kz.aumaq.gis.tile.TileRequest;
import kz.aumaq.gis.tile.TileGrid;
import org.locationtech.jts.geom.Envelope;

/**
 * The WMS dispatcher: parse the KVP request into a validated record, then execute it. Every
 * failure becomes a ServiceExceptionReport (or an image, if the client asked for that) with its
 * OGC code; nothing a client sends can cause a 500.
 */
public class WmsService {

    private final WmsRequestParser parser;
    private final CapabilitiesWriter capabilities;
    private final MapRenderer renderer;
    private final FeatureInfoSearch featureInfo;
    private final TileRenderer tiles;
    private final WmsLimits limits;

    public WmsService(WmsRequestParser parser, CapabilitiesWriter capabilities, MapRenderer renderer,
                      FeatureInfoSearch featureInfo, TileRenderer tiles, WmsLimits limits) {
        this.parser = parser;
        this.capabilities = capabilities;
        this.renderer = renderer;
        this.featureInfo = featureInfo;
        this.tiles = tiles;
        this.limits = limits;
    }

    /** An anonymous request. @param params the query parameters (any key case) ; @param serviceUrl the URL this service is reached at */
    public OgcResponse handle(Map<String, String> params, String serviceUrl) {
        return handle(params, () -> serviceUrl, LayerAccess.PUBLIC);
    }

    /**
     * As above, for a viewer with this access (layers they may not see do not exist for them); the
     * service URL is only worked out for the capabilities, which need it.
     */
    public OgcResponse handle(Map<String, String> params, java.util.function.Supplier<String> serviceUrl, LayerAccess access) {
        Map<String, String> kvp = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        kvp.putAll(params);
        WmsVersion version = WmsVersion.exact(kvp.get("VERSION"));
        if (version == null) version = WmsVersion.negotiate(kvp.get("VERSION"));
        GetMapRequest map = null;
        try {
            String service = kvp.get("SERVICE");
            if (service != null && !service.isBlank() && !service.trim().equalsIgnoreCase("WMS")) {
                throw new WmsException("InvalidParameterValue", "SERVICE", "this endpoint serves SERVICE=WMS, not " + service);
            }
            String request = kvp.get("REQUEST");
            if (request == null || request.isBlank()) throw new WmsException("MissingParameterValue", "REQUEST", "REQUEST is required");
            switch (request.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "getcapabilities", "capabilities" -> {
                    GetCapabilitiesRequest r = parser.capabilities(kvp);
                    version = r.version();
                    String type = r.version() == WmsVersion.V130 ? "text/xml;charset=UTF-8" : "application/vnd.ogc.wms_xml;charset=UTF-8";
                    return OgcResponse.ok(type, capabilities.write(r, serviceUrl.get(), access).getBytes(StandardCharsets.UTF_8));
                }
                case "getmap", "map" -> {
                    map = parser.map(kvp, access);
                    return getMap(map);
                }
                case "getfeatureinfo", "feature_info" -> {
                    GetFeatureInfoRequest r = parser.featureInfo(kvp, access);
                    return OgcResponse.ok(r.infoFormat().mimeType + ";charset=UTF-8",
                            FeatureInfoWriter.write(featureInfo.find(r), r.infoFormat()));
                }
                case "getlegendgraphic" -> {
                    GetLegendGraphicRequest r = parser.legend(kvp, access);
                    return OgcResponse.ok(r.format().contentType(), LegendRenderer.render(r));
                }
                default -> throw new WmsException("OperationNotSupported", "REQUEST", "REQUEST " + request
                        + " is not supported; use GetCapabilities, GetMap, GetFeatureInfo or GetLegendGraphic");
            }
        } catch (WmsException e) {
            return exception(e, version, map, kvp);
        } catch (RenderLimitExceeded e) {
            return exception(new WmsException(null, null, e.getMessage() + " (" + limits.maxRenderMillis() + " ms)", 503), version, map, kvp);
        }
    }

    private OgcResponse getMap(GetMapRequest r) {
        if (r.tiled()) {
            TileRequest tile = asTile(r);
            if (tile != null) return OgcResponse.ok(r.format().contentType(), tiles.tile(tile));
        }
        return OgcResponse.ok(r.format().contentType(), ImageWriter.write(renderMap(r), r.format()));
    }

    /**
     * Draws a validated GetMap afresh, within the rendering time limit: the one drawing path that
     * GetMap and print share, so a printed map looks exactly like the WMS map at that DPI.
     *
     * @throws RenderLimitExceeded when drawing takes longer than {@code aumaq.wms.max-render-millis}
     */
    public BufferedImage renderMap(GetMapRequest r) {
        long deadline = limits.maxRenderMillis() <= 0 ? Long.MAX_VALUE : System.nanoTime() + limits.maxRenderMillis() * 1_000_000;
        return renderer.render(r.view(), r.layers(), new RenderOptions(r.background(), r.transparent(), r.lang(), r.date(), deadline));
    }

    /** A GetMap that is exactly one Web Mercator grid tile at 256 px can come from the tile cache. */
    private static TileRequest asTile(GetMapRequest r) {
        MapCrs crs = r.view().crs();
        if (!crs.code().equals("EPSG:3857") || r.view().width() != 256 || r.view().height() != 256 || r.view().dpi() != kz.aumaq.gis.render.MapView.STANDARD_DPI) return null;
        long[] tile = TileGrid.GOOGLE_MAPS_COMPATIBLE.tileAt(r.view().bbox()).orElse(null);
        if (tile == null) return null;
        StringBuilder name = new StringBuilder("wms:");
        StringBuilder style = new StringBuilder();
        r.layers().forEach(l -> {
            name.append(l.layer().name()).append(',');
            style.append(l.style().name()).append(',');
        });
        return new TileRequest(name.toString(), style.toString(), r.layers(), TileGrid.GOOGLE_MAPS_COMPATIBLE, (int) tile[0], (int) tile[1], (int) tile[2], r.format(), r.lang(), r.date(), r.transparent());
    }

    private OgcResponse exception(WmsException e, WmsVersion version, GetMapRequest map, Map<String, String> kvp) {
        ExceptionFormat format = ExceptionFormat.parse(kvp.get("EXCEPTIONS"));
        boolean isGetMap = "getmap".equalsIgnoreCase(String.valueOf(kvp.get("REQUEST")).trim());
        if (isGetMap && (format == ExceptionFormat.INIMAGE || format == ExceptionFormat.BLANK)) {
            // The picture the client asked for, as far as its parameters can be read, with the error in it.
            int w = map != null ? map.view().width() : pixels(kvp.get("WIDTH"), limits.maxWidth());
            int h = map != null ? map.view().height() : pixels(kvp.get("HEIGHT"), limits.maxHeight());
            ImageFormat f = map != null ? map.format() : ImageFormat.fromName(kvp.get("FORMAT")).orElse(ImageFormat.PNG);
            boolean transparent = map != null ? map.transparent() : "true".equalsIgnoreCase(String.valueOf(kvp.get("TRANSPARENT")));
            Color bg = map != null ? map.background() : background(kvp.get("BGCOLOR"));
            return OgcResponse.ok(f.contentType(), ExceptionReport.image(e, w, h, f, transparent && f.supportsTransparency(), bg,
                    format == ExceptionFormat.INIMAGE));
        }
        return OgcResponse.text(e.httpStatus(), ExceptionReport.contentType(version), ExceptionReport.xml(e, version));
    }

    /** BGCOLOR as far as it can be read: an error in another parameter still gets the colour asked for. */
    private static Color background(String value) {
        try {
            return value == null || value.isBlank() ? Color.WHITE : kz.aumaq.gis.style.HexColor.parse(value);
        } catch (IllegalArgumentException e) {
            return Color.WHITE;
        }
    }

    private static int pixels(String value, int max) {
        try {
            int n = Integer.parseInt(value.trim());
            return n >= 1 && n <= max ? n : 256;
        } catch (RuntimeException e) {
            return 256;
        }
    }
}
