package kz.aumaq.gis.tile;

import org.locationtech.jts.geom.Envelope;

/** The XYZ / GoogleMapsCompatible tile grid in EPSG:3857: 256-pixel tiles, row 0 at the top. */
public final class WebMercatorTiles {

    public static final double HALF_WORLD = Math.PI * 6378137.0;
    public static final int TILE_SIZE = 256;
    public static final int MAX_ZOOM = 22;

    private WebMercatorTiles() {
    }

    public static boolean exists(int z, int x, int y) {
        if (z < 0 || z > MAX_ZOOM) return false;
        long n = 1L << z;
        return x >= 0 && y >= 0 && x < n && y < n;
    }

    /** The tile's extent in EPSG:3857 metres. */
    public static Envelope envelope(int z, int x, int y) {
        double size = 2 * HALF_WORLD / (1L << z);
        double minX = -HALF_WORLD + x * size;
        double maxY = HALF_WORLD - y * size;
        return new Envelope(minX, minX + size, maxY - size, maxY);
    }

    /** The range of tiles at zoom z touching a lon/lat box: {minX, minY, maxX, maxY} tile indexes. */
    public static int[] range(Envelope lonLat, int z) {
        int n = 1 << z;
        int x0 = (int) Math.floor((lonLat.getMinX() + 180) / 360 * n);
        int x1 = (int) Math.floor((lonLat.getMaxX() + 180) / 360 * n);
        int y0 = row(lonLat.getMaxY(), n);
        int y1 = row(lonLat.getMinY(), n);
        return new int[] {clamp(x0, n), clamp(y0, n), clamp(x1, n), clamp(y1, n)};
    }

    private static int row(double lat, int n) {
        double r = Math.toRadians(Math.max(-85.0511, Math.min(85.0511, lat)));
        return (int) Math.floor((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2 * n);
    }

    private static int clamp(int v, int n) {
        return Math.max(0, Math.min(n - 1, v));
    }
}
