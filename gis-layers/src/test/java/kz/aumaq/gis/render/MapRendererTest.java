package kz.aumaq.gis.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import kz.aumaq.gis.crs.CrsRegistry;
import kz.aumaq.gis.crs.MapCrs;
import kz.aumaq.gis.layer.LayerCatalog;
import kz.aumaq.gis.layer.TestLayers;
import kz.aumaq.gis.text.Lang;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class MapRendererTest {

    private final LayerCatalog catalog = TestLayers.catalog();
    private final MapRenderer renderer = new MapRenderer(new FeatureSets(8));
    private final List<StyledLayer> squares = List.of(new StyledLayer(catalog.layer("squares").orElseThrow(), catalog.style("squares").orElseThrow()));

    private BufferedImage draw(String crs, Envelope lonLat, boolean transparent, Lang lang) {
        MapCrs c = CrsRegistry.require(crs);
        return renderer.render(MapView.standard(c, c.fromLonLat(lonLat), 200, 100), squares,
                new RenderOptions(Color.WHITE, transparent, lang, LocalDate.of(2024, 1, 1), Long.MAX_VALUE));
    }

    @Test
    void rulesPickTheFillByAttributeAndTheBackgroundStaysOutside() {
        BufferedImage img = draw("EPSG:4326", new Envelope(55, 85, 40, 60), false, Lang.EN);
        // lon 62 (west square) → x = (62-55)/30*200 ≈ 47; lat 47 → y = (60-47)/20*100 = 65
        assertThat(new Color(img.getRGB(47, 65))).isEqualTo(TestLayers.WEST);
        assertThat(new Color(img.getRGB(140, 65))).isEqualTo(TestLayers.EAST);
        assertThat(new Color(img.getRGB(3, 3))).isEqualTo(Color.WHITE);
    }

    @Test
    void projectedMapsPutTheSameFeaturesInTheSamePlaces() {
        BufferedImage img = draw("EPSG:3857", new Envelope(55, 85, 40, 60), false, Lang.EN);
        assertThat(new Color(img.getRGB(47, 60))).isEqualTo(TestLayers.WEST);
        assertThat(new Color(img.getRGB(160, 60))).isEqualTo(TestLayers.EAST);
        BufferedImage utm = draw("EPSG:32642", new Envelope(60, 75, 44, 56), false, Lang.EN);
        assertThat(countColour(utm, TestLayers.WEST)).isGreaterThan(1000);
        assertThat(countColour(utm, TestLayers.EAST)).isGreaterThan(1000);
    }

    @Test
    void transparentMapsLeaveEmptyPixelsClear() {
        BufferedImage img = draw("EPSG:4326", new Envelope(55, 85, 40, 60), true, Lang.EN);
        assertThat(img.getRGB(3, 3) >>> 24).isZero();
        assertThat(img.getRGB(47, 65) >>> 24).isEqualTo(255);
    }

    @Test
    void labelsFollowTheRequestedLanguage() {
        BufferedImage en = draw("EPSG:4326", new Envelope(55, 85, 40, 60), false, Lang.EN);
        BufferedImage ru = draw("EPSG:4326", new Envelope(55, 85, 40, 60), false, Lang.RU);
        assertThat(countColour(en, Color.BLACK)).isGreaterThan(10);
        assertThat(differentPixels(en, ru)).isGreaterThan(20);
    }

    @Test
    void aPassedDeadlineStopsRendering() {
        MapCrs c = CrsRegistry.require("EPSG:4326");
        // Enough work that the deadline is checked: 64 features per check, so draw the same layer many times.
        List<StyledLayer> many = java.util.Collections.nCopies(100, squares.get(0));
        assertThatThrownBy(() -> renderer.render(MapView.standard(c, new Envelope(55, 85, 40, 60), 50, 50), many,
                new RenderOptions(Color.WHITE, false, Lang.EN, LocalDate.of(2024, 1, 1), System.nanoTime() - 1)))
                .isInstanceOf(RenderLimitExceeded.class);
    }

    @Test
    void scaleDenominatorFollowsOgcsStandardPixelAndDpi() {
        MapCrs mercator = CrsRegistry.require("EPSG:3857");
        double world = 2 * Math.PI * 6378137;
        MapView z0 = MapView.standard(mercator, new Envelope(-world / 2, world / 2, -world / 2, world / 2), 256, 256);
        assertThat(z0.scaleDenominator()).isCloseTo(559_082_264, org.assertj.core.data.Offset.offset(1_000.0));
        MapView print = new MapView(mercator, z0.bbox(), 256, 256, 2 * MapView.STANDARD_DPI);
        assertThat(print.scaleDenominator()).isCloseTo(2 * z0.scaleDenominator(), org.assertj.core.data.Offset.offset(1.0));
        assertThat(print.symbolScale()).isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    static int countColour(BufferedImage img, Color c) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) for (int x = 0; x < img.getWidth(); x++) if ((img.getRGB(x, y) & 0xffffff) == (c.getRGB() & 0xffffff)) n++;
        return n;
    }

    static int differentPixels(BufferedImage a, BufferedImage b) {
        int n = 0;
        for (int y = 0; y < a.getHeight(); y++) for (int x = 0; x < a.getWidth(); x++) if (a.getRGB(x, y) != b.getRGB(x, y)) n++;
        return n;
    }
}
