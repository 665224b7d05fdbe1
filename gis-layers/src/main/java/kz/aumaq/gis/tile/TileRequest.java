package kz.aumaq.gis.tile;

import java.time.LocalDate;
import java.util.List;
import kz.aumaq.gis.image.ImageFormat;
import kz.aumaq.gis.layer.ScopedLayerSource;
import kz.aumaq.gis.render.StyledLayer;
import kz.aumaq.gis.text.Lang;

/**
 * A validated tile request.
 *
 * @param name   the layer or group name the tile is published under (the cache's invalidation key);
 *               for a group seen only in part, {@link #partialGroupName} of the members drawn
 * @param style  the style name as requested ({@code default} for the layer's default)
 * @param layers what to draw, bottom to top
 * @param x      column, counted from the grid's left edge
 * @param y      row, counted from the grid's top edge
 */
public record TileRequest(String name, String style, List<StyledLayer> layers, TileGrid grid, int z, int x, int y,
                          ImageFormat format, Lang lang, LocalDate date, boolean transparent) {

    /** True when any layer drawn is not public: such a tile is for its viewer, not for shared caches. */
    public boolean restricted() {
        return layers.stream().anyMatch(l -> l.layer().visibility() != kz.aumaq.gis.layer.Visibility.PUBLIC);
    }

    /**
     * The territory the restricted layers drawn are cut to ({@link ScopedLayerSource#scope()}), or
     * empty when everything is drawn whole. Part of the cache key, like a partial group's name, and
     * read from the layers themselves so no path (XYZ, WMTS, WMS TILED) can forget it.
     */
    public String scope() {
        return layers.stream().map(l -> l.layer().source()).filter(s -> s instanceof ScopedLayerSource)
                .map(s -> ((ScopedLayerSource) s).scope()).findFirst().orElse("");
    }

    /**
     * The cache name of a group drawn with only some of its members ({@code admin:regions,districts,}):
     * distinct from the whole group's tiles, and dropped whenever the group or one of them changes.
     */
    public static String partialGroupName(String group, List<String> members) {
        StringBuilder b = new StringBuilder(group).append(':');
        for (String m : members) b.append(m).append(',');
        return b.toString();
    }
}
