package kz.aumaq.gis.tile;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import kz.aumaq.gis.geom.LonLatBox;
import kz.aumaq.gis.wms.WmsException;
import org.locationtech.jts.geom.Envelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pre-renders the tiles of an area and zoom range into the cache, one metatile at a time, on a
 * single background thread so seeding never starves interactive requests of both cores.
 */
public class TileSeeder implements AutoCloseable {

    public static final long MAX_TILES = 2_000_000;
    private static final Logger log = LoggerFactory.getLogger(TileSeeder.class);
    private final TileRenderer tiles;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tile-seeder");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });
    private final Map<String, SeedJob> jobs = new LinkedHashMap<>();

    public TileSeeder(TileRenderer tiles) {
        this.tiles = tiles;
    }

    /**
     * Queues a seeding run. {@code template} names the layer, style, grid, format and language;
     * its z/x/y are ignored. A box across the antimeridian seeds both its sides.
     */
    public synchronized SeedJob seed(TileRequest template, LonLatBox box, int minZoom, int maxZoom) {
        TileGrid grid = template.grid();
        if (minZoom < 0 || maxZoom > grid.maxZoom() || minZoom > maxZoom) {
            throw new WmsException("InvalidParameterValue", "zoom", "zoom range must be within 0–" + grid.maxZoom() + " and min <= max");
        }
        long total = 0;
        for (Envelope lonLat : box.parts()) {
            for (int z = minZoom; z <= maxZoom; z++) {
                long[] r = range(grid, lonLat, z);
                total += (r[2] - r[0] + 1) * (r[3] - r[1] + 1);
                if (total > MAX_TILES) throw new WmsException("InvalidParameterValue", "maxZoom",
                        "that seeds more than " + MAX_TILES + " tiles; narrow the area or the zoom range");
            }
        }
        SeedJob job = new SeedJob(UUID.randomUUID().toString(), template.name(), total);
        jobs.put(job.id(), job);
        worker.submit(() -> run(job, template, box.parts(), minZoom, maxZoom));
        return job;
    }

    public synchronized Optional<SeedJob> job(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    public synchronized Collection<SeedJob> jobs() {
        return List.copyOf(jobs.values());
    }

    private void run(SeedJob job, TileRequest t, List<Envelope> parts, int minZoom, int maxZoom) {
        job.state(SeedJob.State.RUNNING);
        try {
            for (Envelope lonLat : parts) for (int z = minZoom; z <= maxZoom; z++) {
                long[] r = range(t.grid(), lonLat, z);
                // Step by metatile: one render fills a 4×4 block; count only the tiles inside the area.
                for (long x = r[0] / TileRenderer.META * TileRenderer.META; x <= r[2]; x += TileRenderer.META) {
                    for (long y = r[1] / TileRenderer.META * TileRenderer.META; y <= r[3]; y += TileRenderer.META) {
                        if (job.cancelRequested()) {
                            job.state(SeedJob.State.CANCELLED);
                            return;
                        }
                        long cx = Math.max(x, r[0]);
                        long cy = Math.max(y, r[1]);
                        tiles.tile(new TileRequest(t.name(), t.style(), t.layers(), t.grid(), z, (int) cx, (int) cy, t.format(),
                                t.lang(), t.date(), t.transparent()));
                        long w = Math.min(x + TileRenderer.META - 1, r[2]) - cx + 1;
                        long h = Math.min(y + TileRenderer.META - 1, r[3]) - cy + 1;
                        job.advance(w * h);
                    }
                }
            }
            job.state(SeedJob.State.DONE);
        } catch (RuntimeException e) {
            log.warn("Seeding {} failed", t.name(), e);
            job.fail(e.getMessage());
        }
    }

    /** {minCol, minRow, maxCol, maxRow} of the tiles at zoom z touching a lon/lat box. */
    static long[] range(TileGrid grid, Envelope lonLat, int z) {
        Envelope box = grid.crs().fromLonLat(lonLat);
        double s = grid.span(z);
        long maxCol = grid.matrixWidth(z) - 1;
        long maxRow = grid.matrixHeight(z) - 1;
        long c0 = clamp((long) Math.floor((box.getMinX() - grid.originX()) / s), maxCol);
        long c1 = clamp((long) Math.floor((box.getMaxX() - grid.originX()) / s), maxCol);
        long r0 = clamp((long) Math.floor((grid.originY() - box.getMaxY()) / s), maxRow);
        long r1 = clamp((long) Math.floor((grid.originY() - box.getMinY()) / s), maxRow);
        return new long[] {c0, r0, c1, r1};
    }

    private static long clamp(long v, long max) {
        return Math.max(0, Math.min(max, v));
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
