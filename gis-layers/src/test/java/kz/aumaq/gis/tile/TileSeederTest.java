package kz.aumaq.gis.tile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import kz.aumaq.gis.image.ImageFormat;
import kz.aumaq.gis.layer.LayerCatalog;
import kz.aumaq.gis.layer.TestLayers;
import kz.aumaq.gis.render.FeatureSets;
import kz.aumaq.gis.render.MapRenderer;
import kz.aumaq.gis.render.StyledLayer;
import kz.aumaq.gis.text.Lang;
import kz.aumaq.gis.wms.WmsException;
import org.junit.jupiter.api.Test;
import kz.aumaq.gis.geom.LonLatBox;
import org.locationtech.jts.geom.Envelope;

class TileSeederTest {

    private final LayerCatalog catalog = TestLayers.catalog();
    private final TileCache cache = new TileCache(64L << 20);
    private final TileRenderer tiles = new TileRenderer(new MapRenderer(new FeatureSets(4)), cache, 0);

    private TileRequest template(TileGrid grid) {
        return new TileRequest("squares", "default", List.of(new StyledLayer(catalog.layer("squares").orElseThrow(),
                catalog.style("squares").orElseThrow())), grid, 0, 0, 0, ImageFormat.PNG, Lang.EN, LocalDate.of(2024, 1, 1), true);
    }

    @Test
    void seedingFillsTheCacheForTheAreaAndReportsProgress() throws Exception {
        Envelope squares = new Envelope(60, 80, 45, 55);
        try (TileSeeder seeder = new TileSeeder(tiles)) {
            SeedJob job = seeder.seed(template(TileGrid.GOOGLE_MAPS_COMPATIBLE), LonLatBox.of(squares), 0, 6);
            long expected = 0;
            for (int z = 0; z <= 6; z++) {
                long[] r = TileSeeder.range(TileGrid.GOOGLE_MAPS_COMPATIBLE, squares, z);
                expected += (r[2] - r[0] + 1) * (r[3] - r[1] + 1);
            }
            assertThat(job.total()).isEqualTo(expected);
            for (int i = 0; i < 600 && job.state() != SeedJob.State.DONE && job.state() != SeedJob.State.FAILED; i++) Thread.sleep(50);
            assertThat(job.state()).isEqualTo(SeedJob.State.DONE);
            assertThat(job.done()).isEqualTo(job.total());
            long[] z6 = TileSeeder.range(TileGrid.GOOGLE_MAPS_COMPATIBLE, squares, 6);
            assertThat(cache.get(TileRenderer.key(template(TileGrid.GOOGLE_MAPS_COMPATIBLE), (int) z6[0], (int) z6[1]))).isEmpty();
            TileRequest t = template(TileGrid.GOOGLE_MAPS_COMPATIBLE);
            TileRequest corner = new TileRequest(t.name(), t.style(), t.layers(), t.grid(), 6, (int) z6[0], (int) z6[1], t.format(), t.lang(), t.date(), true);
            assertThat(cache.get(TileRenderer.key(corner, corner.x(), corner.y()))).isPresent();
        }
    }

    @Test
    void aBoxAcrossTheAntimeridianSeedsBothEndsOfTheGrid() throws Exception {
        try (TileSeeder seeder = new TileSeeder(tiles)) {
            SeedJob job = seeder.seed(template(TileGrid.GOOGLE_MAPS_COMPATIBLE), new LonLatBox(170, 60, -170, 70), 3, 3);
            long[] west = TileSeeder.range(TileGrid.GOOGLE_MAPS_COMPATIBLE, new Envelope(170, 180, 60, 70), 3);
            long[] east = TileSeeder.range(TileGrid.GOOGLE_MAPS_COMPATIBLE, new Envelope(-180, -170, 60, 70), 3);
            assertThat(west[0]).isEqualTo(7);
            assertThat(east[2]).isZero();
            assertThat(job.total()).isEqualTo((west[2] - west[0] + 1) * (west[3] - west[1] + 1) + (east[2] - east[0] + 1) * (east[3] - east[1] + 1));
            for (int i = 0; i < 600 && job.state() != SeedJob.State.DONE && job.state() != SeedJob.State.FAILED; i++) Thread.sleep(50);
            assertThat(job.state()).isEqualTo(SeedJob.State.DONE);
            TileRequest t = template(TileGrid.GOOGLE_MAPS_COMPATIBLE);
            for (long col : new long[] {0, 7}) {
                TileRequest tile = new TileRequest(t.name(), t.style(), t.layers(), t.grid(), 3, (int) col, (int) west[1], t.format(), t.lang(), t.date(), true);
                assertThat(cache.get(TileRenderer.key(tile, tile.x(), tile.y()))).as("column " + col).isPresent();
            }
        }
    }

    @Test
    void tooManyTilesOrABadZoomRangeAreRefused() {
        try (TileSeeder seeder = new TileSeeder(tiles)) {
            assertThatThrownBy(() -> seeder.seed(template(TileGrid.GOOGLE_MAPS_COMPATIBLE), LonLatBox.of(new Envelope(46, 88, 40, 56)), 0, 18))
                    .isInstanceOf(WmsException.class).hasMessageContaining("narrow the area");
            assertThatThrownBy(() -> seeder.seed(template(TileGrid.WORLD_CRS84_QUAD), LonLatBox.of(new Envelope(46, 88, 40, 56)), 5, 3))
                    .isInstanceOf(WmsException.class).hasMessageContaining("min <= max");
        }
    }

    @Test
    void metatilesRenderOnceAndServeTheirNeighbours() {
        TileRequest t = template(TileGrid.WORLD_CRS84_QUAD);
        TileRequest a = new TileRequest(t.name(), t.style(), t.layers(), t.grid(), 3, 9, 1, t.format(), t.lang(), t.date(), true);
        byte[] first = tiles.tile(a);
        assertThat(cache.size()).isEqualTo(16);
        TileRequest b = new TileRequest(t.name(), t.style(), t.layers(), t.grid(), 3, 10, 2, t.format(), t.lang(), t.date(), true);
        tiles.tile(b);
        assertThat(cache.size()).isEqualTo(16);
        assertThat(tiles.tile(a)).isEqualTo(first);
    }
}
