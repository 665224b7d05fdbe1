package kz.aumaq.ingest.geokz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.io.WKTReader;

class BoundaryRepairTest {

    private final BoundaryRepair repair = new BoundaryRepair();

    @Test
    void validPolygonBecomesMultiPolygonUnrepaired() throws Exception {
        Geometry square = new WKTReader().read("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))");
        square.setSRID(4326);

        MultiPolygon mp = repair.apply("square", square);

        assertThat(mp.getNumGeometries()).isEqualTo(1);
        assertThat(mp.getSRID()).isEqualTo(4326);
        assertThat(mp.getArea()).isEqualTo(1.0);
        assertThat(repair.repaired()).isEmpty();
    }

    @Test
    void selfIntersectingPolygonIsFixedAndCounted() throws Exception {
        Geometry bowTie = new WKTReader().read("POLYGON ((0 0, 2 2, 2 0, 0 2, 0 0))");
        bowTie.setSRID(4326);

        MultiPolygon mp = repair.apply("bow tie", bowTie);

        assertThat(mp.isValid()).isTrue();
        assertThat(mp.getNumGeometries()).isEqualTo(2);
        assertThat(mp.getArea()).isEqualTo(2.0);
        assertThat(mp.getSRID()).isEqualTo(4326);
        assertThat(repair.repaired()).containsExactly("bow tie");
    }
}
