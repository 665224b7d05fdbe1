package kz.aumaq.gis.wms;

import java.awt.Color;
import java.time.LocalDate;
import java.util.List;
import kz.aumaq.gis.image.ImageFormat;
import kz.aumaq.gis.render.MapView;
import kz.aumaq.gis.render.StyledLayer;
import kz.aumaq.gis.style.Style;
import kz.aumaq.gis.text.Lang;

/**
 * A fully validated GetMap.
 *
 * @param tiled vendor parameter TILED=true: may be answered from the tile cache
 */
public record GetMapRequest(WmsVersion version, List<StyledLayer> layers, MapView view, ImageFormat format,
                            boolean transparent, Color background, ExceptionFormat exceptions, Lang lang,
                            LocalDate date, boolean tiled) {

    /** The same map with every layer drawn in one style (a draft being edited), never from the tile cache. */
    public GetMapRequest withStyle(Style style) {
        List<StyledLayer> restyled = layers.stream().map(l -> new StyledLayer(l.layer(), style)).toList();
        return new GetMapRequest(version, restyled, view, format, transparent, background, exceptions, lang, date, false);
    }
}
