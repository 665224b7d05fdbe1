package kz.aumaq.gis.tile;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;

/**
 * Encoded tiles in memory, bounded by bytes, least recently used out first. Invalidation by layer
 * (and optionally a lon/lat area) when data or styles change.
 */
public class TileCache {

    private final Cache<TileKey, byte[]> tiles;

    public TileCache(long maxBytes) {
        this.tiles = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((TileKey k, byte[] v) -> v.length + 96)
                .executor(Runnable::run)
                .recordStats()
                .build();
    }

    public Optional<byte[]> get(TileKey key) {
        return Optional.ofNullable(tiles.getIfPresent(key));
    }

    public void put(TileKey key, byte[] png) {
        tiles.put(key, png);
    }

    /** Drops the tiles of these layers (or groups); within {@code lonLat} only, when given. */
    public void invalidate(Collection<String> layers, Envelope lonLat) {
        Set<String> names = Set.copyOf(layers);
        tiles.asMap().keySet().removeIf(k -> touches(k.layer(), names)
                && (lonLat == null || lonLat.intersects(toLonLat(k))));
    }

    /** A key names one layer or group, or (for WMS TILED requests) {@code wms:a,b,}: any of them counts. */
    private static boolean touches(String keyLayer, Set<String> names) {
        if (names.contains(keyLayer)) return true;
        if (!keyLayer.startsWith("wms:")) return false;
        for (String part : keyLayer.substring(4).split(",")) if (names.contains(part)) return true;
        return false;
    }

    public void invalidateAll() {
        tiles.invalidateAll();
    }

    public long size() {
        return tiles.estimatedSize();
    }

    public double hitRate() {
        return tiles.stats().hitRate();
    }

    private static Envelope toLonLat(TileKey k) {
        TileGrid grid = TileGrid.byIdentifier(k.grid()).orElse(TileGrid.GOOGLE_MAPS_COMPATIBLE);
        return grid.crs().toLonLat(grid.envelope(k.z(), k.x(), k.y()));
    }
}
