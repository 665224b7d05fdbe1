package kz.aumaq.server.ogc;

import kz.aumaq.gis.ows.OgcResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** How the OGC front ends meet HTTP: the service's answer as is, open to other origins (web maps elsewhere). */
final class OgcHttp {

    private OgcHttp() {
    }

    static ResponseEntity<byte[]> entity(OgcResponse r) {
        return ResponseEntity.status(r.status())
                .header(HttpHeaders.CONTENT_TYPE, r.contentType())
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .body(r.body());
    }

    /** The URL the current request reached, without its query: what capabilities advertise. */
    static String serviceUrl() {
        return ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null).build().toUriString();
    }
}
