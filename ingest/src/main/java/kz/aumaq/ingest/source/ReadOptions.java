package kz.aumaq.ingest.source;

/**
 * What the user may tell a reader, and the limits that protect the server.
 *
 * @param crs          the CRS to assume when the file has none (e.g. {@code EPSG:32642}); null = refuse such files.
 *                     When the file declares one, the named CRS still wins (a copied .prj happens) and the
 *                     report says so
 * @param encoding     force a text encoding (e.g. {@code windows-1251}); null = declared or detected
 * @param table        GeoPackage table or XLSX sheet to read; null = the first/only one
 * @param maxBytes     largest file (or total unzipped size) accepted
 * @param maxEntries   most entries a zip may hold
 */
public record ReadOptions(String crs, String encoding, String table, long maxBytes, int maxEntries) {

    public static final ReadOptions DEFAULT = new ReadOptions(null, null, null, 512L * 1024 * 1024, 1000);

    public ReadOptions withCrs(String value) {
        return new ReadOptions(value, encoding, table, maxBytes, maxEntries);
    }
}
