package kz.aumaq.gis.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import kz.aumaq.gis.crs.CrsRegistry;
import kz.aumaq.gis.crs.MapCrs;
import kz.aumaq.gis.image.TestIcons;
import kz.aumaq.gis.layer.LayerCatalog;
import kz.aumaq.gis.layer.TestLayers;
import kz.aumaq.gis.style.LabelPlacement;
import kz.aumaq.gis.style.Rule;
import kz.aumaq.gis.style.Style;
import kz.aumaq.gis.style.Symbolizer;
import kz.aumaq.gis.text.Lang;
import kz.aumaq.gis.text.LocalizedText;
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

    // The dots layer's one point, lon 65 lat 50, lies at pixel x 66.7, y 50 of this view.
    private static final Envelope AROUND_THE_DOT = new Envelope(55, 85, 40, 60);
    private static final double DOT_X = 200 * 10 / 30.0;
    private static final int DOT_Y = 50;

    private BufferedImage drawDot(double dpi, Symbolizer... symbolizers) {
        Style style = new Style("test", LocalizedText.EMPTY, List.of(new Rule("r", LocalizedText.EMPTY, null, 0, 0, List.of(symbolizers))));
        MapCrs c = CrsRegistry.require("EPSG:4326");
        return renderer.render(new MapView(c, AROUND_THE_DOT, 200, 100, dpi), List.of(new StyledLayer(catalog.layer("dots").orElseThrow(), style)),
                new RenderOptions(Color.WHITE, false, Lang.EN, LocalDate.of(2024, 1, 1), Long.MAX_VALUE));
    }

    private BufferedImage drawDot(Symbolizer... symbolizers) {
        return drawDot(MapView.STANDARD_DPI, symbolizers);
    }

    @Test
    void anIconIsDrawnCentredOnItsPointAtItsSize() {
        String magenta = TestIcons.dataUri(TestIcons.MAGENTA, 32, 32, "png");
        BufferedImage img = drawDot(new Symbolizer.Icon(magenta, "image/png", 16, 1));
        assertThat(new Color(img.getRGB((int) DOT_X, DOT_Y))).isEqualTo(TestIcons.MAGENTA);
        assertThat(countColour(img, TestIcons.MAGENTA)).isEqualTo(16 * 16);
        // 8 px either side of the point, nothing beyond.
        assertThat(new Color(img.getRGB((int) DOT_X - 7, DOT_Y - 7))).isEqualTo(TestIcons.MAGENTA);
        assertThat(new Color(img.getRGB((int) DOT_X + 9, DOT_Y))).isEqualTo(Color.WHITE);
        assertThat(new Color(img.getRGB((int) DOT_X - 10, DOT_Y))).isEqualTo(Color.WHITE);
        // Printing at twice the DPI doubles the icon, like every symbol.
        assertThat(countColour(drawDot(2 * MapView.STANDARD_DPI, new Symbolizer.Icon(magenta, "image/png", 16, 1)), TestIcons.MAGENTA))
                .isEqualTo(32 * 32);
    }

    @Test
    void aHalfTransparentIconShowsTheMapThrough() {
        BufferedImage img = drawDot(new Symbolizer.Icon(TestIcons.dataUri(TestIcons.MAGENTA, 8, 8, "png"), "image/png", 8, 0.5));
        Color blended = new Color(img.getRGB((int) DOT_X, DOT_Y));
        assertThat(blended.getRed()).isEqualTo(255);
        assertThat(blended.getGreen()).isBetween(120, 135);
        assertThat(countColour(img, TestIcons.MAGENTA)).isZero();
    }

    @Test
    void builtInIconsAreDrawn() {
        BufferedImage img = drawDot(Symbolizer.Icon.builtIn("psc", 32));
        assertThat(countColour(img, new Color(0x1f6fb5))).isGreaterThan(200);
        assertThat(new Color(img.getRGB((int) DOT_X + 20, DOT_Y))).isEqualTo(Color.WHITE);
    }

    @Test
    void aLabelPlacedRightOfItsPointStaysRightOfIt() {
        BufferedImage centred = drawDot(label(LabelPlacement.CENTRED, Color.BLACK, 10));
        assertThat(inked(centred, 0, (int) DOT_X - 2)).isGreaterThan(5);
        assertThat(inked(centred, (int) DOT_X + 2, 200)).isGreaterThan(5);

        BufferedImage right = drawDot(label(LabelPlacement.rightOf(6), Color.BLACK, 10));
        assertThat(inked(right, 0, (int) DOT_X + 4)).isZero();
        assertThat(inked(right, (int) DOT_X + 4, 200)).isGreaterThan(20);
        // Vertically centred on the point: ink above and below its row.
        assertThat(inkedRows(right, 0, DOT_Y)).isGreaterThan(0);
        assertThat(inkedRows(right, DOT_Y + 1, 100)).isGreaterThan(0);

        BufferedImage left = drawDot(label(new LabelPlacement(1, 0.5, -6, 0), Color.BLACK, 10));
        assertThat(inked(left, (int) DOT_X - 4, 200)).isZero();
        assertThat(inked(left, 0, (int) DOT_X - 4)).isGreaterThan(20);

        // Anchored at its bottom and moved 5 px up: all above the point.
        BufferedImage above = drawDot(label(new LabelPlacement(0.5, 0, 0, 5), Color.BLACK, 10));
        assertThat(inkedRows(above, DOT_Y - 4, 100)).isZero();
        assertThat(inkedRows(above, 0, DOT_Y - 4)).isGreaterThan(5);
    }

    @Test
    void collisionsAreTestedWhereLabelsArePlaced() {
        Color red = new Color(0xdd0000);
        // Two labels of one point: on top of each other the second gives way...
        BufferedImage stacked = drawDot(label(LabelPlacement.CENTRED, Color.BLACK, 10), label(LabelPlacement.CENTRED, red, 5));
        assertThat(reddish(stacked)).isZero();
        // ...moved 40 px right, it no longer collides and is drawn.
        BufferedImage apart = drawDot(label(LabelPlacement.CENTRED, Color.BLACK, 10), label(LabelPlacement.rightOf(40), red, 5));
        assertThat(reddish(apart)).isGreaterThan(10);
        // A label moved past the image edge is not drawn, like any label that would be cut.
        assertThat(inked(drawDot(label(LabelPlacement.rightOf(150), Color.BLACK, 10)), 0, 200)).isZero();
    }

    private static Symbolizer.Text label(LabelPlacement placement, Color color, int priority) {
        return new Symbolizer.Text("name", "DejaVu Sans", 12, false, color, null, 0, priority, placement);
    }

    /** Non-white pixels in columns [fromX, toX). */
    private static int inked(BufferedImage img, int fromX, int toX) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) for (int x = Math.max(0, fromX); x < Math.min(toX, img.getWidth()); x++) {
            if ((img.getRGB(x, y) & 0xffffff) != 0xffffff) n++;
        }
        return n;
    }

    /** Rows in [fromY, toY) with a non-white pixel. */
    private static int inkedRows(BufferedImage img, int fromY, int toY) {
        int n = 0;
        for (int y = Math.max(0, fromY); y < Math.min(toY, img.getHeight()); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xffffff) != 0xffffff) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    private static int reddish(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) for (int x = 0; x < img.getWidth(); x++) {
            Color c = new Color(img.getRGB(x, y));
            if (c.getRed() > 150 && c.getGreen() < 100 && c.getBlue() < 100) n++;
        }
        return n;
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
