package kz.aumaq.gis.features;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** An answer ready for any HTTP layer: status, content type, extra headers (Content-Crs, Content-Language) and body. */
public record FeaturesResponse(int status, String contentType, Map<String, String> headers, byte[] body) {

    public FeaturesResponse {
        headers = Map.copyOf(headers);
    }

    public static FeaturesResponse of(int status, String contentType, Map<String, String> headers, String body) {
        return new FeaturesResponse(status, contentType, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
