package kz.aumaq.gis.wms;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import kz.aumaq.gis.image.ImageFormat;
import kz.aumaq.gis.image.TestIcons;
import kz.aumaq.gis.layer.TestLayers;
import kz.aumaq.gis.style.Rule;
import kz.aumaq.gis.style.Style;
import kz.aumaq.gis.style.Symbolizer;
import kz.aumaq.gis.text.Lang;
import kz.aumaq.gis.text.LocalizedText;
import org.junit.jupiter.api.Test;

class LegendRendererTest {

    private static BufferedImage legend(Style style, int width, int height) throws Exception {
        var layer = TestLayers.catalog().layer("dots").orElseThrow();
        byte[] png = LegendRenderer.render(GetLegendGraphicRequest.of(layer, style, ImageFormat.PNG, width, height, Lang.EN, Double.NaN, null, false));
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static Style icons(Symbolizer.Icon... icons) {
        return new Style("icons", LocalizedText.EMPTY, List.of(new Rule("psc", LocalizedText.of("Service centres"), null, 0, 0, List.of(icons))));
    }

    @Test
    void anIconIsDrawnInItsSwatchAtItsSize() throws Exception {
        BufferedImage img = legend(icons(new Symbolizer.Icon(TestIcons.dataUri(TestIcons.MAGENTA, 8, 8, "png"), "image/png", 12, 1)), 20, 20);
        assertThat(img.getHeight()).isEqualTo(20);
        assertThat(img.getWidth()).isGreaterThan(20);
        assertThat(new Color(img.getRGB(10, 10))).isEqualTo(TestIcons.MAGENTA);
        assertThat(magentaIn(img, 20)).isEqualTo(12 * 12);
    }

    @Test
    void aBigIconShrinksToFitTheSwatch() throws Exception {
        BufferedImage img = legend(icons(Symbolizer.Icon.builtIn("psc", 48)), 20, 20);
        int disc = 0;
        for (int y = 0; y < 20; y++) for (int x = 0; x < 20; x++) if ((img.getRGB(x, y) & 0xffffff) != 0xffffff) disc++;
        assertThat(disc).isGreaterThan(150);
        // Nothing of the icon outside its 20 px swatch (the title starts 8 px further right).
        for (int y = 0; y < 20; y++) for (int x = 20; x < 28; x++) assertThat(img.getRGB(x, y) & 0xffffff).isEqualTo(0xffffff);
    }

    private static int magentaIn(BufferedImage img, int swatchWidth) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) for (int x = 0; x < swatchWidth; x++) {
            if ((img.getRGB(x, y) & 0xffffff) == (TestIcons.MAGENTA.getRGB() & 0xffffff)) n++;
        }
        return n;
    }
}
