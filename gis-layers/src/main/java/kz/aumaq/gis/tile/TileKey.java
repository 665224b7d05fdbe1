package kz.aumaq.gis.tile;

/**
 * One cached tile. Data revisions are not part of the key: changed data invalidates its area
 * explicitly, so tiles elsewhere stay warm (see {@link TileRenderer} for the race this needs).
 */
public record TileKey(String layer, String style, String grid, String lang, String date, int z, int x, int y, String format) {

    /** A file-system-safe relative path for the disk tier. */
    String path() {
        return String.join("/", safe(layer), safe(style), grid, lang, date, Integer.toString(z), Integer.toString(x),
                y + "." + format.toLowerCase(java.util.Locale.ROOT));
    }

    private static String safe(String s) {
        return s.replaceAll("[^A-Za-z0-9_.-]", "_");
    }
}
