package kz.aumaq.gis.geom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.util.GeometricShapeFactory;

class ZoomGeneralizerTest {

    @Test
    void lowZoomsDropDetailButKeepValidShapes() {
        GeometricShapeFactory shapes = new GeometricShapeFactory(new GeometryFactory());
        shapes.setCentre(new Coordinate(70, 48));
        shapes.setSize(2);
        shapes.setNumPoints(2000);
        Geometry circle = shapes.createCircle();
        Geometry z4 = ZoomGeneralizer.simplify(circle, 4);
        Geometry z12 = ZoomGeneralizer.simplify(circle, 12);
        assertThat(z4.getNumPoints()).isLessThan(100);
        assertThat(z12.getNumPoints()).isGreaterThan(z4.getNumPoints());
        assertThat(z4.isValid()).isTrue();
        assertThat(z4.getArea()).isCloseTo(circle.getArea(), org.assertj.core.data.Percentage.withPercentage(5));
    }

    @Test
    void precisionGrowsWithZoom() {
        assertThat(ZoomGeneralizer.decimals(0)).isLessThan(ZoomGeneralizer.decimals(10));
        assertThat(ZoomGeneralizer.decimals(22)).isEqualTo(7);
        assertThat(ZoomGeneralizer.toleranceDegrees(1)).isEqualTo(2 * ZoomGeneralizer.toleranceDegrees(2));
    }
}
