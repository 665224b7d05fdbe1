package kz.aumaq.gis.render;

import kz.aumaq.gis.layer.Layer;
import kz.aumaq.gis.style.Style;

/** One entry of a map: a layer and the style to draw it with. */
public record StyledLayer(Layer layer, Style style) {
}
