package kz.aumaq.ingest.geokz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKTReader;

class CountryShapeTest {

    @Test
    void hairlineHolesBetweenRegionsCloseButRealHolesStay() throws Exception {
        WKTReader wkt = new WKTReader();
        // Two regions that do not quite meet along x=1 leave a hairline gap inside their union,
        // and a lake-sized hole in the first one is real.
        Geometry west = wkt.read("POLYGON ((0 0, 1 0, 1 0.4, 0.99999999999 0.5, 1 0.6, 1 1, 0 1, 0 0),"
                + " (0.2 0.2, 0.4 0.2, 0.4 0.4, 0.2 0.4, 0.2 0.2))");
        Geometry east = wkt.read("POLYGON ((1 0, 2 0, 2 1, 1 1, 1 0))");
        west.setSRID(4326);
        east.setSRID(4326);

        Geometry country = CountryShape.unionOf(List.of(west, east));

        assertThat(country.isValid()).isTrue();
        assertThat(country.getSRID()).isEqualTo(4326);
        assertThat(country.getNumGeometries()).isEqualTo(1);
        assertThat(((Polygon) country.getGeometryN(0)).getNumInteriorRing()).isEqualTo(1);
    }
}
