package kz.aumaq.gis.features;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.aumaq.gis.metadata.LayerMetadataRecord;

/**
 * The URLs of the API's resources, as links put them: always with an explicit {@code f} so a link
 * means one representation whatever the follower's Accept header, and with the client's
 * {@code lang} when it chose one in the URL, so browsing keeps the language.
 */
final class FeaturesUrls {

    private final String base;
    private final String lang;

    FeaturesUrls(String base, Presentation presentation) {
        this.base = base;
        this.lang = presentation.langParam();
    }

    String landing(ResponseFormat f) {
        return base + query(Map.of(), f, lang);
    }

    String conformance(ResponseFormat f) {
        return base + "/conformance" + query(Map.of(), f, lang);
    }

    String collections(ResponseFormat f) {
        return base + "/collections" + query(Map.of(), f, lang);
    }

    String collection(String id, ResponseFormat f) {
        return base + "/collections/" + segment(id) + query(Map.of(), f, lang);
    }

    /** The collection's ISO 19139 record, beside the API (in the language of the page). */
    String metadata(String id, kz.aumaq.gis.text.Lang lang) {
        return LayerMetadataRecord.url(base, id, lang);
    }

    String items(String id, ResponseFormat f) {
        return base + "/collections/" + segment(id) + "/items" + query(Map.of(), f, lang);
    }

    /**
     * The items URL with no query at all: the GeoJSON {@code items} link. Clients build feature
     * URLs from it by appending {@code /{featureId}} (GDAL does), which a query would break.
     */
    String itemsPlain(String id) {
        return base + "/collections/" + segment(id) + "/items";
    }

    String api() {
        return base + "/api";
    }

    /** The items URL with the request's own parameters, {@code offset} replaced and {@code f} set. */
    String items(String id, Map<String, List<String>> params, Integer offset, ResponseFormat f) {
        Map<String, List<String>> p = new LinkedHashMap<>(params);
        p.remove("f");
        p.remove("lang");
        if (offset != null) {
            p.remove("offset");
            if (offset > 0) p.put("offset", List.of(Integer.toString(offset)));
        }
        return base + "/collections/" + segment(id) + "/items" + query(p, f, lang);
    }

    String item(String collectionId, String featureId, Map<String, List<String>> params, ResponseFormat f) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        // Only what changes the feature's answer travels to its own page.
        for (String key : List.of("crs", "datetime")) if (params.containsKey(key)) p.put(key, params.get(key));
        return base + "/collections/" + segment(collectionId) + "/items/" + segment(featureId) + query(p, f, lang);
    }

    /** The same page in another language: the language switch of the HTML pages. */
    static String withLang(String href, String code) {
        String cleaned = href.replaceAll("([?&])lang=[^&]*&?", "$1").replaceAll("[?&]$", "");
        return cleaned + (cleaned.contains("?") ? "&" : "?") + "lang=" + code;
    }

    private static String query(Map<String, List<String>> params, ResponseFormat f, String lang) {
        StringBuilder q = new StringBuilder();
        params.forEach((k, values) -> values.forEach(v -> q.append(q.length() == 0 ? '?' : '&').append(encode(k)).append('=').append(encode(v))));
        q.append(q.length() == 0 ? '?' : '&').append("f=").append(f.isHtml() ? "html" : "json");
        if (lang != null) q.append("&lang=").append(lang);
        return q.toString();
    }

    private static String segment(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String encode(String s) {
        // ',', ':' and '/' are legal in a query and keep bbox and CRS URIs readable.
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("%2C", ",").replace("%3A", ":").replace("%2F", "/");
    }
}
