package kz.aumaq.gis.geom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Percentage.withPercentage;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKTReader;

class GeodesicAreaTest {

    private final GeometryFactory gf = new GeometryFactory();

    private Polygon cell(double lon, double lat) {
        return gf.createPolygon(new Coordinate[] {
            new Coordinate(lon, lat), new Coordinate(lon + 1, lat), new Coordinate(lon + 1, lat + 1),
            new Coordinate(lon, lat + 1), new Coordinate(lon, lat)});
    }

    @Test
    void oneDegreeCellAtEquator() {
        assertThat(GeodesicArea.squareKm(cell(0, 0))).isCloseTo(12_364, withPercentage(0.5));
    }

    @Test
    void cellAt60NorthIsAboutHalf() {
        double ratio = GeodesicArea.squareKm(cell(10, 60)) / GeodesicArea.squareKm(cell(10, 0));
        assertThat(ratio).isCloseTo(0.5, within(0.03));
    }

    @Test
    void orientationDoesNotMatterAndHolesAreSubtracted() throws Exception {
        WKTReader r = new WKTReader();
        double cw = GeodesicArea.squareKm(r.read("POLYGON ((0 0, 0 1, 1 1, 1 0, 0 0))"));
        assertThat(cw).isCloseTo(GeodesicArea.squareKm(cell(0, 0)), within(1e-6));
        double withHole = GeodesicArea.squareKm(r.read(
            "MULTIPOLYGON (((0 0, 2 0, 2 2, 0 2, 0 0), (0.5 0.5, 1.5 0.5, 1.5 1.5, 0.5 1.5, 0.5 0.5)), ((5 0, 6 0, 6 1, 5 1, 5 0)))"));
        double full = GeodesicArea.squareKm(r.read("POLYGON ((0 0, 2 0, 2 2, 0 2, 0 0))"));
        double hole = GeodesicArea.squareKm(r.read("POLYGON ((0.5 0.5, 1.5 0.5, 1.5 1.5, 0.5 1.5, 0.5 0.5))"));
        assertThat(withHole).isCloseTo(full - hole + GeodesicArea.squareKm(cell(5, 0)), within(1e-6));
    }

    @Test
    void splittingAnEdgeDoesNotChangeTheArea() throws Exception {
        WKTReader r = new WKTReader();
        double whole = GeodesicArea.squareKm(r.read("POLYGON ((60 45, 64 49, 60 49, 60 45))"));
        double split = GeodesicArea.squareKm(r.read("POLYGON ((60 45, 61.3 46.3, 62.7 47.7, 64 49, 60 49, 60 45))"));
        assertThat(split).isCloseTo(whole, within(1e-6 * whole));
    }

    @Test
    void pointsAndLinesHaveNoArea() throws Exception {
        WKTReader r = new WKTReader();
        assertThat(GeodesicArea.squareKm(r.read("POINT (71 51)"))).isZero();
        assertThat(GeodesicArea.squareKm(r.read("LINESTRING (71 51, 72 52)"))).isZero();
    }
}
