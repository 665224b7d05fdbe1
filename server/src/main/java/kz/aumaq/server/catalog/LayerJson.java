package kz.aumaq.server.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.aumaq.gis.layer.Layer;
import kz.aumaq.gis.layer.LayerGroup;
import org.locationtech.jts.geom.Envelope;

/**
 * The API's JSON shape of a published layer, with ready-made links to draw it: a WMS GetMap of
 * its whole extent, and per style a legend and an XYZ tile template.
 */
final class LayerJson {

    /** Width of the preview GetMap link; the height follows the extent's shape. */
    private static final int PREVIEW_WIDTH = 768;

    private LayerJson() {
    }

    static Map<String, Object> describe(Layer layer, List<LayerGroup> groups, String base) {
        Envelope bbox = layer.source().extent();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", layer.name());
        m.putAll(settings(layer));
        m.put("bbox", List.of(bbox.getMinX(), bbox.getMinY(), bbox.getMaxX(), bbox.getMaxY()));
        m.put("groups", groups.stream().filter(g -> g.layers().contains(layer.name())).map(LayerGroup::name).toList());
        m.put("links", links(layer, bbox, base));
        return m;
    }

    /** The editable settings alone (no extent, links or groups): what the audit trail keeps before and after a change. */
    static Map<String, Object> settings(Layer layer) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", layer.title().asMap());
        m.put("abstract", layer.abstractText().asMap());
        m.put("keywords", layer.keywords());
        m.put("queryable", layer.queryable());
        m.put("defaultStyle", layer.defaultStyle());
        m.put("styles", layer.styles());
        m.put("minScale", layer.minScale());
        m.put("maxScale", layer.maxScale());
        m.put("visibility", layer.visibility().name().toLowerCase(Locale.ROOT));
        m.put("attribution", layer.attribution());
        return m;
    }

    private static List<Map<String, Object>> links(Layer layer, Envelope bbox, String base) {
        List<Map<String, Object>> links = new ArrayList<>();
        links.add(StyleJson.link("self", "application/json", base + "/api/layers/" + layer.name()));
        links.add(StyleJson.link("map", "image/png", getMap(layer, bbox, base)));
        for (String style : layer.styles()) {
            Map<String, Object> legend = StyleJson.link("legend", "image/png", base + "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetLegendGraphic"
                    + "&FORMAT=image/png&LAYER=" + layer.name() + "&STYLE=" + style);
            legend.put("style", style);
            links.add(legend);
            Map<String, Object> tiles = StyleJson.link("tiles", "image/png", base + "/tiles/" + layer.name() + "/" + style + "/{z}/{x}/{y}.png");
            tiles.put("style", style);
            tiles.put("templated", true);
            links.add(tiles);
            links.add(styleLink(style, base));
        }
        return links;
    }

    private static Map<String, Object> styleLink(String style, String base) {
        Map<String, Object> link = StyleJson.link("describedby", "application/json", base + "/api/styles/" + style);
        link.put("style", style);
        return link;
    }

    /** WMS 1.3.0 in EPSG:4326 takes the bbox as lat,lon. */
    private static String getMap(Layer layer, Envelope bbox, String base) {
        double w = Math.max(bbox.getWidth(), 1e-6);
        double h = Math.max(bbox.getHeight(), 1e-6);
        int height = (int) Math.max(64, Math.min(2048, Math.round(PREVIEW_WIDTH * h / w)));
        return base + "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=" + layer.name() + "&STYLES=&CRS=EPSG:4326"
                + "&BBOX=" + bbox.getMinY() + "," + bbox.getMinX() + "," + bbox.getMaxY() + "," + bbox.getMaxX()
                + "&WIDTH=" + PREVIEW_WIDTH + "&HEIGHT=" + height + "&FORMAT=image/png";
    }
}
