package kz.aumaq.gis.features;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kz.aumaq.gis.layer.LayerAccess;

/**
 * What arrived over HTTP, before any validation: keeps the front end free of servlet types.
 *
 * @param baseUrl        the API's root as the client reached it, e.g. {@code http://host/ogcapi}
 * @param params         query parameters in the order sent; a repeated key has several values
 * @param accept         the {@code Accept} header, or null
 * @param acceptLanguage the {@code Accept-Language} header, or null
 * @param access         who calls: collections they may not see do not exist for them
 */
public record FeaturesCall(String baseUrl, Map<String, List<String>> params, String accept, String acceptLanguage, LayerAccess access) {

    /** An anonymous call. */
    public FeaturesCall(String baseUrl, Map<String, List<String>> params, String accept, String acceptLanguage) {
        this(baseUrl, params, accept, acceptLanguage, LayerAccess.PUBLIC);
    }

    public FeaturesCall {
        Objects.requireNonNull(access, "access");
        Map<String, List<String>> copy = new LinkedHashMap<>();
        params.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        params = java.util.Collections.unmodifiableMap(copy);
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** A call with single-valued parameters (tests, simple callers). */
    public static FeaturesCall of(String baseUrl, Map<String, String> params, String accept, String acceptLanguage) {
        Map<String, List<String>> multi = new LinkedHashMap<>();
        params.forEach((k, v) -> multi.put(k, List.of(v)));
        return new FeaturesCall(baseUrl, multi, accept, acceptLanguage);
    }
}
