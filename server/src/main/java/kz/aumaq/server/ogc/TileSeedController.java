package kz.aumaq.server.ogc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.aumaq.gis.tile.SeedJob;
import kz.aumaq.gis.tile.TileCache;
import kz.aumaq.gis.tile.TileGrid;
import kz.aumaq.gis.tile.TileRequest;
import kz.aumaq.gis.tile.TileRequestParser;
import kz.aumaq.gis.tile.TileSeeder;
import kz.aumaq.gis.wms.WmsException;
import kz.aumaq.server.api.ApiException;
import kz.aumaq.server.audit.AuditTrail;
import kz.aumaq.server.security.LayerVisibility;
import kz.aumaq.gis.geom.LonLatBox;
import org.locationtech.jts.geom.Envelope;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The tile cache for the GIS team: seed an area and zoom range ahead of a presentation (a
 * background job with progress), and drop a layer's cached tiles by hand.
 */
@RestController
@RequestMapping("/api/tiles")
public class TileSeedController {

    private final TileRequestParser parser;
    private final TileSeeder seeder;
    private final TileCache cache;
    private final LayerVisibility visibility;
    private final AuditTrail audit;

    public TileSeedController(TileRequestParser parser, TileSeeder seeder, TileCache cache, LayerVisibility visibility, AuditTrail audit) {
        this.parser = parser;
        this.seeder = seeder;
        this.cache = cache;
        this.visibility = visibility;
        this.audit = audit;
    }

    /**
     * Body: {@code {"layer": "admin", "style": "default", "grid": "GoogleMapsCompatible", "format": "png",
     * "lang": "kk", "transparent": true, "bbox": [minLon, minLat, maxLon, maxLat], "minZoom": 4, "maxZoom": 10}}.
     */
    @PostMapping("/seed")
    public ResponseEntity<Map<String, Object>> seed(@RequestBody Map<String, Object> body) {
        String layer = text(body, "layer", null);
        if (layer == null) throw new ApiException(HttpStatus.BAD_REQUEST, "layer", "layer is required");
        String gridName = text(body, "grid", TileGrid.GOOGLE_MAPS_COMPATIBLE.identifier());
        TileGrid grid = TileGrid.byIdentifier(gridName).orElseThrow(() -> new ApiException(HttpStatus.BAD_REQUEST, "grid",
                "grid must be GoogleMapsCompatible or WorldCRS84Quad, got '" + gridName + "'"));
        LonLatBox bbox = bbox(body.get("bbox"));
        int minZoom = integer(body, "minZoom");
        int maxZoom = integer(body, "maxZoom");
        try {
            TileRequest template = parser.parse(layer, text(body, "style", "default"), grid, 0, 0, 0, text(body, "format", "png"),
                    text(body, "lang", null), text(body, "date", null), !"false".equals(String.valueOf(body.get("transparent"))),
                    visibility.current());
            SeedJob job = seeder.seed(template, bbox, minZoom, maxZoom);
            audit.record("tiles.seed", "layer", layer, null, describe(job));
            String self = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(job.id()).toUriString();
            return ResponseEntity.status(HttpStatus.ACCEPTED).header("Location", self).body(describe(job));
        } catch (WmsException e) {
            throw new ApiException(e.httpStatus() == 404 ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST, e.locator(), e.getMessage());
        }
    }

    @GetMapping("/seed")
    public List<Map<String, Object>> jobs() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (SeedJob j : seeder.jobs()) out.add(describe(j));
        return out;
    }

    @GetMapping("/seed/{id}")
    public Map<String, Object> job(@PathVariable String id) {
        return describe(seeder.job(id).orElseThrow(() -> ApiException.notFound("no seeding job " + id)));
    }

    @DeleteMapping("/seed/{id}")
    public Map<String, Object> cancel(@PathVariable String id) {
        SeedJob job = seeder.job(id).orElseThrow(() -> ApiException.notFound("no seeding job " + id));
        job.cancel();
        audit.record("tiles.seed.cancel", "layer", job.layer(), null, describe(job));
        return describe(job);
    }

    /** Drops the cached tiles of a layer or group, within a lon/lat bbox when given (across the antimeridian: both sides). */
    @DeleteMapping("/{layer}")
    public ResponseEntity<Void> truncate(@PathVariable String layer, @RequestParam(required = false) String bbox) {
        LonLatBox area = null;
        if (bbox != null && !bbox.isBlank()) area = bbox(List.of((Object[]) bbox.split(",", -1)));
        if (area == null) cache.invalidate(List.of(layer), null);
        else for (Envelope part : area.parts()) cache.invalidate(List.of(layer), part);
        audit.record("tiles.truncate", "layer", layer, null, area == null ? Map.of("bbox", "all") : Map.of("bbox", area.asList()));
        return ResponseEntity.noContent().build();
    }

    static Map<String, Object> describe(SeedJob j) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", j.id());
        m.put("layer", j.layer());
        m.put("state", j.state().name().toLowerCase(java.util.Locale.ROOT));
        m.put("tiles", j.total());
        m.put("done", j.done());
        m.put("percent", j.total() == 0 ? 100 : Math.round(1000.0 * j.done() / j.total()) / 10.0);
        m.put("created", j.created().toString());
        if (j.error() != null) m.put("error", j.error());
        return m;
    }

    private static String text(Map<String, Object> body, String key, String dflt) {
        Object v = body.get(key);
        return v == null || String.valueOf(v).isBlank() ? dflt : String.valueOf(v);
    }

    private static int integer(Map<String, Object> body, String key) {
        Object v = body.get(key);
        if (v == null) throw new ApiException(HttpStatus.BAD_REQUEST, key, key + " is required");
        try {
            return Integer.parseInt(String.valueOf(v).trim());
        } catch (NumberFormatException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, key, key + " must be a whole number, got '" + v + "'");
        }
    }

    /** [minLon, minLat, maxLon, maxLat]; a minLon east of maxLon crosses the antimeridian. */
    private static LonLatBox bbox(Object value) {
        if (!(value instanceof List<?> list) || list.size() != 4) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "bbox", "bbox must be [minLon, minLat, maxLon, maxLat]");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(String.valueOf(list.get(i)).trim());
            } catch (NumberFormatException e) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "bbox", "bbox value '" + list.get(i) + "' is not a number");
            }
        }
        try {
            LonLatBox box = new LonLatBox(v[0], v[1], v[2], v[3]);
            if (v[0] == v[2] || v[1] == v[3]) throw new IllegalArgumentException("bbox must have an area");
            return box;
        } catch (IllegalArgumentException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "bbox", e.getMessage());
        }
    }
}
