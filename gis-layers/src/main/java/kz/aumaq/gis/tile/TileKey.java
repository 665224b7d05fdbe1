package kz.aumaq.gis.tile;

/**
 * One cached tile. Data revisions are not part of the key: changed data invalidates its area
 * explicitly, so tiles elsewhere stay warm (see {@link TileRenderer} for the race this needs).
 *
 * @param scope the territory restricted layers were cut to ({@link TileRequest#scope()}), empty
 *              when drawn whole: one territory's tiles are never another viewer's
 */
public record TileKey(String layer, String scope, String style, String grid, String lang, String date, int z, int x, int y, String format) {

    /** Tiles drawn whole, for everyone who sees the layers whole. */
    public TileKey(String layer, String style, String grid, String lang, String date, int z, int x, int y, String format) {
        this(layer, "", style, grid, lang, date, z, x, y, format);
    }

    /** A file-system-safe relative path for the disk tier (whole tiles under {@code all}, scoped under {@code in-<scope>}). */
    String path() {
        return String.join("/", safe(layer), scope.isEmpty() ? "all" : "in-" + safe(scope), safe(style), grid, lang, date, Integer.toString(z), Integer.toString(x),
                y + "." + format.toLowerCase(java.util.Locale.ROOT));
    }

    private static String safe(String s) {
        return s.replaceAll("[^A-Za-z0-9_.-]", "_");
    }
}
