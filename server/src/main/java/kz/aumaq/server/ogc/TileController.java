package kz.aumaq.server.ogc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import kz.aumaq.gis.tile.TileRenderer;
import kz.aumaq.gis.tile.TileRequest;
import kz.aumaq.gis.tile.TileRequestParser;
import kz.aumaq.gis.wms.ExceptionReport;
import kz.aumaq.gis.wms.WmsException;
import kz.aumaq.gis.wms.WmsVersion;
import kz.aumaq.server.config.TileProperties;
import kz.aumaq.server.security.LayerVisibility;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * XYZ tiles at {@code /tiles/{layer}/{style}/{z}/{x}/{y}.png} (style {@code default} for the
 * layer's default), cached, with ETag / Cache-Control / 304 so browsers revalidate cheaply. A layer
 * the viewer may not see is a 404 like an unknown one (decided before the cache is asked), and a
 * tile showing restricted data is {@code Cache-Control: private}, so no shared cache hands it on.
 */
@RestController
public class TileController {

    private final TileRequestParser parser;
    private final TileRenderer tiles;
    private final CacheControl publicTiles;
    private final CacheControl privateTiles;
    private final LayerVisibility visibility;

    public TileController(TileRequestParser parser, TileRenderer tiles, TileProperties properties, LayerVisibility visibility) {
        this.parser = parser;
        this.tiles = tiles;
        this.visibility = visibility;
        this.publicTiles = CacheControl.maxAge(java.time.Duration.ofSeconds(properties.maxAgeSeconds())).cachePublic();
        this.privateTiles = CacheControl.maxAge(java.time.Duration.ofSeconds(properties.maxAgeSeconds())).cachePrivate();
    }

    @GetMapping("/tiles/{layer}/{style}/{z}/{x}/{y}.{ext}")
    public ResponseEntity<byte[]> tile(@PathVariable String layer, @PathVariable String style, @PathVariable String z,
                                       @PathVariable String x, @PathVariable String y, @PathVariable String ext,
                                       @RequestParam(required = false) String lang, @RequestParam(required = false) String date,
                                       @RequestParam(required = false, defaultValue = "true") boolean transparent,
                                       @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        try {
            TileRequest r = parser.parse(layer, style, integer(z, "z"), integer(x, "x"), integer(y, "y"), ext, lang, date, transparent,
                    visibility.current());
            byte[] body = tiles.tile(r);
            CacheControl cacheControl = r.restricted() ? privateTiles : publicTiles;
            String etag = '"' + digest(body) + '"';
            if (etag.equals(ifNoneMatch)) {
                return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cacheControl).build();
            }
            return ResponseEntity.ok().eTag(etag).cacheControl(cacheControl)
                    .header(HttpHeaders.CONTENT_TYPE, r.format().contentType())
                    .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*").body(body);
        } catch (WmsException e) {
            return ResponseEntity.status(e.httpStatus()).header(HttpHeaders.CONTENT_TYPE, ExceptionReport.contentType(WmsVersion.V130))
                    .body(ExceptionReport.xml(e, WmsVersion.V130).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static int integer(String value, String name) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new WmsException("InvalidParameterValue", name, name + " must be a whole number, got '" + value + "'");
        }
    }

    private static String digest(byte[] body) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-1").digest(body);
            return HexFormat.of().formatHex(d, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
