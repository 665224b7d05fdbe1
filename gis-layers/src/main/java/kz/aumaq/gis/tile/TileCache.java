package kz.aumaq.gis.tile;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.locationtech.jts.geom.Envelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Encoded tiles in two bounded LRU tiers: memory, and (optionally) disk for what memory evicts.
 * Invalidation by layer, optionally within a lon/lat area, when data or styles change. The disk
 * tier is emptied at start: data may have changed while the server was down.
 */
public class TileCache {

    private static final Logger log = LoggerFactory.getLogger(TileCache.class);
    private final Cache<TileKey, byte[]> memory;
    private final Cache<TileKey, Integer> disk;
    private final Path dir;

    /** Memory only. */
    public TileCache(long maxBytes) {
        this(maxBytes, null, 0);
    }

    /** @param dir where evicted tiles go (null for none); @param maxDiskBytes its budget */
    public TileCache(long maxBytes, Path dir, long maxDiskBytes) {
        this.dir = dir;
        if (dir != null) {
            clear(dir);
            this.disk = Caffeine.newBuilder()
                    .maximumWeight(Math.max(1, maxDiskBytes))
                    .weigher((TileKey k, Integer size) -> size)
                    .executor(Runnable::run)
                    .removalListener((TileKey k, Integer size, RemovalCause cause) -> {
                        if (k != null && cause != RemovalCause.REPLACED) delete(k);
                    })
                    .build();
        } else {
            this.disk = null;
        }
        this.memory = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((TileKey k, byte[] v) -> v.length + 96)
                .executor(Runnable::run)
                .removalListener((TileKey k, byte[] v, RemovalCause cause) -> {
                    if (cause == RemovalCause.SIZE && k != null && v != null) spill(k, v);
                })
                .recordStats()
                .build();
    }

    public Optional<byte[]> get(TileKey key) {
        byte[] hit = memory.getIfPresent(key);
        if (hit != null || disk == null) return Optional.ofNullable(hit);
        if (disk.getIfPresent(key) == null) return Optional.empty();
        try {
            byte[] bytes = Files.readAllBytes(dir.resolve(key.path()));
            memory.put(key, bytes);
            return Optional.of(bytes);
        } catch (IOException e) {
            disk.invalidate(key);
            return Optional.empty();
        }
    }

    public void put(TileKey key, byte[] png) {
        memory.put(key, png);
    }

    /** Drops the tiles of these layers (or groups); within {@code lonLat} only, when given. */
    public void invalidate(Collection<String> layers, Envelope lonLat) {
        Set<String> names = Set.copyOf(layers);
        memory.asMap().keySet().removeIf(k -> touches(k.layer(), names) && (lonLat == null || lonLat.intersects(toLonLat(k))));
        if (disk != null) disk.asMap().keySet().removeIf(k -> touches(k.layer(), names) && (lonLat == null || lonLat.intersects(toLonLat(k))));
    }

    /**
     * A key names one layer or group, or a list of layers drawn together: {@code wms:a,b,} for WMS
     * TILED requests, {@code group:a,b,} for a group seen only in part. The group and any of the
     * layers count.
     */
    private static boolean touches(String keyLayer, Set<String> names) {
        if (names.contains(keyLayer)) return true;
        int colon = keyLayer.indexOf(':');
        if (colon < 0) return false;
        if (names.contains(keyLayer.substring(0, colon))) return true;
        for (String part : keyLayer.substring(colon + 1).split(",")) if (names.contains(part)) return true;
        return false;
    }

    public void invalidateAll() {
        memory.invalidateAll();
        if (disk != null) disk.invalidateAll();
    }

    /** Tiles held in memory. */
    public long size() {
        return memory.estimatedSize();
    }

    /** Tiles held on disk. */
    public long diskSize() {
        return disk == null ? 0 : disk.estimatedSize();
    }

    public double hitRate() {
        return memory.stats().hitRate();
    }

    private void spill(TileKey k, byte[] v) {
        if (disk == null) return;
        try {
            Path file = dir.resolve(k.path());
            Files.createDirectories(file.getParent());
            Files.write(file, v);
            disk.put(k, v.length);
        } catch (IOException e) {
            log.warn("Could not write tile to the disk cache: {}", e.getMessage());
        }
    }

    private void delete(TileKey k) {
        try {
            Files.deleteIfExists(dir.resolve(k.path()));
        } catch (IOException e) {
            log.warn("Could not delete a cached tile: {}", e.getMessage());
        }
    }

    private static void clear(Path dir) {
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(dir)).forEach(p -> p.toFile().delete());
                }
            }
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Envelope toLonLat(TileKey k) {
        TileGrid grid = TileGrid.byIdentifier(k.grid()).orElse(TileGrid.GOOGLE_MAPS_COMPATIBLE);
        return grid.crs().toLonLat(grid.envelope(k.z(), k.x(), k.y()));
    }
}
