package kz.aumaq.gis.tile;

import java.util.List;
import java.util.Optional;
import kz.aumaq.gis.crs.CrsRegistry;
import kz.aumaq.gis.crs.MapCrs;
import org.locationtech.jts.geom.Envelope;

/**
 * A tile matrix set: square 256-pixel tiles halving in size at each zoom, counted from the
 * top-left corner. The two OGC well-known sets are offered: {@code GoogleMapsCompatible} (Web
 * Mercator, the XYZ scheme) and {@code WorldCRS84Quad} (lon/lat, 2×1 tiles at zoom 0).
 *
 * @param span0 width and height of a zoom-0 tile in CRS units
 */
public record TileGrid(String identifier, MapCrs crs, String crsUrn, double originX, double originY, double span0,
                       int matrixWidth0, int matrixHeight0, int maxZoom, String wellKnownScaleSet) {

    public static final int TILE_SIZE = 256;
    /** Half the Web Mercator world's width in metres. */
    public static final double HALF_WORLD = Math.PI * 6378137.0;
    public static final TileGrid GOOGLE_MAPS_COMPATIBLE = new TileGrid("GoogleMapsCompatible", CrsRegistry.require("EPSG:3857"),
            "urn:ogc:def:crs:EPSG::3857", -HALF_WORLD, HALF_WORLD, 2 * HALF_WORLD, 1, 1, 22,
            "urn:ogc:def:wkss:OGC:1.0:GoogleMapsCompatible");
    public static final TileGrid WORLD_CRS84_QUAD = new TileGrid("WorldCRS84Quad", CrsRegistry.require("CRS:84"),
            "urn:ogc:def:crs:OGC:1.3:CRS84", -180, 90, 180, 2, 1, 17, "urn:ogc:def:wkss:OGC:1.0:GoogleCRS84Quad");

    public static List<TileGrid> all() {
        return List.of(GOOGLE_MAPS_COMPATIBLE, WORLD_CRS84_QUAD);
    }

    public static Optional<TileGrid> byIdentifier(String id) {
        return all().stream().filter(g -> g.identifier().equalsIgnoreCase(id == null ? "" : id.trim())).findFirst();
    }

    public long matrixWidth(int z) {
        return (long) matrixWidth0 << z;
    }

    public long matrixHeight(int z) {
        return (long) matrixHeight0 << z;
    }

    public boolean exists(int z, long col, long row) {
        return z >= 0 && z <= maxZoom && col >= 0 && row >= 0 && col < matrixWidth(z) && row < matrixHeight(z);
    }

    public double span(int z) {
        return span0 / (1L << z);
    }

    /** The tile's extent in the grid's CRS (x/y order). */
    public Envelope envelope(int z, long col, long row) {
        double s = span(z);
        double minX = originX + col * s;
        double maxY = originY - row * s;
        return new Envelope(minX, minX + s, maxY - s, maxY);
    }

    /**
     * The tile whose extent is exactly {@code box} (within a millionth of a tile), as {z, col, row};
     * empty when the box is not one tile of this grid.
     */
    public Optional<long[]> tileAt(Envelope box) {
        double size = box.getWidth();
        int z = (int) Math.round(Math.log(span0 / size) / Math.log(2));
        if (z < 0 || z > maxZoom) return Optional.empty();
        long col = Math.round((box.getMinX() - originX) / span(z));
        long row = Math.round((originY - box.getMaxY()) / span(z));
        if (!exists(z, col, row)) return Optional.empty();
        Envelope tile = envelope(z, col, row);
        double eps = size * 1e-6;
        boolean same = Math.abs(tile.getMinX() - box.getMinX()) <= eps && Math.abs(tile.getMaxY() - box.getMaxY()) <= eps
                && Math.abs(tile.getWidth() - size) <= eps && Math.abs(tile.getHeight() - box.getHeight()) <= eps;
        return same ? Optional.of(new long[] {z, col, row}) : Optional.empty();
    }

    /** WMTS scale denominator of zoom z (standard 0.28 mm pixel). */
    public double scaleDenominator(int z) {
        return span(z) / TILE_SIZE * crs.metresPerUnit() / 0.00028;
    }
}
