package kz.aumaq.gis.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import kz.aumaq.gis.crs.CrsRegistry;
import kz.aumaq.gis.crs.MapCrs;
import kz.aumaq.gis.render.MapView;
import kz.aumaq.gis.text.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

class ScaleBarTest {

    @ParameterizedTest
    @CsvSource({
        // metres per pixel, room in pixels, expected round length
        "100, 600, 50000",
        "100, 499, 20000",
        "100, 199, 10000",
        "100, 99.99, 5000",
        "1, 150, 100",
        "0.37, 300, 100",
        "4321, 288, 1000000",
        "250, 200, 50000",
    })
    void picksTheLongestRoundLengthThatFits(double metresPerPixel, double room, double expected) {
        ScaleBar bar = ScaleBar.fit(metresPerPixel, room);
        assertThat(bar.metres()).isEqualTo(expected);
        assertThat(bar.pixels()).isLessThanOrEqualTo(room + 1e-6).isEqualTo(expected / metresPerPixel, within(1e-9));
        // 1, 2, 5: the next step is at most 2.5 times longer, so the bar uses at least 40% of its room.
        assertThat(bar.pixels()).isGreaterThan(room * 0.4);
    }

    @Test
    void labelsAreInKilometresFromOneKilometreOnWithTheLanguagesUnitAndDecimalSign() {
        ScaleBar fifty = new ScaleBar(50_000, 200);
        assertThat(fifty.endLabel(Lang.EN)).isEqualTo("50 km");
        assertThat(fifty.endLabel(Lang.RU)).isEqualTo("50 км");
        assertThat(fifty.middleLabel(Lang.KK)).isEqualTo("25");
        ScaleBar one = new ScaleBar(1000, 200);
        assertThat(one.endLabel(Lang.EN)).isEqualTo("1 km");
        assertThat(one.middleLabel(Lang.EN)).isEqualTo("0.5");
        assertThat(one.middleLabel(Lang.RU)).isEqualTo("0,5");
        ScaleBar metres = new ScaleBar(500, 200);
        assertThat(metres.endLabel(Lang.KK)).isEqualTo("500 м");
        assertThat(metres.middleLabel(Lang.KK)).isEqualTo("250");
        assertThat(new ScaleBar(5000, 100).middleLabel(Lang.EN)).isEqualTo("2.5");
    }

    @Test
    void webMercatorMetresShrinkWithTheCosineOfTheLatitude() {
        MapCrs mercator = CrsRegistry.require("EPSG:3857");
        // 1000 px over 1000 km of Mercator x: 1000 m per pixel on the equator.
        double onEquator = ScaleBar.groundMetresPerPixel(view(mercator, 0, 0, 1_000_000));
        assertThat(onEquator).isCloseTo(1000, within(0.01));
        // At 60° N a Mercator metre is half a metre on the ground (WGS 84's flattening adds 0.25%).
        Coordinate c = mercator.fromLonLat(0, 60);
        double at60 = ScaleBar.groundMetresPerPixel(view(mercator, c.x, c.y, 1_000_000));
        assertThat(at60).isCloseTo(500 * 1.0025, within(0.5));
        // Astana, 51.13° N: the factor of about 0.63 a scale bar must not miss.
        Coordinate astana = mercator.fromLonLat(71.43, 51.13);
        assertThat(ScaleBar.groundMetresPerPixel(view(mercator, astana.x, astana.y, 1_000_000)) / 1000)
                .isCloseTo(Math.cos(Math.toRadians(51.13)), within(0.003));
    }

    @Test
    void degreesBecomeMetresOnTheEllipsoidAtTheCentreLatitude() {
        // One degree of longitude at 60° N on WGS 84 is 55 800 m (56 000 on the equator × cos would be 55 660 on a sphere).
        MapView lonLat = new MapView(CrsRegistry.require("CRS:84"), new Envelope(-5, 5, 55, 65), 10, 10, MapView.STANDARD_DPI);
        assertThat(ScaleBar.groundMetresPerPixel(lonLat)).isCloseTo(55_800, within(10.0));
        // EPSG:4326 has the same x/y (lon/lat) inside the view whatever the request's axis order.
        MapView epsg4326 = new MapView(CrsRegistry.require("EPSG:4326"), new Envelope(-5, 5, 55, 65), 10, 10, MapView.STANDARD_DPI);
        assertThat(ScaleBar.groundMetresPerPixel(epsg4326)).isEqualTo(ScaleBar.groundMetresPerPixel(lonLat));
        // And on the equator: 111 319 m per degree.
        MapView equator = new MapView(CrsRegistry.require("CRS:84"), new Envelope(-5, 5, -5, 5), 10, 10, MapView.STANDARD_DPI);
        assertThat(ScaleBar.groundMetresPerPixel(equator)).isCloseTo(111_319.5, within(1.0));
    }

    @Test
    void utmIsAlmostTrueToScaleOnItsCentralMeridian() {
        MapCrs utm42 = CrsRegistry.require("EPSG:32642");
        Coordinate c = utm42.fromLonLat(69, 48);
        double m = ScaleBar.groundMetresPerPixel(new MapView(utm42, new Envelope(c.x - 50_000, c.x + 50_000, c.y - 50_000, c.y + 50_000),
                1000, 1000, MapView.STANDARD_DPI));
        assertThat(m).isCloseTo(100 / 0.9996, within(0.01));
    }

    @Test
    void theFractionIsGroundMetresPerPrintedMetreToThreeDigits() {
        // 150 dpi: a pixel is 0.16933 mm; 423.33 m per pixel is 1 : 2 500 000.
        assertThat(ScaleBar.fraction(423.3333, 150)).isEqualTo(2_500_000);
        assertThat(ScaleBar.fraction(421.0, 150)).isEqualTo(2_490_000);
        assertThat(ScaleBar.fraction(1.0, 96)).isEqualTo(3780);
        assertThat(ScaleBar.fractionText(2_500_000)).isEqualTo("1 : 2 500 000");
        assertThat(ScaleBar.fractionText(3780)).isEqualTo("1 : 3 780");
        assertThat(ScaleBar.fractionText(500)).isEqualTo("1 : 500");
    }

    private static MapView view(MapCrs crs, double cx, double cy, double span) {
        return new MapView(crs, new Envelope(cx - span / 2, cx + span / 2, cy - span / 2, cy + span / 2), 1000, 1000, MapView.STANDARD_DPI);
    }
}
