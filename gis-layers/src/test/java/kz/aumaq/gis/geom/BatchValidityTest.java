package kz.aumaq.gis.geom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.valid.TopologyValidationError;

class BatchValidityTest {

    private final GeometryFactory f = new GeometryFactory();

    @Test
    void errorsComeInOrderWhetherCheckedOnOneCoreOrAll() throws Exception {
        WKTReader wkt = new WKTReader(f);
        Geometry valid = wkt.read("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");
        Geometry bowTie = wkt.read("POLYGON ((0 0, 10 10, 10 0, 0 10, 0 0))");
        List<Geometry> few = Arrays.asList(valid, bowTie, null, f.createPolygon(), f.createPoint(new Coordinate(Double.NaN, 1)),
                f.createPoint(new Coordinate(71, 51)));
        TopologyValidationError[] errors = BatchValidity.errors(few);
        assertThat(errors[0]).isNull();
        assertThat(errors[1].getErrorType()).isEqualTo(TopologyValidationError.SELF_INTERSECTION);
        assertThat(errors[2]).isNull();
        assertThat(errors[3]).isNull();
        assertThat(errors[4].getErrorType()).isEqualTo(TopologyValidationError.INVALID_COORDINATE);
        assertThat(errors[5]).isNull();

        // Enough vertices to go parallel: every other geometry invalid, the answers still in order.
        List<Geometry> many = new ArrayList<>();
        for (int i = 0; i < 400; i++) many.add(circle(i % 2 == 1, i * 100, 60));
        assertThat(many.stream().mapToLong(Geometry::getNumPoints).sum()).isGreaterThan(BatchValidity.PARALLEL_VERTICES);
        TopologyValidationError[] all = BatchValidity.errors(many);
        for (int i = 0; i < all.length; i++) assertThat(all[i] == null).as("#" + i).isEqualTo(i % 2 == 0);
    }

    /** A ring of {@code n} vertices; with {@code twisted}, two of them swapped so it crosses itself. */
    private Geometry circle(boolean twisted, double x, int n) {
        Coordinate[] ring = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) ring[i] = new Coordinate(x + Math.cos(2 * Math.PI * i / n), Math.sin(2 * Math.PI * i / n));
        if (twisted) {
            Coordinate c = ring[1];
            ring[1] = ring[n / 2];
            ring[n / 2] = c;
        }
        ring[n] = ring[0];
        return f.createPolygon(ring);
    }
}
