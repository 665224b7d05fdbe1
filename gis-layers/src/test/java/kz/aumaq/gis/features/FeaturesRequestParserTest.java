package kz.aumaq.gis.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.aumaq.gis.layer.AdminLayers;
import kz.aumaq.gis.layer.LayerCatalog;
import kz.aumaq.gis.text.Lang;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import kz.aumaq.gis.geom.LonLatBox;
import org.locationtech.jts.geom.Envelope;

class FeaturesRequestParserTest {

    private static final String BASE = "http://localhost/ogcapi";
    private final FeaturesRequestParser parser = new FeaturesRequestParser(catalog(),
            Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC));

    /** The admin layers need no database until they are queried; the parser never queries. */
    private static LayerCatalog catalog() {
        LayerCatalog catalog = new LayerCatalog();
        new AdminLayers(null).publish(catalog, "test");
        return catalog;
    }

    private static FeaturesCall call(String... keyValues) {
        return withHeaders(null, null, keyValues);
    }

    private static FeaturesCall withHeaders(String accept, String acceptLanguage, String... keyValues) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) params.put(keyValues[i], keyValues[i + 1]);
        return FeaturesCall.of(BASE, params, accept, acceptLanguage);
    }

    private ItemsRequest items(String... keyValues) {
        return parser.items(call(keyValues), "regions");
    }

    @Test
    void itemsDefaults() {
        ItemsRequest r = items();
        assertThat(r.layer().name()).isEqualTo("regions");
        assertThat(r.bbox()).isNull();
        assertThat(r.crs()).isEqualTo(FeatureCrs.CRS84);
        assertThat(r.date()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(r.limit()).isEqualTo(FeaturesRequestParser.DEFAULT_LIMIT);
        assertThat(r.offset()).isZero();
        assertThat(r.equals()).isEmpty();
        assertThat(r.presentation().format()).isEqualTo(ResponseFormat.GEOJSON);
        assertThat(r.presentation().lang()).isEqualTo(Lang.KK);
    }

    @Test
    void itemsParsesEveryParameter() {
        ItemsRequest r = items("bbox", "71.3,51.0,71.6,51.3", "limit", "5", "offset", "10", "datetime", "2020-06-01",
                "crs", "http://www.opengis.net/def/crs/EPSG/0/3857", "kato", "710000000", "parent_kato", "000000000", "f", "html", "lang", "ru");
        assertThat(r.bbox()).isEqualTo(new LonLatBox(71.3, 51.0, 71.6, 51.3));
        assertThat(r.limit()).isEqualTo(5);
        assertThat(r.offset()).isEqualTo(10);
        assertThat(r.date()).isEqualTo(LocalDate.of(2020, 6, 1));
        assertThat(r.crs()).isEqualTo(FeatureCrs.EPSG_3857);
        assertThat(r.equals()).containsOnly(Map.entry("kato", "710000000"), Map.entry("parent_kato", "000000000"));
        assertThat(r.presentation().format()).isEqualTo(ResponseFormat.HTML);
        assertThat(r.presentation().lang()).isEqualTo(Lang.RU);
        assertThat(r.presentation().langParam()).isEqualTo("ru");
        assertThat(r.query().limit()).isEqualTo(5);
    }

    @Test
    void limitAboveTheMaximumIsTheMaximum() {
        assertThat(items("limit", "50000").limit()).isEqualTo(FeaturesRequestParser.MAX_LIMIT);
    }

    @Test
    void bboxFollowsTheAxisOrderOfBboxCrs() {
        assertThat(items("bbox", "51.0,71.3,51.3,71.6", "bbox-crs", "http://www.opengis.net/def/crs/EPSG/0/4326").bbox())
                .isEqualTo(new LonLatBox(71.3, 51.0, 71.6, 51.3));
        assertThat(items("bbox", "71.3,51.0,0,71.6,51.3,100").bbox()).isEqualTo(new LonLatBox(71.3, 51.0, 71.6, 51.3));
        LonLatBox fromMetres = items("bbox", "7937079.69,6621293.72,7970475.54,6674532.80", "bbox-crs", "[EPSG:3857]").bbox();
        assertThat(fromMetres.west()).isCloseTo(71.3, Offset.offset(1e-6));
        assertThat(fromMetres.south()).isCloseTo(51.0, Offset.offset(1e-6));
        assertThat(fromMetres.north()).isCloseTo(51.3, Offset.offset(1e-6));
    }

    /** /req/core/fc-bbox-definition: a first longitude larger than the second crosses the antimeridian, in every bbox-crs. */
    @Test
    void aBoxAcrossTheAntimeridianIsTheUnionOfItsTwoSides() {
        LonLatBox box = items("bbox", "177,65,-177,70").bbox();
        assertThat(box.crossesAntimeridian()).isTrue();
        assertThat(box.parts()).containsExactly(new Envelope(177, 180, 65, 70), new Envelope(-180, -177, 65, 70));
        assertThat(items("bbox", "65,177,70,-177", "bbox-crs", "http://www.opengis.net/def/crs/EPSG/0/4326").bbox()).isEqualTo(box);
        LonLatBox metres = items("bbox", "19703549,9608371,-19703549,11068716", "bbox-crs", "[EPSG:3857]").bbox();
        assertThat(metres.west()).isCloseTo(177, Offset.offset(1e-3));
        assertThat(metres.east()).isCloseTo(-177, Offset.offset(1e-3));
        assertThat(metres.south()).isCloseTo(65, Offset.offset(1e-3));
        // the latitude axis still must go upwards
        assertThatThrownBy(() -> items("bbox", "177,70,-177,65")).isInstanceOf(FeaturesException.class);
    }

    @Test
    void datetimeIsTheAsOfDate() {
        assertThat(items("datetime", "2019-05-05T23:30:00+05:00").date()).isEqualTo(LocalDate.of(2019, 5, 5));
        assertThat(items("datetime", "2019-05-05T21:30:00-05:00").date()).isEqualTo(LocalDate.of(2019, 5, 6));
        assertThat(items("datetime", "2010-01-01/2015-12-31").date()).isEqualTo(LocalDate.of(2015, 12, 31));
        assertThat(items("datetime", "2010-01-01/..").date()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(items("datetime", "../2012-02-02").date()).isEqualTo(LocalDate.of(2012, 2, 2));
        assertThat(items("datetime", "2010-01-01T00:00:00Z/").date()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void badItemsParametersAre400s() {
        String[][] cases = {
                {"bbox", "1,2,3"}, {"bbox", "a,2,3,4"}, {"bbox", "10,60,20,50"}, {"bbox", "10,50,200,60"},
                {"bbox", "NaN,1,2,3"}, {"bbox", ""}, {"bbox-crs", "EPSG:32642"}, {"crs", "EPSG:9999"}, {"crs", ""},
                {"limit", "0"}, {"limit", "ten"}, {"offset", "-1"}, {"datetime", "yesterday"}, {"datetime", "2020-02-30"},
                {"datetime", "2020-01-01/2019-01-01"}, {"datetime", ".."}, {"datetime", "a/b/c"}, {"lang", "de"},
                {"colour", "red"}, {"kato", " "}, {"Bbox", "1,2,3,4"},
        };
        for (String[] c : cases) {
            assertThatThrownBy(() -> items(c)).as(c[0] + "=" + c[1]).isInstanceOfSatisfying(FeaturesException.class, e -> {
                assertThat(e.httpStatus()).isEqualTo(400);
                assertThat(e.code()).isEqualTo("InvalidParameterValue");
                assertThat(e.getMessage()).isNotBlank();
            });
        }
    }

    @Test
    void aParameterGivenTwiceIsRefused() {
        FeaturesCall twice = new FeaturesCall(BASE, Map.of("limit", List.of("1", "2")), null, null);
        assertThatThrownBy(() -> parser.items(twice, "regions")).isInstanceOfSatisfying(FeaturesException.class,
                e -> assertThat(e.getMessage()).contains("limit"));
    }

    @Test
    void unknownCollectionIs404AndUnknownFormatIs406() {
        assertThatThrownBy(() -> parser.items(call(), "rivers")).isInstanceOfSatisfying(FeaturesException.class,
                e -> assertThat(e.httpStatus()).isEqualTo(404));
        assertThatThrownBy(() -> parser.collection(call(), "admin")).isInstanceOfSatisfying(FeaturesException.class,
                e -> assertThat(e.httpStatus()).isEqualTo(404));
        assertThatThrownBy(() -> items("f", "xml")).isInstanceOfSatisfying(FeaturesException.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(406);
            assertThat(e.code()).isEqualTo("NotAcceptable");
        });
    }

    @Test
    void singleItemTakesOnlyItsParameters() {
        ItemRequest r = parser.item(call("crs", "http://www.opengis.net/def/crs/EPSG/0/4326", "datetime", "2021-01-01"), "regions", "710000000");
        assertThat(r.crs()).isEqualTo(FeatureCrs.EPSG_4326);
        assertThat(r.date()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(r.featureId()).isEqualTo("710000000");
        assertThatThrownBy(() -> parser.item(call("bbox", "1,2,3,4"), "regions", "710000000")).isInstanceOfSatisfying(FeaturesException.class,
                e -> assertThat(e.httpStatus()).isEqualTo(400));
    }

    @Test
    void formatFollowsFThenAccept() {
        assertThat(parser.presentation(withHeaders("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", null)).format())
                .isEqualTo(ResponseFormat.HTML);
        assertThat(parser.presentation(withHeaders("*/*", null)).format()).isEqualTo(ResponseFormat.JSON);
        assertThat(parser.presentation(withHeaders("application/xml", null)).format()).isEqualTo(ResponseFormat.JSON);
        assertThat(parser.presentation(withHeaders("text/html", null, "f", "json")).format()).isEqualTo(ResponseFormat.JSON);
        assertThat(parser.items(withHeaders("application/geo+json, application/json", null), "regions").presentation().format())
                .isEqualTo(ResponseFormat.GEOJSON);
        assertThat(parser.items(withHeaders("application/json", null), "regions").presentation().format()).isEqualTo(ResponseFormat.JSON);
        assertThat(parser.items(withHeaders("text/html;q=0.5, application/geo+json;q=0.4", null), "regions").presentation().format())
                .isEqualTo(ResponseFormat.HTML);
    }

    @Test
    void languageFollowsLangThenAcceptLanguage() {
        assertThat(parser.presentation(call()).lang()).isEqualTo(Lang.KK);
        assertThat(parser.presentation(withHeaders(null, "de-DE, ru-RU;q=0.8, en;q=0.5")).lang()).isEqualTo(Lang.RU);
        assertThat(parser.presentation(withHeaders(null, "en;q=0.9, ru;q=0.1")).lang()).isEqualTo(Lang.EN);
        assertThat(parser.presentation(withHeaders(null, "ru", "lang", "en")).lang()).isEqualTo(Lang.EN);
        assertThat(parser.presentation(withHeaders(null, "ru")).langParam()).isNull();
    }

    @Test
    void collectionsAreTheQueryablePublicLayers() {
        assertThat(parser.collections(FeaturesCall.of(BASE, java.util.Map.of(), null, null))).extracting(l -> l.name()).containsExactly("regions", "districts", "okrugs", "settlements");
    }
}
