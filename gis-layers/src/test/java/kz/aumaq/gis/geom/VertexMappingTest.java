package kz.aumaq.gis.geom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKTReader;

class VertexMappingTest {

    @Test
    void everyVertexMovesAndTheEnvelopeFollows() throws Exception {
        WKTReader wkt = new WKTReader(new GeometryFactory());
        Geometry g = wkt.read("MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 4, 4 4, 2 2)), ((20 0, 30 0, 20 5, 20 0)))");
        assertThat(g.getEnvelopeInternal()).isEqualTo(new Envelope(0, 30, 0, 10)); // cached before the change
        Geometry moved = ((VertexMapping) xy -> {
            xy[0] = xy[0] * 2 + 1;
            xy[1] = -xy[1];
        }).applyTo(g);
        assertThat(moved).isSameAs(g);
        assertThat(moved.equalsExact(wkt.read(
                "MULTIPOLYGON (((1 0, 21 0, 21 -10, 1 -10, 1 0), (5 -2, 5 -4, 9 -4, 5 -2)), ((41 0, 61 0, 41 -5, 41 0)))"))).isTrue();
        assertThat(moved.getEnvelopeInternal()).isEqualTo(new Envelope(1, 61, -10, 0));
    }
}
