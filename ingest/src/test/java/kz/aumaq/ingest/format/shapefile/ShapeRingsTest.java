package kz.aumaq.ingest.format.shapefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.aumaq.ingest.report.Findings;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

class ShapeRingsTest {

    private final Findings findings = new Findings();
    private final ShapeRings rings = new ShapeRings(new GeometryFactory(), findings);

    /** A square, clockwise (a shapefile outer ring) or counter-clockwise (a hole). */
    private static Coordinate[] square(double x, double y, double size, boolean clockwise) {
        Coordinate[] c = {new Coordinate(x, y), new Coordinate(x + size, y), new Coordinate(x + size, y + size),
                new Coordinate(x, y + size), new Coordinate(x, y)};
        if (clockwise) java.util.Collections.reverse(java.util.Arrays.asList(c));
        return c;
    }

    @Test
    void holesGoToTheSmallestOuterRingContainingThem() {
        Geometry g = rings.polygons(List.of(
                square(0, 0, 10, true), square(1, 1, 2, false),   // an outer ring with a lake
                square(20, 0, 10, true), square(22, 2, 6, false),  // another, with a lake…
                square(23, 3, 2, true)), "7");                     // …holding an island
        assertThat(g.getGeometryType()).isEqualTo("MultiPolygon");
        assertThat(g.getNumGeometries()).isEqualTo(3);
        assertThat(g.getArea()).isEqualTo(100 - 4 + 100 - 36 + 4);
        assertThat(g.isValid()).isTrue();
    }

    @Test
    void ringsAllCounterClockwiseAreNestedByContainment() {
        Geometry g = rings.polygons(List.of(square(0, 0, 10, false), square(2, 2, 2, false), square(20, 0, 5, false)), "3");
        assertThat(g.getNumGeometries()).isEqualTo(2);
        Polygon withHole = (Polygon) (g.getGeometryN(0).getArea() > 50 ? g.getGeometryN(0) : g.getGeometryN(1));
        assertThat(withHole.getNumInteriorRing()).isEqualTo(1);
        assertThat(g.getArea()).isEqualTo(100 - 4 + 25);
    }

    @Test
    void unclosedRingsAreClosedAndDegenerateOnesDroppedAndReported() {
        Coordinate[] open = java.util.Arrays.copyOf(square(0, 0, 10, true), 4);
        Coordinate[] sliver = {new Coordinate(5, 5), new Coordinate(6, 6)};
        Geometry g = rings.polygons(List.of(open, sliver), "12");
        assertThat(g.getGeometryType()).isEqualTo("Polygon");
        assertThat(g.getArea()).isEqualTo(100);
        assertThat(findings.list()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("degenerate-ring");
            assertThat(f.examples()).containsExactly("12");
        });
    }
}
