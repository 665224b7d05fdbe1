package kz.aumaq.ingest.shapefile;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * Maps the ESRI WKT of a {@code .prj} file to an EPSG code. H2GIS only understands .prj files
 * that carry an EPSG authority, and ESRI-style files (like geokz's) do not, so we recognise the
 * systems we support ourselves. Only geographic WGS 84 so far; others come with reprojection.
 */
final class ProjectionFile {

    static final int WGS84 = 4326;

    private ProjectionFile() {
    }

    static OptionalInt epsgOf(String wkt) {
        String w = wkt.toUpperCase(Locale.ROOT).replace(" ", "_");
        boolean geographic = w.startsWith("GEOGCS[") || w.startsWith("GEOGCRS[");
        boolean wgs84 = w.contains("WGS_1984") || w.contains("WGS_84") || w.contains("WGS84");
        return geographic && wgs84 ? OptionalInt.of(WGS84) : OptionalInt.empty();
    }
}
