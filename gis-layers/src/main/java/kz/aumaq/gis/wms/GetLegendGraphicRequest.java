package kz.aumaq.gis.wms;

import kz.aumaq.gis.image.ImageFormat;
import kz.aumaq.gis.layer.Layer;
import kz.aumaq.gis.style.Style;
import kz.aumaq.gis.text.Lang;

/**
 * A validated GetLegendGraphic.
 *
 * @param scale only rules active at this scale denominator, or NaN for all
 * @param rule  only this rule, or null
 */
public record GetLegendGraphicRequest(Layer layer, Style style, ImageFormat format, int symbolWidth, int symbolHeight,
                                      Lang lang, double scale, String rule, boolean transparent) {
}
