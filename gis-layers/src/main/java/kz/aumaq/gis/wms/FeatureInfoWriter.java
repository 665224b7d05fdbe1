package kz.aumaq.gis.wms;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import kz.aumaq.gis.geojson.GeoJsonEncoder;

/** GetFeatureInfo answers as GeoJSON, an HTML table per layer, or GeoServer-like plain text. */
public final class FeatureInfoWriter {

    private FeatureInfoWriter() {
    }

    public static byte[] write(List<FeatureInfoSearch.Hit> hits, InfoFormat format) {
        String body = switch (format) {
            case JSON -> json(hits);
            case HTML -> html(hits);
            case PLAIN -> plain(hits);
        };
        return body.getBytes(StandardCharsets.UTF_8);
    }

    /** Features without geometry (like MapServer's and GeoServer's small answers); the layer is in {@code layer}. */
    private static String json(List<FeatureInfoSearch.Hit> hits) {
        GeoJsonEncoder j = new GeoJsonEncoder(new StringBuilder(256), 6);
        j.raw("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int k = 0; k < hits.size(); k++) {
            if (k > 0) j.raw(",");
            var h = hits.get(k);
            j.raw("{\"type\":\"Feature\",").key("id").string(h.layer().name() + "." + h.feature().id())
                    .raw(",").key("layer").string(h.layer().name())
                    .raw(",\"geometry\":null,").key("properties").properties(h.feature().properties()).raw("}");
        }
        j.raw("]}");
        return j.out().toString();
    }

    private static String html(List<FeatureInfoSearch.Hit> hits) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><title>GetFeatureInfo</title>"
                + "<style>table{border-collapse:collapse;font:13px sans-serif}td,th{border:1px solid #ccc;padding:2px 6px}</style></head><body>");
        String current = null;
        for (var h : hits) {
            if (!h.layer().name().equals(current)) {
                if (current != null) b.append("</table>");
                current = h.layer().name();
                b.append("<table><caption>").append(escape(current)).append("</caption><tr>");
                for (String k : h.feature().properties().keySet()) b.append("<th>").append(escape(k)).append("</th>");
                b.append("</tr>");
            }
            b.append("<tr>");
            for (Object v : h.feature().properties().values()) b.append("<td>").append(escape(v == null ? "" : String.valueOf(v))).append("</td>");
            b.append("</tr>");
        }
        if (current != null) b.append("</table>");
        if (hits.isEmpty()) b.append("<p>No features here.</p>");
        return b.append("</body></html>").toString();
    }

    private static String plain(List<FeatureInfoSearch.Hit> hits) {
        if (hits.isEmpty()) return "no features were found\n";
        StringBuilder b = new StringBuilder();
        for (var h : hits) {
            b.append("Results for FeatureType '").append(h.layer().name()).append("':\n");
            b.append("--------------------------------------------\n");
            for (Map.Entry<String, Object> e : h.feature().properties().entrySet()) {
                b.append(e.getKey()).append(" = ").append(e.getValue() == null ? "" : e.getValue()).append('\n');
            }
            b.append("--------------------------------------------\n");
        }
        return b.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
