package kz.aumaq.gis.wms;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** GetFeatureInfo answer formats. */
public enum InfoFormat {
    JSON("application/json"), HTML("text/html"), PLAIN("text/plain");

    public final String mimeType;

    InfoFormat(String mimeType) {
        this.mimeType = mimeType;
    }

    public static Optional<InfoFormat> fromName(String name) {
        if (name == null) return Optional.empty();
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "application/json", "application/geo+json", "json", "geojson" -> Optional.of(JSON);
            case "text/html", "html" -> Optional.of(HTML);
            case "text/plain", "plain" -> Optional.of(PLAIN);
            default -> Optional.empty();
        };
    }

    public static List<String> advertised() {
        return List.of("application/json", "text/html", "text/plain");
    }
}
