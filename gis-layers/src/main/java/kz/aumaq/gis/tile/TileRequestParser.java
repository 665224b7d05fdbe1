package kz.aumaq.gis.tile;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import kz.aumaq.gis.image.ImageFormat;
import kz.aumaq.gis.layer.CatalogView;
import kz.aumaq.gis.layer.Layer;
import kz.aumaq.gis.layer.LayerAccess;
import kz.aumaq.gis.layer.LayerCatalog;
import kz.aumaq.gis.layer.LayerGroup;
import kz.aumaq.gis.render.StyledLayer;
import kz.aumaq.gis.style.Style;
import kz.aumaq.gis.text.Lang;
import kz.aumaq.gis.wms.WmsException;

/**
 * Validates an XYZ or WMTS tile address against the catalog (as the viewer sees it) and the grid;
 * never touches the database. Because the viewer's access is settled here, before the tile cache
 * is asked, a cached tile of a layer someone may not see is never theirs: the request fails as for
 * a layer that does not exist. A group the viewer sees only in part is cached under a name listing
 * the members drawn, never under the group's own name.
 */
public class TileRequestParser {

    private final LayerCatalog catalog;
    private final Clock clock;

    public TileRequestParser(LayerCatalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    /**
     * @param style  {@code default} or empty for the layer's default style
     * @param lang   null for the default language
     * @param date   null for today
     * @param access who asks: layers they may not see do not exist
     */
    public TileRequest parse(String name, String style, int z, int x, int y, String format, String lang, String date, boolean transparent,
                             LayerAccess access) {
        return parse(name, style, TileGrid.GOOGLE_MAPS_COMPATIBLE, z, x, y, format, lang, date, transparent, access);
    }

    public TileRequest parse(String name, String style, TileGrid grid, int z, int x, int y, String format, String lang, String date,
                             boolean transparent, LayerAccess access) {
        CatalogView view = catalog.view(access);
        List<StyledLayer> layers = new ArrayList<>();
        String styleName = style == null || style.isBlank() ? "default" : style;
        String cacheName = name;
        LayerGroup group = view.group(name).orElse(null);
        if (group != null) {
            if (!styleName.equals("default")) throw notFound("StyleNotDefined", "style", "group " + name + " has only the style 'default'");
            for (String m : group.layers()) view.layer(m).ifPresent(l -> layers.add(new StyledLayer(l, styleOf(view, l, l.defaultStyle()))));
            if (!view.wholeGroup(name)) cacheName = TileRequest.partialGroupName(name, group.layers());
        } else {
            Layer layer = view.layer(name).orElseThrow(() -> notFound("LayerNotDefined", "layer", "no layer named " + name));
            String wanted = styleName.equals("default") ? layer.defaultStyle() : styleName;
            if (!layer.styles().contains(wanted)) {
                throw notFound("StyleNotDefined", "style", "layer " + name + " has no style " + styleName + "; it has " + layer.styles());
            }
            layers.add(new StyledLayer(layer, styleOf(view, layer, wanted)));
        }
        if (!grid.exists(z, x, y)) {
            throw notFound("TileOutOfRange", "tile", "tile " + z + "/" + x + "/" + y + " is outside the " + grid.identifier()
                    + " grid (zoom 0–" + grid.maxZoom() + ")");
        }
        ImageFormat f = ImageFormat.fromName(format).orElseThrow(() -> new WmsException("InvalidFormat", "format",
                "tile format " + format + " is not offered; use png, png8 or jpeg"));
        Lang l = lang == null || lang.isBlank() ? Lang.DEFAULT : Lang.fromCode(lang).orElseThrow(() ->
                new WmsException("InvalidParameterValue", "lang", "lang must be kk, ru or en, got '" + lang + "'"));
        LocalDate d;
        try {
            d = date == null || date.isBlank() ? LocalDate.now(clock) : LocalDate.parse(date.trim());
        } catch (DateTimeParseException e) {
            throw new WmsException("InvalidParameterValue", "date", "date must be YYYY-MM-DD, got '" + date + "'");
        }
        return new TileRequest(cacheName, styleName, layers, grid, z, x, y, f, l, d, transparent && f.supportsTransparency());
    }

    private static Style styleOf(CatalogView view, Layer layer, String name) {
        return view.style(name).orElseThrow(() -> notFound("StyleNotDefined", "style", "style " + name + " of layer " + layer.name() + " is missing"));
    }

    private static WmsException notFound(String code, String locator, String message) {
        return new WmsException(code, locator, message, 404);
    }
}
