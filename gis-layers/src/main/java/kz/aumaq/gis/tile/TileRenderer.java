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
 */
public class TileRenderer {

    public static final int META = 4;
    private final MapRenderer renderer;
    private final TileCache cache;
    private final ConcurrentHashMap<TileKey, CompletableFuture<Void>> inFlight = new ConcurrentHashMap<>();
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
        TileKey meta = key(r, mx, my);
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> running = inFlight.putIfAbsent(meta, mine);
        if (running != null) {
            running.join();
            hit = cache.get(key).orElse(null);
            if (hit != null) return hit;
            // Evicted already under memory pressure: render just this metatile again.
        }
        try {
            renderMeta(r, mx, my, (int) Math.min(META, r.grid().matrixWidth(r.z()) - mx), (int) Math.min(META, r.grid().matrixHeight(r.z()) - my));
            if (running == null) mine.complete(null);
        } catch (RuntimeException e) {
            if (running == null) mine.completeExceptionally(e);
            throw e;
        } finally {
            if (running == null) inFlight.remove(meta, mine);
        }
        return cache.get(key).orElseGet(() -> renderSingle(r));
    }

    /** Renders and caches every tile of one metatile. */
    private void renderMeta(TileRequest r, int mx, int my, int cols, int rows) {
        Envelope first = r.grid().envelope(r.z(), mx, my);
        Envelope last = r.grid().envelope(r.z(), mx + cols - 1, my + rows - 1);
        Envelope box = new Envelope(first.getMinX(), last.getMaxX(), last.getMinY(), first.getMaxY());
        int size = TileGrid.TILE_SIZE;
        BufferedImage meta = renderer.render(MapView.standard(r.grid().crs(), box, cols * size, rows * size), r.layers(), options(r));
        for (int c = 0; c < cols; c++) {
            for (int row = 0; row < rows; row++) {
                BufferedImage tile = new BufferedImage(size, size, meta.getType());
                Graphics2D g = tile.createGraphics();
                g.drawImage(meta, 0, 0, size, size, c * size, row * size, (c + 1) * size, (row + 1) * size, null);
                g.dispose();
                cache.put(key(r, mx + c, my + row), ImageWriter.write(tile, r.format()));
            }
        }
    }

    private byte[] renderSingle(TileRequest r) {
        Envelope box = r.grid().envelope(r.z(), r.x(), r.y());
        int size = TileGrid.TILE_SIZE;
        return ImageWriter.write(renderer.render(MapView.standard(r.grid().crs(), box, size, size), r.layers(), options(r)), r.format());
    }

    private RenderOptions options(TileRequest r) {
        long deadline = renderTimeoutMillis <= 0 ? Long.MAX_VALUE : System.nanoTime() + renderTimeoutMillis * 1_000_000;
        return new RenderOptions(Color.WHITE, r.transparent(), r.lang(), r.date(), deadline);
    }

    static TileKey key(TileRequest r, int x, int y) {
        long revision = 0;
        for (StyledLayer l : r.layers()) revision = revision * 31 + l.layer().source().revision();
        return new TileKey(r.name(), r.style(), r.grid().identifier(), r.lang().code(), r.date().toString(), r.z(), x, y, r.format().name(), revision);
    }
}
