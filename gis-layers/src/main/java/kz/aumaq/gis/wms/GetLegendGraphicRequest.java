package kz.aumaq.gis.wms;

import java.util.List;
import kz.aumaq.gis.image.ImageFormat;
import kz.aumaq.gis.layer.Layer;
import kz.aumaq.gis.render.StyledLayer;
import kz.aumaq.gis.style.Style;
import kz.aumaq.gis.text.Lang;

/**
 * A validated GetLegendGraphic: one layer's legend, or a group's (each member's legend under its title).
 *
 * @param layers the layer with its style, or a group's members with theirs, top of the list first
 * @param group  true for a group: each member's rules are headed by the member's title
 * @param scale  only rules active at this scale denominator, or NaN for all
 * @param rule   only this rule (of a single layer), or null
 */
public record GetLegendGraphicRequest(List<StyledLayer> layers, boolean group, ImageFormat format, int symbolWidth, int symbolHeight,
                                      Lang lang, double scale, String rule, boolean transparent) {

    public GetLegendGraphicRequest {
        layers = List.copyOf(layers);
        if (layers.isEmpty()) throw new IllegalArgumentException("a legend needs a layer");
    }

    /** One layer's legend in one style. */
    public static GetLegendGraphicRequest of(Layer layer, Style style, ImageFormat format, int symbolWidth, int symbolHeight,
                                             Lang lang, double scale, String rule, boolean transparent) {
        return new GetLegendGraphicRequest(List.of(new StyledLayer(layer, style)), false, format, symbolWidth, symbolHeight, lang, scale, rule, transparent);
    }
}
