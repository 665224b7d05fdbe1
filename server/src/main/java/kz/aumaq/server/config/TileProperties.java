package kz.aumaq.server.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aumaq.tiles.*}: the tile cache.
 *
 * @param cacheMb memory the tile cache may hold (least recently used tiles go first)
 * @param diskMb  disk space under {@code <data-dir>/tiles} for tiles evicted from memory (0 = none); emptied at start
 * @param maxAgeSeconds how long browsers may keep a tile before revalidating (Cache-Control max-age)
 */
@ConfigurationProperties("aumaq.tiles")
public record TileProperties(Integer cacheMb, Integer diskMb, Integer maxAgeSeconds) {

    public TileProperties {
        if (cacheMb == null) cacheMb = 256;
        if (diskMb == null) diskMb = 1024;
        if (maxAgeSeconds == null) maxAgeSeconds = 300;
    }
}
