package kz.aumaq.gis.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

class CrsRegistryTest {

    @Test
    void webMercatorMatchesItsDefinition() {
        MapCrs m = CrsRegistry.require("EPSG:3857");
        Coordinate c = m.fromLonLat(180, 0);
        assertThat(c.x).isCloseTo(20037508.342789244, offset(1e-6));
        Coordinate astana = m.fromLonLat(71.43, 51.13);
        Coordinate back = m.toLonLat(astana.x, astana.y);
        assertThat(back.x).isCloseTo(71.43, offset(1e-9));
        assertThat(back.y).isCloseTo(51.13, offset(1e-9));
    }

    @Test
    void utmZonesOverKazakhstanRoundTrip() {
        MapCrs utm42 = CrsRegistry.require("EPSG:32642");
        Coordinate c = utm42.fromLonLat(69.0, 48.0);
        // On the central meridian the easting is the false easting.
        assertThat(c.x).isCloseTo(500000, offset(0.01));
        // Reference: PROJ 9 (gdaltransform) gives 500000.000, 5316300.224.
        assertThat(c.y).isCloseTo(5316300.224, offset(0.01));
        Coordinate back = utm42.toLonLat(c.x, c.y);
        assertThat(back.x).isCloseTo(69.0, offset(1e-7));
        assertThat(back.y).isCloseTo(48.0, offset(1e-7));
        for (int zone = 39; zone <= 45; zone++) assertThat(CrsRegistry.lookup("EPSG:326" + zone)).isPresent();
    }

    @Test
    void codesAreFoundAsClientsWriteThem() {
        assertThat(CrsRegistry.lookup("epsg:4326").orElseThrow().latLonAxisOrder()).isTrue();
        assertThat(CrsRegistry.lookup("CRS:84").orElseThrow().latLonAxisOrder()).isFalse();
        assertThat(CrsRegistry.lookup("http://www.opengis.net/def/crs/OGC/1.3/CRS84")).map(MapCrs::code).contains("CRS:84");
        assertThat(CrsRegistry.lookup("http://www.opengis.net/def/crs/EPSG/0/3857")).map(MapCrs::code).contains("EPSG:3857");
        assertThat(CrsRegistry.lookup("EPSG:900913")).map(MapCrs::code).contains("EPSG:3857");
        assertThat(CrsRegistry.lookup("EPSG:2154")).isEmpty();
    }
}
