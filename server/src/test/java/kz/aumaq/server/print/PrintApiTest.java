package kz.aumaq.server.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code /api/print} over HTTP against the demo territory: Kazakhstan at 150 dpi as PNG and PDF,
 * and every kind of bad input answered 400 naming its parameter. The PNG is kept in
 * {@code target/print-sheet.png} to be looked at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PrintApiTest {

    private static final HttpClient http = HttpClient.newHttpClient();
    /** Kazakhstan (lon 46.4–87.4) in EPSG:3857, centred, at the 4:3 of an 800 × 600 map. */
    private static final String KAZAKHSTAN = "/api/print?layers=admin&crs=EPSG:3857&bbox=5165224,4487656,9729323,7910730"
            + "&width=800&height=600&dpi=150";
    private static final int MAP_W = 1250;
    private static final int MAP_H = 938;
    /** 22 pt at 150 dpi. */
    private static final int MARGIN = 46;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("aumaq-print-test");
        registry.add("aumaq.data-dir", dir::toString);
    }

    record Answer(int status, String contentType, String disposition, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        BufferedImage image() throws Exception {
            return ImageIO.read(new ByteArrayInputStream(body));
        }
    }

    Answer get(String pathAndQuery) throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                r.headers().firstValue("Content-Disposition").orElse(""), r.body());
    }

    private static String today() {
        return LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    @Test
    void kazakhstanPrintsAsAPngSheetWithTitleMapLegendAndScale() throws Exception {
        Answer png = get(KAZAKHSTAN + "&title=" + URLEncoder.encode("Қарағанды облысы", StandardCharsets.UTF_8));
        assertThat(png.status()).isEqualTo(200);
        assertThat(png.contentType()).isEqualTo("image/png");
        assertThat(png.disposition()).isEqualTo("attachment; filename=\"aumaq-map-" + today() + ".png\"");
        Path saved = Path.of("target", "print-sheet.png");
        Files.write(saved, png.body());
        BufferedImage sheet = png.image();
        assertThat(sheet.getWidth()).isGreaterThanOrEqualTo(800 * 150 / 96);
        assertThat(sheet.getHeight()).isGreaterThanOrEqualTo(600 * 150 / 96);
        int titleBottom = MARGIN + 60;
        assertThat(count(sheet, 0, 0, sheet.getWidth(), titleBottom, PrintApiTest::dark)).as("title").isGreaterThan(1500);
        // The map: the middle of the frame is Kazakhstan, filled with the districts' colour and lined with borders.
        int mapTop = titleBottom;
        int mapArea = MAP_W * MAP_H;
        assertThat(count(sheet, MARGIN + MAP_W / 5, mapTop + MAP_H / 5, MARGIN + MAP_W * 4 / 5, mapTop + MAP_H * 4 / 5, p -> p != 0xffffff))
                .as("map").isGreaterThan(mapArea * 9 / 25 / 2);
        // The legend, right of the map: titles and swatches.
        assertThat(count(sheet, MARGIN + MAP_W + 8, 0, sheet.getWidth(), sheet.getHeight(), p -> p != 0xffffff)).as("legend").isGreaterThan(2000);
        assertThat(count(sheet, MARGIN + MAP_W + 8, 0, sheet.getWidth(), sheet.getHeight(), PrintApiTest::dark)).as("legend text").isGreaterThan(500);
        // Under the map: the scale bar (four alternating segments) and the sources.
        assertThat(count(sheet, MARGIN, sheet.getHeight() - MARGIN - 90, MARGIN + MAP_W, sheet.getHeight() - MARGIN, PrintApiTest::dark))
                .as("footer").isGreaterThan(1500);
    }

    @Test
    void theLanguageChangesTheWordsOnTheSheet() throws Exception {
        BufferedImage kk = get(KAZAKHSTAN).image();
        BufferedImage ru = get(KAZAKHSTAN + "&lang=ru").image();
        BufferedImage en = get(KAZAKHSTAN + "&lang=en").image();
        // Default titles differ: Әкімшілік бөлініс / Административное деление / Administrative divisions.
        assertThat(differing(kk, ru, MARGIN + 50)).isGreaterThan(300);
        assertThat(differing(ru, en, MARGIN + 50)).isGreaterThan(300);
    }

    @Test
    void theSameSheetComesAsAOnePagePdf() throws Exception {
        BufferedImage png = get(KAZAKHSTAN + "&lang=en").image();
        Answer pdf = get(KAZAKHSTAN + "&lang=en&format=pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.disposition()).isEqualTo("attachment; filename=\"aumaq-map-" + today() + ".pdf\"");
        Files.write(Path.of("target", "print-sheet.pdf"), pdf.body());
        String text = new String(pdf.body(), StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("%PDF-");
        assertThat(text.stripTrailing()).endsWith("%%EOF");
        assertThat(Pattern.compile("/Type /Page\\b(?!s)").matcher(text).results().count()).isEqualTo(1);
        assertThat(text).contains("/Count 1");
        // The page's image is the sheet's size (PrintServiceTest decodes it and checks its pixels).
        Matcher image = Pattern.compile("/Subtype /Image /Width (\\d+) /Height (\\d+) ").matcher(text);
        assertThat(image.find()).as("an image XObject").isTrue();
        assertThat(Integer.parseInt(image.group(1))).isEqualTo(png.getWidth());
        assertThat(Integer.parseInt(image.group(2))).isEqualTo(png.getHeight());
        // One page the size of the sheet at 150 dpi, in points.
        Matcher box = Pattern.compile("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)]").matcher(text);
        assertThat(box.find()).isTrue();
        assertThat(Double.parseDouble(box.group(1))).isCloseTo(png.getWidth() * 72 / 150.0, org.assertj.core.api.Assertions.within(0.01));
    }

    @Test
    void epsg4326IsLatitudeFirstAndAnAsOfDateShowsThatDaysBoundaries() throws Exception {
        String wide = "/api/print?layers=regions&width=820&height=300&dpi=96";
        Answer latLon = get(wide + "&crs=EPSG:4326&bbox=40.5,46.4,55.5,87.4");
        assertThat(latLon.status()).isEqualTo(200);
        Files.write(Path.of("target", "print-sheet-4326.png"), latLon.body());
        Answer lonLat = get(wide + "&crs=CRS:84&bbox=46.4,40.5,87.4,55.5");
        // The same view: EPSG:4326 latitude first as in WMS 1.3.0, CRS:84 longitude first.
        assertThat(differing(latLon.image(), lonLat.image(), Integer.MAX_VALUE)).isZero();
        BufferedImage sheet = latLon.image();
        int margin = (int) Math.round(22 * 96 / 72.0);
        int top = margin + 40;
        // A wide map gets its legend below: the sheet is hardly wider than the map.
        assertThat(sheet.getWidth()).isLessThan(820 + 2 * margin + 10);
        int regions = count(sheet, margin, top, margin + 820, top + 260, p -> p != 0xffffff);
        // The demo territory begins on 2022-06-08: as of 2020 the map is empty.
        Answer before = get(wide + "&crs=EPSG:4326&bbox=40.5,46.4,55.5,87.4&time=2020-01-01");
        assertThat(before.status()).isEqualTo(200);
        assertThat(regions).isGreaterThan(count(before.image(), margin, top, margin + 820, top + 260, p -> p != 0xffffff) + 3000);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "bbox=0,0,1,1&width=800&height=600 | layers",
        "layers=admin&bbox=1,2,3&width=800&height=600 | bbox",
        "layers=admin&width=800&height=600 | bbox",
        "layers=nosuchlayer&bbox=0,0,1,1&width=800&height=600 | layers",
        "layers=admin&bbox=0,0,1,1&width=800&height=600&dpi=1000 | dpi",
        "layers=admin&bbox=0,0,1,1&width=0&height=600 | width",
        "layers=admin&bbox=0,0,1,1&width=800&height=600&format=gif | format",
        "layers=admin&bbox=0,0,1,1&width=800&height=600&crs=EPSG:2000 | crs",
        "layers=regions&bbox=0,0,1,1&width=800&height=600&styles=nosuch | styles",
        "layers=admin&bbox=0,0,1,1&width=800&height=600&lang=de | lang",
        "layers=admin&bbox=0,0,1,1&width=800&height=600&time=2020-02-30 | time",
        "layers=admin&bbox=0,0,1,1&width=2000&height=2000&dpi=300 | width",
    })
    void badInputIs400NamingTheParameter(String query, String parameter) throws Exception {
        Answer a = get("/api/print?" + query);
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.contentType()).startsWith("application/json");
        assertThat(a.text()).contains("\"parameter\":\"" + parameter + "\"", "\"message\":");
    }

    static boolean dark(int rgb) {
        return ((rgb >> 16) & 0xff) < 90 && ((rgb >> 8) & 0xff) < 90 && (rgb & 0xff) < 90;
    }

    static int count(BufferedImage img, int x0, int y0, int x1, int y1, IntPredicate test) {
        int n = 0;
        for (int y = Math.max(0, y0); y < Math.min(img.getHeight(), y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(img.getWidth(), x1); x++) if (test.test(img.getRGB(x, y) & 0xffffff)) n++;
        }
        return n;
    }

    /** Pixels that differ in the top {@code rows} rows. */
    static int differing(BufferedImage a, BufferedImage b, int rows) {
        int n = 0;
        for (int y = 0; y < Math.min(rows, Math.min(a.getHeight(), b.getHeight())); y++) {
            for (int x = 0; x < Math.min(a.getWidth(), b.getWidth()); x++) if (a.getRGB(x, y) != b.getRGB(x, y)) n++;
        }
        return n;
    }
}
