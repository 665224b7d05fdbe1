package kz.aumaq.gis.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.aumaq.gis.layer.LayerCatalog;
import kz.aumaq.gis.layer.TestLayers;
import kz.aumaq.gis.render.MapView;
import kz.aumaq.gis.text.Lang;
import kz.aumaq.gis.unit.InvalidParameterException;
import kz.aumaq.gis.wms.WmsLimits;
import kz.aumaq.gis.wms.WmsRequestParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The print parameters on an in-memory catalog: defaults, the GetMap they stand for, every refusal. */
class PrintRequestParserTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    private static final String BASE = "layers=squares&bbox=6000000,5000000,9000000,7250000&width=800&height=600";
    private final LayerCatalog catalog = TestLayers.catalog();

    private PrintRequest parse(String query) {
        return parse(query, WmsLimits.DEFAULT);
    }

    private PrintRequest parse(String query, WmsLimits limits) {
        return new PrintRequestParser(catalog, new WmsRequestParser(catalog, limits, CLOCK), limits, CLOCK).parse(params(query));
    }

    static Map<String, String> params(String query) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) continue;
            String[] kv = pair.split("=", 2);
            m.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        return m;
    }

    @Test
    void defaultsArePng150DpiKazakhWebMercatorAndTheFirstLayersTitle() {
        PrintRequest r = parse(BASE);
        assertThat(r.format()).isEqualTo(PrintFormat.PNG);
        assertThat(r.lang()).isEqualTo(Lang.KK);
        assertThat(r.dpi()).isEqualTo(150);
        assertThat(r.title()).isEqualTo("Шаршылар");
        assertThat(r.asOf()).isNull();
        assertThat(r.printedOn()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(r.fileName()).isEqualTo("aumaq-map-20261123.png");
        MapView view = r.map().view();
        assertThat(view.crs().code()).isEqualTo("EPSG:3857");
        assertThat(r.map().lang()).isEqualTo(Lang.KK);
        assertThat(r.map().date()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(r.map().transparent()).isFalse();
    }

    @Test
    void theMapIsTheGetMapAtPrintDpi() {
        PrintRequest r = parse(BASE + "&dpi=300");
        MapView view = r.map().view();
        // CSS pixels are 1/96 inch: 800 × 300/96 = 2500, 600 × 300/96 = 1875.
        assertThat(view.width()).isEqualTo(2500);
        assertThat(view.height()).isEqualTo(1875);
        // Symbols grow by dpi/90.7, as WMS GetMap's DPI makes them.
        assertThat(view.dpi()).isEqualTo(300);
        assertThat(view.symbolScale()).isCloseTo(300 / MapView.STANDARD_DPI, within(1e-9));
        assertThat(parse(BASE + "&dpi=72").map().view().width()).isEqualTo(600);
    }

    @Test
    void epsg4326IsLatitudeFirstAsInWms130() {
        PrintRequest r = parse("layers=squares&crs=EPSG:4326&bbox=45,60,55,80&width=400&height=200");
        assertThat(r.map().view().bbox().getMinX()).isEqualTo(60);
        assertThat(r.map().view().bbox().getMaxY()).isEqualTo(55);
        PrintRequest lonLat = parse("layers=squares&crs=CRS:84&bbox=60,45,80,55&width=400&height=200");
        assertThat(lonLat.map().view().bbox()).isEqualTo(r.map().view().bbox());
    }

    @Test
    void groupsExpandAndTitleTheSheetLanguagesAndFormatsFollowTheParameters() {
        PrintRequest group = parse(BASE.replace("layers=squares", "layers=all"));
        assertThat(group.map().layers()).extracting(l -> l.layer().name()).containsExactly("squares", "dots");
        assertThat(group.title()).isEqualTo("all");
        PrintRequest ru = parse(BASE + "&lang=ru&format=pdf&time=2020-01-01");
        assertThat(ru.title()).isEqualTo("Квадраты");
        assertThat(ru.map().lang()).isEqualTo(Lang.RU);
        assertThat(ru.format()).isEqualTo(PrintFormat.PDF);
        assertThat(ru.asOf()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(ru.map().date()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(ru.fileName()).isEqualTo("aumaq-map-20261123.pdf");
    }

    @Test
    void aGivenTitleIsKeptOnOneLineOfText() {
        assertThat(parse(BASE + "&title=Қарағанды облысы").title()).isEqualTo("Қарағанды облысы");
        assertThat(parse(BASE + "&title=  Line\none\tand\u2028two ").title()).isEqualTo("Line one and two");
        assertThat(parse(BASE + "&title= \t").title()).isEqualTo("Шаршылар");
        assertThat(parse(BASE + "&title=" + "ә".repeat(200)).title()).hasSize(200);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "bbox=0,0,1,1&width=800&height=600 | layers",
        "layers=,&bbox=0,0,1,1&width=800&height=600 | layers",
        "layers=nosuch&bbox=0,0,1,1&width=800&height=600 | layers",
        "layers=squares,nosuch&bbox=0,0,1,1&width=800&height=600 | layers",
        "layers=squares&width=800&height=600 | bbox",
        "layers=squares&bbox=1,2,3&width=800&height=600 | bbox",
        "layers=squares&bbox=3,2,1,4&width=800&height=600 | bbox",
        "layers=squares&bbox=a,2,3,4&width=800&height=600 | bbox",
        "layers=squares&bbox=0,0,1,1&width=800&height=600&crs=EPSG:9999 | crs",
        "layers=squares&bbox=0,0,1,1&width=800&height=600&styles=nosuch | styles",
        "layers=squares&bbox=0,0,1,1&width=800&height=600&styles=squares,dots | styles",
        "layers=squares&bbox=0,0,1,1&height=600 | width",
        "layers=squares&bbox=0,0,1,1&width=0&height=600 | width",
        "layers=squares&bbox=0,0,1,1&width=2001&height=600 | width",
        "layers=squares&bbox=0,0,1,1&width=8.5&height=600 | width",
        "layers=squares&bbox=0,0,1,1&width=800&height=-1 | height",
        "layers=squares&bbox=0,0,1,1&width=800&height=600&dpi=1000 | dpi",
        "layers=squares&bbox=0,0,1,1&width=800&height=600&dpi=71 | dpi",
        "layers=squares&bbox=0,0,1,1&width=800&height=600&dpi=NaN | dpi",
        "layers=squares&bbox=0,0,1,1&width=800&height=600&dpi=high | dpi",
        "layers=squares&bbox=0,0,1,1&width=800&height=600&format=gif | format",
        "layers=squares&bbox=0,0,1,1&width=800&height=600&lang=de | lang",
        "layers=squares&bbox=0,0,1,1&width=800&height=600&time=2020-13-01 | time",
        "layers=squares&bbox=0,0,1,1&width=800&height=600&time=yesterday | time",
        // 2000 CSS px at 300 dpi is a 6250 px map: beyond aumaq.wms.max-width.
        "layers=squares&bbox=0,0,1,1&width=2000&height=600&dpi=300 | width",
        "layers=squares&bbox=0,0,1,1&width=600&height=2000&dpi=300 | height",
    })
    void badInputNamesTheParameter(String query, String parameter) {
        assertThatThrownBy(() -> parse(query)).isInstanceOfSatisfying(InvalidParameterException.class,
                e -> assertThat(e.parameter()).isEqualTo(parameter));
    }

    @Test
    void aTitleLongerThan200CharactersIsRefused() {
        assertThatThrownBy(() -> parse(BASE + "&title=" + "a".repeat(201))).isInstanceOfSatisfying(InvalidParameterException.class,
                e -> assertThat(e.parameter()).isEqualTo("title"));
    }

    @Test
    void theWholeSheetMustFitTheMemoryAllowedPerRequest() {
        // The map alone (1250 × 938 × 4 = 4.7 MB) fits 8 MiB; map and sheet together do not.
        WmsLimits tight = new WmsLimits(4096, 4096, 0, 8L * 1024 * 1024);
        assertThatThrownBy(() -> parse(BASE, tight)).isInstanceOfSatisfying(InvalidParameterException.class,
                e -> assertThat(e.getMessage()).contains("MiB"));
        WmsLimits narrow = new WmsLimits(1300, 4096, 0, 512L * 1024 * 1024);
        assertThatThrownBy(() -> parse(BASE, narrow)).isInstanceOfSatisfying(InvalidParameterException.class,
                e -> assertThat(e.parameter()).isEqualTo("width"));
        assertThat(parse(BASE, WmsLimits.DEFAULT).map().view().width()).isEqualTo(1250);
    }
}
