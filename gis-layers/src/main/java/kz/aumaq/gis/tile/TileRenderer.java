package kz.aumaq.gis.tile;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import kz.aumaq.gis.image.ImageWriter;
import kz.aumaq.gis.render.MapRenderer;
import kz.aumaq.gis.render.MapView;
import kz.aumaq.gis.render.RenderOptions;
import kz.aumaq.gis.render.StyledLayer;
import org.locationtech.jts.geom.Envelope;

/**
 * Serves tiles from the cache, rendering misses as 4×4 metatiles: one render, sixteen tiles cut
 * from it, so labels and symbols are drawn once across tile edges and neighbours come for free.
 * Concurrent requests for the same metatile wait for one render instead of repeating it.
 * A render that overlapped a data change is answered but not cached, so invalidation can never be
 * undone by a render that started before it.
 */
public class TileRenderer {

    public static final int META = 4;

    private final MapRenderer renderer;
    private final TileCache cache;
    private final ConcurrentHashMap<TileKey, CompletableFuture<byte[][]>> inFlight = new ConcurrentHashMap<>();
    private final long renderTimeoutMillis;

    public TileRenderer(MapRenderer renderer, TileCache cache, long renderTimeoutMillis) {
        this.renderer = renderer;
        this.cache = cache;
        this.renderTimeoutMillis = renderTimeoutMillis;
    }

    public TileCache cache() {
        return cache;
    }

    public byte[] tile(TileRequest r) {
        TileKey key = key(r, r.x(), r.y());
        byte[] hit = cache.get(key).orElse(null);
        if (hit != null) return hit;
        int mx = r.x() / META * META;
        int my = r.y() / META * META;
        int cols = (int) Math.min(META, r.grid().matrixWidth(r.z()) - mx);
        int rows = (int) Math.min(META, r.grid().matrixHeight(r.z()) - my);
        int index = (r.x() - mx) * rows + (r.y() - my);
        TileKey meta = key(r, mx, my);
        CompletableFuture<byte[][]> mine = new CompletableFuture<>();
        CompletableFuture<byte[][]> running = inFlight.putIfAbsent(meta, mine);
        if (running != null) return running.join()[index];
        try {
            byte[][] tiles = renderMeta(r, mx, my, cols, rows);
            mine.complete(tiles);
            return tiles[index];
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(meta, mine);
        }
    }

    /** Renders one metatile; caches its tiles unless the data changed meanwhile. Tiles column by column. */
    private byte[][] renderMeta(TileRequest r, int mx, int my, int cols, int rows) {
        long revisionBefore = revision(r);
        Envelope first = r.grid().envelope(r.z(), mx, my);
        Envelope last = r.grid().envelope(r.z(), mx + cols - 1, my + rows - 1);
        Envelope box = new Envelope(first.getMinX(), last.getMaxX(), last.getMinY(), first.getMaxY());
        int size = TileGrid.TILE_SIZE;
        BufferedImage meta = renderer.render(MapView.standard(r.grid().crs(), box, cols * size, rows * size), r.layers(), options(r));
        boolean cacheable = revision(r) == revisionBefore;
        byte[][] out = new byte[cols * rows][];
        for (int c = 0; c < cols; c++) {
            for (int row = 0; row < rows; row++) {
                BufferedImage tile = new BufferedImage(size, size, meta.getType());
                Graphics2D g = tile.createGraphics();
                g.drawImage(meta, 0, 0, size, size, c * size, row * size, (c + 1) * size, (row + 1) * size, null);
                g.dispose();
                byte[] bytes = ImageWriter.write(tile, r.format());
                out[c * rows + row] = bytes;
                if (cacheable) cache.put(key(r, mx + c, my + row), bytes);
            }
        }
        return out;
    }

    private RenderOptions options(TileRequest r) {
        long deadline = renderTimeoutMillis <= 0 ? Long.MAX_VALUE : System.nanoTime() + renderTimeoutMillis * 1_000_000;
        return new RenderOptions(Color.WHITE, r.transparent(), r.lang(), r.date(), deadline);
    }

    private static long revision(TileRequest r) {
        long revision = 0;
        for (StyledLayer l : r.layers()) revision = revision * 31 + l.layer().source().revision();
        return revision;
    }

    static TileKey key(TileRequest r, int x, int y) {
        return new TileKey(r.name(), r.scope(), r.style(), r.grid().identifier(), r.lang().code(), r.date().toString(), r.z(), x, y,
                r.format().name() + (r.transparent() ? "-t" : ""));
    }
}
