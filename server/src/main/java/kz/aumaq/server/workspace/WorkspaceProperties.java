package kz.aumaq.server.workspace;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aumaq.web.*}: what the web workspace offers besides our own services.
 *
 * @param basemaps external XYZ basemaps the user may switch to; our own basemap (boundaries and
 *                 names from our tiles) is always first and needs no network
 */
@ConfigurationProperties("aumaq.web")
public record WorkspaceProperties(List<Basemap> basemaps) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_-]{0,31}");

    public WorkspaceProperties {
        basemaps = basemaps == null ? List.of() : List.copyOf(basemaps);
        for (int i = 0; i < basemaps.size(); i++) basemaps.get(i).check("aumaq.web.basemaps[" + i + "]");
    }

    /**
     * One external basemap.
     *
     * @param id          short name in links ({@code #b=osm}); lower case
     * @param title       shown in the basemap list
     * @param url         an XYZ template with {z}, {x} and {y} (and optionally {s}): http, https, or a path on
     *                    this server (starting with '/', e.g. a proxied tile service)
     * @param attribution credit shown on the map (required by most tile providers' terms)
     * @param maxZoom     deepest zoom the provider serves (default 19)
     */
    public record Basemap(String id, String title, String url, String attribution, Integer maxZoom) {

        public Basemap {
            if (maxZoom == null) maxZoom = 19;
        }

        // Checked at start so a typo in application.yml stops the server with its property named,
        // rather than showing users a grey map.
        void check(String property) {
            if (id == null || !ID.matcher(id).matches() || id.equals("aumaq") || id.equals("none")) {
                throw new IllegalArgumentException(property + ".id must be lower-case letters, digits, '-' or '_' (not 'aumaq' or 'none'), got '" + id + "'");
            }
            if (title == null || title.isBlank()) throw new IllegalArgumentException(property + ".title is required");
            if (url == null || !(url.startsWith("https://") || url.startsWith("http://") || (url.startsWith("/") && !url.startsWith("//")))
                    || !url.contains("{z}") || !url.contains("{x}") || !url.contains("{y}")) {
                throw new IllegalArgumentException(property + ".url must be an XYZ template (http, https or a /path) with {z}, {x} and {y}, got '"
                        + url + "'");
            }
            if (maxZoom < 0 || maxZoom > 24) throw new IllegalArgumentException(property + ".max-zoom must be 0 to 24, got " + maxZoom);
        }
    }
}
