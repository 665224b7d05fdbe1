package kz.aumaq.gis.features;

import java.util.List;
import java.util.Locale;

/** The representations offered: GeoJSON for features, JSON for the other resources, HTML for people. */
public enum ResponseFormat {
    GEOJSON("application/geo+json"),
    JSON("application/json"),
    HTML("text/html");

    public final String mediaType;

    ResponseFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public boolean isHtml() {
        return this == HTML;
    }

    /**
     * The format for a request: {@code f} decides when given (an unknown value is a 406), else the
     * best match of the {@code Accept} header; JSON when nothing matches, since clients send all
     * kinds of Accept headers and {@code f} is the explicit way to insist.
     *
     * @param features true for resources that hold features (GeoJSON rather than plain JSON)
     */
    static ResponseFormat negotiate(String f, String accept, boolean features) {
        ResponseFormat json = features ? GEOJSON : JSON;
        if (f != null) {
            switch (f.trim().toLowerCase(Locale.ROOT)) {
                case "json", "geojson", "application/json", "application/geo+json" -> {
                    return json;
                }
                case "html", "text/html" -> {
                    return HTML;
                }
                default -> throw FeaturesException.notAcceptable("f must be json or html, got '" + f + "'");
            }
        }
        AcceptHeader header = AcceptHeader.parse(accept);
        List<ResponseFormat> offered = features ? List.of(GEOJSON, JSON, HTML) : List.of(JSON, HTML);
        ResponseFormat best = json;
        double bestWeight = 0;
        for (ResponseFormat candidate : offered) {
            double w = header.weightOfMediaType(candidate.mediaType);
            if (w > bestWeight) {
                best = candidate;
                bestWeight = w;
            }
        }
        return best;
    }
}
