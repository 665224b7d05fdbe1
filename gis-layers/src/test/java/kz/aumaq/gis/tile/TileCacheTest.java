package kz.aumaq.gis.tile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class TileCacheTest {

    private static TileKey key(String layer, int z, int x, int y) {
        return new TileKey(layer, "default", "GoogleMapsCompatible", "kk", "2024-01-01", z, x, y, "PNG");
    }

    @Test
    void invalidationDropsOnlyTheLayersAndAreaAsked() {
        TileCache cache = new TileCache(1 << 20);
        long[] astana = TileSeeder.range(TileGrid.GOOGLE_MAPS_COMPATIBLE, new Envelope(71.43, 71.43, 51.13, 51.13), 8);
        cache.put(key("regions", 8, (int) astana[0], (int) astana[1]), new byte[10]);
        cache.put(key("regions", 8, 0, 0), new byte[10]);
        cache.put(key("districts", 8, (int) astana[0], (int) astana[1]), new byte[10]);
        cache.put(key("wms:districts,regions,", 8, (int) astana[0], (int) astana[1]), new byte[10]);
        cache.invalidate(List.of("regions"), new Envelope(71, 72, 51, 52));
        assertThat(cache.get(key("regions", 8, (int) astana[0], (int) astana[1]))).isEmpty();
        assertThat(cache.get(key("wms:districts,regions,", 8, (int) astana[0], (int) astana[1]))).isEmpty();
        assertThat(cache.get(key("regions", 8, 0, 0))).isPresent();
        assertThat(cache.get(key("districts", 8, (int) astana[0], (int) astana[1]))).isPresent();
    }

    @Test
    void theCacheStaysWithinItsByteBudget() {
        TileCache cache = new TileCache(100_000);
        for (int i = 0; i < 100; i++) cache.put(key("regions", 10, i, 0), new byte[5_000]);
        cache.get(key("regions", 10, 0, 0));
        assertThat(cache.size()).isLessThanOrEqualTo(20);
    }

    @Test
    void tilesEvictedFromMemoryAreKeptOnDiskUntilInvalidated(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        TileCache cache = new TileCache(20_000, dir, 1_000_000);
        for (int i = 0; i < 50; i++) {
            byte[] tile = new byte[5_000];
            tile[0] = (byte) i;
            cache.put(key("regions", 10, i, 0), tile);
        }
        assertThat(cache.size()).isLessThanOrEqualTo(4);
        assertThat(cache.diskSize()).isGreaterThanOrEqualTo(45);
        assertThat(cache.get(key("regions", 10, 7, 0))).hasValueSatisfying(b -> assertThat(b[0]).isEqualTo((byte) 7));
        try (var files = java.nio.file.Files.walk(dir)) {
            assertThat(files.filter(java.nio.file.Files::isRegularFile).count()).isGreaterThanOrEqualTo(45);
        }
        cache.invalidate(List.of("regions"), null);
        assertThat(cache.get(key("regions", 10, 7, 0))).isEmpty();
        try (var files = java.nio.file.Files.walk(dir)) {
            assertThat(files.filter(java.nio.file.Files::isRegularFile).count()).isZero();
        }
    }

    @Test
    void aNewCacheStartsWithAnEmptyDiskTier(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("regions/default"));
        java.nio.file.Files.write(dir.resolve("regions/default/stale.png"), new byte[10]);
        new TileCache(1000, dir, 100_000);
        try (var files = java.nio.file.Files.walk(dir)) {
            assertThat(files.filter(java.nio.file.Files::isRegularFile).count()).isZero();
        }
    }

    @Test
    void gridMathMatchesTheXyzScheme() {
        Envelope z1 = TileGrid.GOOGLE_MAPS_COMPATIBLE.envelope(1, 1, 0);
        assertThat(z1.getMinX()).isEqualTo(0);
        assertThat(z1.getMinY()).isEqualTo(0);
        assertThat(z1.getMaxX()).isEqualTo(TileGrid.HALF_WORLD);
        long[] astana = TileSeeder.range(TileGrid.GOOGLE_MAPS_COMPATIBLE, new Envelope(71.43, 71.43, 51.13, 51.13), 5);
        assertThat(astana[0]).isEqualTo(22);
        assertThat(astana[1]).isEqualTo(10);
        assertThat(TileGrid.GOOGLE_MAPS_COMPATIBLE.exists(5, 32, 0)).isFalse();
        assertThat(TileGrid.GOOGLE_MAPS_COMPATIBLE.tileAt(TileGrid.GOOGLE_MAPS_COMPATIBLE.envelope(5, 22, 10))).hasValueSatisfying(
                t -> assertThat(t).containsExactly(5, 22, 10));
        Envelope shifted = TileGrid.GOOGLE_MAPS_COMPATIBLE.envelope(5, 22, 10);
        shifted.translate(1000, 0);
        assertThat(TileGrid.GOOGLE_MAPS_COMPATIBLE.tileAt(shifted)).isEmpty();
    }
}
