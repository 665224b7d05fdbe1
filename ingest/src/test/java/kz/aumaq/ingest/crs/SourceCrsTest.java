package kz.aumaq.ingest.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.aumaq.ingest.source.IngestException;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.proj4j.BasicCoordinateTransform;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.ProjCoordinate;

class SourceCrsTest {

    private final GeometryFactory factory = new GeometryFactory();

    @Test
    void namesInEveryCommonSpellingGiveTheCode() throws Exception {
        for (String name : List.of("EPSG:32642", "epsg:32642", "32642", "EPSG::32642", "urn:ogc:def:crs:EPSG::32642",
                "urn:ogc:def:crs:EPSG:6.6:32642", "http://www.opengis.net/def/crs/EPSG/0/32642")) {
            assertThat(SourceCrs.named(name).code()).as(name).isEqualTo("EPSG:32642");
        }
        assertThat(SourceCrs.named("urn:ogc:def:crs:OGC:1.3:CRS84")).isSameAs(SourceCrs.WGS84);
        assertThat(SourceCrs.named("CRS84").isWgs84()).isTrue();
    }

    @Test
    void unknownCodesAndNamesAreRefused() {
        assertThatThrownBy(() -> SourceCrs.epsg(999999)).isInstanceOf(IngestException.class).hasMessageContaining("EPSG:999999");
        assertThatThrownBy(() -> SourceCrs.named("UTM 42")).isInstanceOf(IngestException.class).hasMessageContaining("EPSG:<code>");
    }

    @Test
    void utmZone42CentralMeridianIsLongitude69() throws Exception {
        Geometry p = SourceCrs.epsg(32642).toWgs84().apply(factory.createPoint(new Coordinate(500_000, 0)));
        assertThat(p.getCoordinate().x).isCloseTo(69, within(1e-9));
        assertThat(p.getCoordinate().y).isCloseTo(0, within(1e-9));
        assertThat(p.getSRID()).isEqualTo(4326);
    }

    @Test
    void pulkovoZone13RoundTripsWithinAMillimetre() throws Exception {
        double lon = 76.95;
        double lat = 43.25; // Almaty
        ProjCoordinate gk = new BasicCoordinateTransform(new CRSFactory().createFromName("EPSG:4326"),
                new CRSFactory().createFromName("EPSG:28413")).transform(new ProjCoordinate(lon, lat), new ProjCoordinate());
        assertThat(gk.x).isBetween(13_500_000.0, 13_700_000.0); // zone number in front of the easting
        Coordinate back = SourceCrs.epsg(28413).toWgs84().apply(factory.createPoint(new Coordinate(gk.x, gk.y))).getCoordinate();
        assertThat(back.x).isCloseTo(lon, within(1e-8));
        assertThat(back.y).isCloseTo(lat, within(1e-8));
    }

    @Test
    void wgs84IsNotTransformed() throws Exception {
        Geometry p = factory.createPoint(new Coordinate(71.4, 51.1));
        assertThat(SourceCrs.named("EPSG:4326").toWgs84().apply(p)).isSameAs(p);
    }

    @Test
    void coordinatesTheCrsCannotTakeAreReportedNotReturnedAsNaN() throws Exception {
        ToWgs84 t = SourceCrs.epsg(3857).toWgs84();
        assertThatThrownBy(() -> t.apply(factory.createPoint(new Coordinate(1e300, Double.NaN))))
                .isInstanceOf(ToWgs84.Unprojectable.class);
    }

    /** Each thread takes its own transform; results agree with a single-threaded run. */
    @Test
    void transformsPerThreadGiveConsistentResults() throws Exception {
        SourceCrs crs = SourceCrs.epsg(28413);
        Coordinate expected = crs.toWgs84().apply(factory.createPoint(new Coordinate(13_580_000, 4_790_000))).getCoordinate();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    ToWgs84 mine = crs.toWgs84();
                    for (int i = 0; i < 2000; i++) {
                        Coordinate c = mine.apply(factory.createPoint(new Coordinate(13_580_000, 4_790_000))).getCoordinate();
                        if (c.distance(expected) > 1e-12) return false;
                    }
                    return true;
                }));
            }
            for (Future<Boolean> r : results) assertThat(r.get()).isTrue();
        } finally {
            pool.shutdown();
        }
    }
}
