package kz.aumaq.gis.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Inflater;
import javax.imageio.ImageIO;
import kz.aumaq.gis.layer.LayerCatalog;
import kz.aumaq.gis.layer.TestLayers;
import kz.aumaq.gis.render.FeatureSets;
import kz.aumaq.gis.render.MapRenderer;
import kz.aumaq.gis.tile.TileCache;
import kz.aumaq.gis.tile.TileRenderer;
import kz.aumaq.gis.wms.CapabilitiesWriter;
import kz.aumaq.gis.wms.FeatureInfoSearch;
import kz.aumaq.gis.ows.ServiceMetadata;
import kz.aumaq.gis.wms.WmsLimits;
import kz.aumaq.gis.wms.WmsRequestParser;
import kz.aumaq.gis.wms.WmsService;
import org.junit.jupiter.api.Test;

/** Whole prints on the in-memory catalog: the sheet's parts where they belong, and a PDF that reads back. */
class PrintServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    private final LayerCatalog catalog = TestLayers.catalog();
    private final WmsLimits limits = WmsLimits.DEFAULT;
    private final MapRenderer renderer = new MapRenderer(new FeatureSets(8));
    private final WmsRequestParser wmsParser = new WmsRequestParser(catalog, limits, CLOCK);
    private final WmsService wms = new WmsService(wmsParser, new CapabilitiesWriter(catalog, ServiceMetadata.aumaq(), limits), renderer,
            new FeatureInfoSearch(new FeatureSets(8)), new TileRenderer(renderer, new TileCache(1 << 20), 0), limits);
    private final PrintRequestParser parser = new PrintRequestParser(catalog, wmsParser, limits, CLOCK);
    private final PrintService printer = new PrintService(wms);

    /** The squares (lon 60–80, lat 45–55) fill a CRS:84 view of lon 58–82, lat 43–57 at 600 × 350 CSS px. */
    private static final String SQUARES = "layers=squares&crs=CRS:84&bbox=58,43,82,57&width=600&height=350";

    @Test
    void aPngSheetHasTitleMapLegendAndFooterWhereTheLayoutPutsThem() throws Exception {
        PrintRequest r = parser.parse(PrintRequestParserTest.params(SQUARES + "&title=Қарағанды облысы"));
        Printout out = printer.print(r, false);
        assertThat(out.contentType()).isEqualTo("image/png");
        assertThat(out.fileName()).isEqualTo("aumaq-map-20261123.png");
        BufferedImage sheet = ImageIO.read(new ByteArrayInputStream(out.body()));
        PrintSheet layout = new PrintSheet(r, false);
        assertThat(sheet.getWidth()).isEqualTo(layout.width());
        assertThat(sheet.getHeight()).isEqualTo(layout.height());
        int mapW = 938; // 600 × 150/96, rounded
        int mapH = 547;
        assertThat(sheet.getWidth()).isGreaterThan(mapW + 100);
        int margin = (int) Math.round(22 * 150 / 72.0);
        int titleBottom = margin + 60;
        // The title, in Kazakh letters, dark on white.
        assertThat(count(sheet, 0, 0, sheet.getWidth(), titleBottom, PrintServiceTest::dark)).isGreaterThan(1500);
        // The map: the west square red, the east one blue.
        assertThat(count(sheet, margin, titleBottom, margin + mapW, sheet.getHeight(), p -> p == (TestLayers.WEST.getRGB() & 0xffffff)))
                .isGreaterThan(mapW * mapH / 5);
        assertThat(count(sheet, margin, titleBottom, margin + mapW, sheet.getHeight(), p -> p == (TestLayers.EAST.getRGB() & 0xffffff)))
                .isGreaterThan(mapW * mapH / 5);
        // The legend beside the map, with both squares' swatches.
        int legendLeft = margin + mapW + 5;
        assertThat(count(sheet, legendLeft, 0, sheet.getWidth(), sheet.getHeight(), p -> p == (TestLayers.WEST.getRGB() & 0xffffff))).isGreaterThan(200);
        assertThat(count(sheet, legendLeft, 0, sheet.getWidth(), sheet.getHeight(), PrintServiceTest::dark)).isGreaterThan(500);
        // The footer under the map: scale bar and sources.
        assertThat(count(sheet, margin, sheet.getHeight() - margin - 80, margin + mapW, sheet.getHeight() - margin, PrintServiceTest::dark))
                .isGreaterThan(1000);
    }

    @Test
    void aWideMapGetsItsLegendBelowAndTheSheetGrowsForIt() {
        PrintRequest r = parser.parse(PrintRequestParserTest.params("layers=squares&crs=CRS:84&bbox=40,45,100,55&width=1200&height=300"));
        PrintSheet sheet = new PrintSheet(r, true);
        int mapW = 1875;
        int mapH = 469;
        assertThat(sheet.width()).isLessThan(mapW + 200);
        assertThat(sheet.height()).isGreaterThan(mapH + 300);
        BufferedImage drawn = sheet.draw(wms.renderMap(r.map()));
        assertThat(drawn.getWidth()).isEqualTo(sheet.width());
    }

    @Test
    void aPdfIsOnePageOfTheSheetAtItsPrintSize() throws Exception {
        PrintRequest r = parser.parse(PrintRequestParserTest.params(SQUARES + "&format=pdf&lang=en&dpi=200"));
        Printout out = printer.print(r, true);
        assertThat(out.contentType()).isEqualTo("application/pdf");
        assertThat(out.fileName()).isEqualTo("aumaq-map-20261123.pdf");
        byte[] pdf = out.body();
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("%PDF-1.4\n").endsWith("%%EOF\n");
        assertThat(Pattern.compile("/Type /Page\\b(?!s)").matcher(text).results().count()).isEqualTo(1);
        // Every cross-reference entry points at its object.
        int xref = Integer.parseInt(text.replaceAll("(?s).*startxref\n(\\d+)\n%%EOF\n$", "$1"));
        assertThat(text.substring(xref)).startsWith("xref\n0 7\n");
        List<String> entries = text.substring(xref).lines().skip(3).limit(6).toList();
        for (int i = 0; i < entries.size(); i++) {
            int offset = Integer.parseInt(entries.get(i).substring(0, 10));
            assertThat(text.substring(offset)).startsWith((i + 1) + " 0 obj\n");
        }
        // The image decodes to the sheet.
        PrintSheet layout = new PrintSheet(r, true);
        BufferedImage image = PdfImages.first(pdf);
        assertThat(image.getWidth()).isEqualTo(layout.width());
        assertThat(image.getHeight()).isEqualTo(layout.height());
        assertThat(count(image, 0, 0, image.getWidth(), image.getHeight(), p -> p == (TestLayers.EAST.getRGB() & 0xffffff))).isGreaterThan(10_000);
        // The page is the sheet at 200 dpi, in points.
        Matcher box = Pattern.compile("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)]").matcher(text);
        assertThat(box.find()).isTrue();
        assertThat(Double.parseDouble(box.group(1))).isEqualTo(layout.width() * 72 / 200.0, org.assertj.core.api.Assertions.within(0.001));
        assertThat(text).contains("/Title <FEFF");
    }

    @Test
    void evenATinyMapGetsAWholeSheet() throws Exception {
        for (String size : new String[] {"width=1&height=1&dpi=72", "width=1&height=2000&dpi=72", "width=40&height=10&dpi=300"}) {
            PrintRequest r = parser.parse(PrintRequestParserTest.params("layers=all&crs=CRS:84&bbox=58,43,82,57&" + size));
            BufferedImage sheet = ImageIO.read(new ByteArrayInputStream(printer.print(r, true).body()));
            assertThat(sheet.getWidth()).isGreaterThan(r.map().view().width());
            assertThat(count(sheet, 0, 0, sheet.getWidth(), sheet.getHeight(), PrintServiceTest::dark)).isGreaterThan(100);
        }
    }

    @Test
    void longTitlesWrapAndStopWithAnEllipsis() {
        java.awt.Font font = new java.awt.Font("DejaVu Sans", java.awt.Font.BOLD, 20);
        List<String> lines = PrintSheet.wrap("Қарағанды облысының аудандары мен ауылдық округтері " + "және елді мекендері ".repeat(20), font, 400, 3);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(2)).endsWith("…");
        for (String l : lines) assertThat(PrintSheet.textWidth(l, font)).isLessThanOrEqualTo(400);
        List<String> word = PrintSheet.wrap("ә".repeat(100), font, 300, 4);
        assertThat(word.size()).isGreaterThan(1);
        for (String l : word) assertThat(PrintSheet.textWidth(l, font)).isLessThanOrEqualTo(300);
    }

    static boolean dark(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return r < 90 && g < 90 && b < 90;
    }

    static int count(BufferedImage img, int x0, int y0, int x1, int y1, java.util.function.IntPredicate test) {
        int n = 0;
        for (int y = Math.max(0, y0); y < Math.min(img.getHeight(), y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(img.getWidth(), x1); x++) if (test.test(img.getRGB(x, y) & 0xffffff)) n++;
        }
        return n;
    }

    /** Reads back the first image XObject of a PDF written by {@link PdfPage}: RGB, 8 bits, Flate. */
    static final class PdfImages {
        static BufferedImage first(byte[] pdf) throws Exception {
            String text = new String(pdf, StandardCharsets.ISO_8859_1);
            Matcher m = Pattern.compile("/Subtype /Image /Width (\\d+) /Height (\\d+) /ColorSpace /DeviceRGB /BitsPerComponent 8"
                    + " /Filter /FlateDecode /Length (\\d+) >>\nstream\n").matcher(text);
            if (!m.find()) throw new AssertionError("no image XObject");
            int w = Integer.parseInt(m.group(1));
            int h = Integer.parseInt(m.group(2));
            int length = Integer.parseInt(m.group(3));
            assertThat(text.substring(m.end() + length)).startsWith("\nendstream");
            Inflater inflater = new Inflater();
            inflater.setInput(pdf, m.end(), length);
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && inflater.needsInput()) throw new AssertionError("truncated image stream");
                raw.write(buffer, 0, n);
            }
            inflater.end();
            byte[] rgb = raw.toByteArray();
            assertThat(rgb).hasSize(w * h * 3);
            BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            for (int i = 0, k = 0; i < w * h; i++, k += 3) {
                img.setRGB(i % w, i / w, ((rgb[k] & 0xff) << 16) | ((rgb[k + 1] & 0xff) << 8) | (rgb[k + 2] & 0xff));
            }
            return img;
        }
    }
}
