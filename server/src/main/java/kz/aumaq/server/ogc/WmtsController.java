package kz.aumaq.server.ogc;

import java.util.Map;
import kz.aumaq.gis.ows.OgcResponse;
import kz.aumaq.gis.wmts.WmtsService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** WMTS 1.0.0 (KVP) at {@code /wmts}. */
@RestController
public class WmtsController {

    private final WmtsService wmts;

    public WmtsController(WmtsService wmts) {
        this.wmts = wmts;
    }

    @GetMapping("/wmts")
    public ResponseEntity<byte[]> get(@RequestParam Map<String, String> params) {
        String url = ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null).build().toUriString();
        OgcResponse r = wmts.handle(params, url);
        return ResponseEntity.status(r.status())
                .header(HttpHeaders.CONTENT_TYPE, r.contentType())
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .body(r.body());
    }
}
