package kz.aumaq.ingest.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class OutsidePocketsTest {

    static final double REACH = 1e-6;

    @Test
    void aChamberBehindAMouthNarrowerThanTheReachIsAPocket() {
        // A 0.2° × 0.2° chamber inside the unit, open to the outside by a corridor 1e-8 wide.
        List<OutsidePockets.Pocket> pockets = OutsidePockets.of(outside(chamber(1e-8)), REACH);

        assertThat(pockets).isNotEmpty();
        assertThat(pockets).map(OutsidePockets.Pocket::area).allSatisfy(a -> assertThat(a).isLessThanOrEqualTo(0.04 + 0.4 * 1e-8 + 1e-12));
        assertThat(pockets.stream().mapToDouble(OutsidePockets.Pocket::area).max().orElseThrow()).isCloseTo(0.04, within(1e-8));
    }

    @Test
    void aWideMouthMakesNoPocket() {
        assertThat(OutsidePockets.of(outside(chamber(1e-3)), REACH)).isEmpty();
    }

    @Test
    void twoSeparatePartsComingThatCloseAreNotWorkedOut() {
        BoundaryFaces map = new BoundaryFaces(1).add(read("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))"), 0)
                .add(read("POLYGON ((1.00000001 0, 2 0, 2 1, 1.00000001 1, 1.00000001 0))"), 0);
        map.faces();

        assertThat(OutsidePockets.of(map.outsideRings(), REACH)).isNull();
    }

    private static String chamber(double mouth) {
        double top = 0.5 + mouth;
        return "POLYGON ((0 0, 1 0, 1 0.5, 0.6 0.5, 0.6 0.4, 0.4 0.4, 0.4 0.6, 0.6 0.6, 0.6 " + top + ", 1 " + top + ", 1 1, 0 1, 0 0))";
    }

    private static List<Coordinate[]> outside(String polygon) {
        BoundaryFaces map = new BoundaryFaces(1).add(read(polygon), 0);
        map.faces();
        return map.outsideRings();
    }

    private static org.locationtech.jts.geom.Geometry read(String text) {
        try {
            return new WKTReader().read(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
