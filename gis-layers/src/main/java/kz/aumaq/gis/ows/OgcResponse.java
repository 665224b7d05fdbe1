package kz.aumaq.gis.ows;

import java.nio.charset.StandardCharsets;

/** What an OGC front end answers: status, content type and body, ready for any HTTP layer. */
public record OgcResponse(int status, String contentType, byte[] body) {

    public static OgcResponse ok(String contentType, byte[] body) {
        return new OgcResponse(200, contentType, body);
    }

    public static OgcResponse text(int status, String contentType, String body) {
        return new OgcResponse(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }
}
