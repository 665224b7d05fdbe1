package kz.aumaq.gis.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKTReader;

class GeoJsonEncoderTest {

    private final WKTReader wkt = new WKTReader(new GeometryFactory());

    private String encode(String geometry, int decimals) throws Exception {
        return new GeoJsonEncoder(new StringBuilder(), decimals).geometry(wkt.read(geometry)).out().toString();
    }

    @Test
    void numbersAreFixedDecimalsWithoutTrailingZerosOrExponents() {
        StringBuilder sb = new StringBuilder();
        GeoJsonEncoder e = new GeoJsonEncoder(sb, 7);
        e.number(71.43).raw(" ").number(-0.00001234).raw(" ").number(5).raw(" ").number(1e-9).raw(" ").number(Double.NaN);
        assertThat(sb.toString()).isEqualTo("71.43 -0.0000123 5 0 null");
    }

    @Test
    void polygonRingsFollowTheRightHandRule() throws Exception {
        // Clockwise exterior and counter-clockwise hole in, counter-clockwise exterior and clockwise hole out.
        String json = encode("POLYGON ((0 0, 0 10, 10 10, 10 0, 0 0), (2 2, 4 2, 4 4, 2 4, 2 2))", 3);
        assertThat(json).isEqualTo("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[10,0],[10,10],[0,10],[0,0]],"
                + "[[2,2],[2,4],[4,4],[4,2],[2,2]]]}");
    }

    @Test
    void multiGeometriesAndPoints() throws Exception {
        assertThat(encode("POINT (71.4304 51.1282)", 2)).isEqualTo("{\"type\":\"Point\",\"coordinates\":[71.43,51.13]}");
        assertThat(encode("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))", 1))
                .startsWith("{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[1,0],[1,1],[0,0]]],[[[5,5],");
    }

    @Test
    void stringsAreEscaped() {
        StringBuilder sb = new StringBuilder();
        new GeoJsonEncoder(sb, 1).string("Қарағанды \"қ.\"\n\\").raw(",").string(null);
        assertThat(sb.toString()).isEqualTo("\"Қарағанды \\\"қ.\\\"\\n\\\\\",null");
    }
}
