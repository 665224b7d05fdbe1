package kz.aumaq.gis.wms;

import java.util.List;
import kz.aumaq.gis.layer.Layer;

/**
 * A fully validated GetFeatureInfo: the map it points into, the layers to query and the pixel.
 *
 * @param i pixel column from the left (I in 1.3.0, X in 1.1.1)
 * @param j pixel row from the top (J in 1.3.0, Y in 1.1.1)
 */
public record GetFeatureInfoRequest(GetMapRequest map, List<Layer> queryLayers, InfoFormat infoFormat,
                                    int i, int j, int featureCount, int tolerancePx) {
}
