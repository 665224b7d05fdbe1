package kz.aumaq.gis.tile;

/**
 * One cached tile. {@code revision} sums the data revisions of the layers drawn, so changed data
 * never meets an old tile even before invalidation has run.
 */
public record TileKey(String layer, String style, String grid, String lang, String date, int z, int x, int y, String format, long revision) {
}
