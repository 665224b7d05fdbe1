package kz.aumaq.gis.tile;

import java.time.LocalDate;
import java.util.List;
import kz.aumaq.gis.image.ImageFormat;
import kz.aumaq.gis.render.StyledLayer;
import kz.aumaq.gis.text.Lang;

/**
 * A validated tile request.
 *
 * @param name   the layer or group name the tile is published under (the cache's invalidation key)
 * @param style  the style name as requested ({@code default} for the layer's default)
 * @param layers what to draw, bottom to top
 * @param x      column, counted from the grid's left edge
 * @param y      row, counted from the grid's top edge
 */
public record TileRequest(String name, String style, List<StyledLayer> layers, TileGrid grid, int z, int x, int y,
                          ImageFormat format, Lang lang, LocalDate date, boolean transparent) {
}
