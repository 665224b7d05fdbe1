package kz.aumaq.server.ogc;

import java.util.Map;
import kz.aumaq.gis.wms.WmsService;
import kz.aumaq.server.security.LayerVisibility;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** WMS 1.3.0 / 1.1.1 over HTTP GET (and form POST) at {@code /wms} and {@code /ows}, showing each viewer the layers they may see. */
@RestController
public class WmsController {

    private final WmsService wms;
    private final LayerVisibility visibility;

    public WmsController(WmsService wms, LayerVisibility visibility) {
        this.wms = wms;
        this.visibility = visibility;
    }

    @GetMapping({"/wms", "/ows"})
    public ResponseEntity<byte[]> get(@RequestParam Map<String, String> params) {
        return answer(params);
    }

    @PostMapping(value = {"/wms", "/ows"}, consumes = "application/x-www-form-urlencoded")
    public ResponseEntity<byte[]> post(@RequestParam Map<String, String> params) {
        return answer(params);
    }

    private ResponseEntity<byte[]> answer(Map<String, String> params) {
        return OgcHttp.entity(wms.handle(params, OgcHttp::serviceUrl, visibility.current()));
    }
}
