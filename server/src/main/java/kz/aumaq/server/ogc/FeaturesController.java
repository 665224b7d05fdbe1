package kz.aumaq.server.ogc;

import jakarta.servlet.http.HttpServletRequest;
import kz.aumaq.gis.features.FeaturesCall;
import kz.aumaq.gis.features.FeaturesResponse;
import kz.aumaq.gis.features.FeaturesService;
import kz.aumaq.gis.layer.LayerAccess;
import kz.aumaq.server.security.LayerVisibility;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** OGC API – Features at {@code /ogcapi}: routes HTTP to {@link FeaturesService}, which does the protocol. */
@RestController
public class FeaturesController {

    static final String ROOT = "/ogcapi";
    private final FeaturesService features;
    private final LayerVisibility visibility;

    public FeaturesController(FeaturesService features, LayerVisibility visibility) {
        this.features = features;
        this.visibility = visibility;
    }

    @GetMapping({ROOT, ROOT + "/"})
    public ResponseEntity<byte[]> landing(@RequestParam MultiValueMap<String, String> params, @RequestHeader HttpHeaders headers) {
        return answer(features.landing(call(params, headers)));
    }

    @GetMapping(ROOT + "/api")
    public ResponseEntity<byte[]> api(@RequestParam MultiValueMap<String, String> params, @RequestHeader HttpHeaders headers) {
        return answer(features.api(call(params, headers)));
    }

    @GetMapping(ROOT + "/conformance")
    public ResponseEntity<byte[]> conformance(@RequestParam MultiValueMap<String, String> params, @RequestHeader HttpHeaders headers) {
        return answer(features.conformance(call(params, headers)));
    }

    @GetMapping(ROOT + "/collections")
    public ResponseEntity<byte[]> collections(@RequestParam MultiValueMap<String, String> params, @RequestHeader HttpHeaders headers) {
        return answer(features.collections(call(params, headers)));
    }

    @GetMapping(ROOT + "/collections/{collectionId}")
    public ResponseEntity<byte[]> collection(@PathVariable String collectionId, @RequestParam MultiValueMap<String, String> params,
                                             @RequestHeader HttpHeaders headers) {
        return answer(features.collection(call(params, headers), collectionId));
    }

    @GetMapping(ROOT + "/collections/{collectionId}/items")
    public ResponseEntity<byte[]> items(@PathVariable String collectionId, @RequestParam MultiValueMap<String, String> params,
                                        @RequestHeader HttpHeaders headers) {
        return answer(features.items(call(params, headers), collectionId));
    }

    @GetMapping(ROOT + "/collections/{collectionId}/items/{featureId}")
    public ResponseEntity<byte[]> item(@PathVariable String collectionId, @PathVariable String featureId,
                                       @RequestParam MultiValueMap<String, String> params, @RequestHeader HttpHeaders headers) {
        return answer(features.item(call(params, headers), collectionId, featureId));
    }

    /** Anything else under the root gets the API's own JSON 404, not the generic one. */
    @GetMapping(ROOT + "/**")
    public ResponseEntity<byte[]> unknown(HttpServletRequest request) {
        return answer(features.unknownPath(request.getRequestURI()));
    }

    /** The call as this viewer makes it: collections they may not see do not exist for them. */
    private FeaturesCall call(MultiValueMap<String, String> params, HttpHeaders headers) {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().path(ROOT).build().toUriString();
        LayerAccess access = visibility.current();
        return new FeaturesCall(base, params, headers.getFirst(HttpHeaders.ACCEPT), headers.getFirst(HttpHeaders.ACCEPT_LANGUAGE), access);
    }

    private static ResponseEntity<byte[]> answer(FeaturesResponse r) {
        ResponseEntity.BodyBuilder b = ResponseEntity.status(r.status())
                .header(HttpHeaders.CONTENT_TYPE, r.contentType())
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        r.headers().forEach(b::header);
        return b.body(r.body());
    }
}
