package kz.aumaq.server.ogc;

import java.util.Map;
import kz.aumaq.gis.wmts.WmtsService;
import kz.aumaq.server.security.LayerVisibility;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** WMTS 1.0.0 (KVP) at {@code /wmts}. */
@RestController
public class WmtsController {

    private final WmtsService wmts;
    private final LayerVisibility visibility;

    public WmtsController(WmtsService wmts, LayerVisibility visibility) {
        this.wmts = wmts;
        this.visibility = visibility;
    }

    @GetMapping("/wmts")
    public ResponseEntity<byte[]> get(@RequestParam Map<String, String> params) {
        return OgcHttp.entity(wmts.handle(params, OgcHttp.serviceUrl(), visibility.current()));
    }
}
