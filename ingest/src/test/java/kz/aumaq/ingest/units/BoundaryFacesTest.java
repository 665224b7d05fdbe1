package kz.aumaq.ingest.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class BoundaryFacesTest {

    final WKTReader wkt = new WKTReader();

    @Test
    void bordersBothNeighboursDrawCancelOutEvenWhereOneSplitsThemDifferently() {
        // The long top edge of the first unit is drawn as two edges by the two units above it.
        List<BoundaryFaces.Face> faces = faces(1,
                "POLYGON ((0 0, 2 0, 2 1, 0 1, 0 0))", "POLYGON ((0 1, 1 1, 1 2, 0 2, 0 1))", "POLYGON ((1 1, 2 1, 2 2, 1 2, 1 1))");

        assertThat(faces).singleElement().satisfies(f -> {
            assertThat(f.depth()).containsExactly(1);
            assertThat(f.area()).isEqualTo(4);
        });
    }

    @Test
    void anOverlapIsCoveredTwice() {
        List<BoundaryFaces.Face> faces = faces(1, "POLYGON ((0 0, 2 0, 2 2, 0 2, 0 0))", "POLYGON ((1 1, 3 1, 3 3, 1 3, 1 1))");

        assertThat(area(faces, 2)).isEqualTo(1);
        assertThat(area(faces, 1)).isEqualTo(6);
        assertThat(area(faces, 0)).isZero();
    }

    @Test
    void identicalUnitsCoverTwiceAndTheirSharedBordersDoNotCancel() {
        List<BoundaryFaces.Face> faces = faces(1, "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))", "POLYGON ((1 1, 0 1, 0 0, 1 0, 1 1))");

        assertThat(faces).singleElement().satisfies(f -> assertThat(f.depth()).containsExactly(2));
    }

    @Test
    void aHoleAmongUnitsIsAFaceCoveredByNone() {
        List<BoundaryFaces.Face> faces = faces(1, "POLYGON ((0 0, 3 0, 3 1, 0 1, 0 0))", "POLYGON ((0 2, 3 2, 3 3, 0 3, 0 2))",
                "POLYGON ((0 1, 1 1, 1 2, 0 2, 0 1))", "POLYGON ((2 1, 3 1, 3 2, 2 2, 2 1))");

        assertThat(faces).filteredOn(f -> f.depth()[0] == 0).singleElement().satisfies(f -> assertThat(f.area()).isEqualTo(1));
        assertThat(area(faces, 1)).isEqualTo(9);
    }

    @Test
    void anEnclaveFilledByAnotherUnitLeavesNoHole() {
        List<BoundaryFaces.Face> faces = faces(1, "POLYGON ((0 0, 3 0, 3 3, 0 3, 0 0), (1 1, 2 1, 2 2, 1 2, 1 1))",
                "POLYGON ((1 1, 2 1, 2 2, 1 2, 1 1))");

        assertThat(faces).singleElement().satisfies(f -> {
            assertThat(f.depth()).containsExactly(1);
            assertThat(f.area()).isEqualTo(9);
        });
    }

    @Test
    void layersAreCountedApart() {
        BoundaryFaces map = new BoundaryFaces(2).add(geometry("POLYGON ((0 0, 2 0, 2 1, 0 1, 0 0))"), 1)
                .add(geometry("POLYGON ((1 0, 3 0, 3 1, 1 1, 1 0))"), 0);
        List<BoundaryFaces.Face> faces = map.faces();

        assertThat(faces).extracting(f -> f.depth()[0] + "/" + f.depth()[1] + ": " + f.area())
                .containsExactlyInAnyOrder("0/1: 1.0", "1/1: 1.0", "1/0: 1.0");
    }

    @Test
    void aHoleOfAUnitWithAnotherUnitNestedInsideGetsTheDepthAroundIt() {
        // The inner square lies in the frame's hole and touches nothing: its part of the map is placed by location.
        List<BoundaryFaces.Face> faces = faces(1, "POLYGON ((0 0, 5 0, 5 5, 0 5, 0 0), (1 1, 4 1, 4 4, 1 4, 1 1))",
                "POLYGON ((2 2, 3 2, 3 3, 2 3, 2 2))", "POLYGON ((0 0, 5 0, 5 5, 0 5, 0 0))");

        assertThat(faces).extracting(f -> f.depth()[0] + ": " + f.area()).containsExactlyInAnyOrder("2: 25.0", "1: 9.0", "2: 1.0");
    }

    @Test
    void crossingsTooCloseToOrderByTheirRoundedPositionsAreOrderedExactly() {
        // A spike of the inner unit pokes 1e-13 above the outer unit's top edge: two crossings ~1e-14 apart on that edge.
        List<BoundaryFaces.Face> faces = faces(1, "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))",
                "POLYGON ((0.2 0.5, 0.8 0.5, 0.500000000001 0.9999, 0.5 1.0000000000001, 0.499999999999 0.9999, 0.2 0.5))");

        assertThat(faces).isNotNull();
        double inner = geometry("POLYGON ((0.2 0.5, 0.8 0.5, 0.500000000001 0.9999, 0.5 1.0000000000001, 0.499999999999 0.9999, 0.2 0.5))").getArea();
        assertThat(area(faces, 2)).isCloseTo(inner, within(1e-15));
        assertThat(area(faces, 1)).isCloseTo(1 - inner, within(1e-15));
    }

    @Test
    void aCrossingThroughAVertexOfAThirdUnitIsOneNode() {
        // The diagonals of the two triangles cross at (1 1), where the third unit has a corner.
        List<BoundaryFaces.Face> faces = faces(1, "POLYGON ((0 0, 2 2, 0 2, 0 0))", "POLYGON ((0 2, 2 0, 2 2, 0 2))",
                "POLYGON ((1 1, 3 1, 3 3, 1 1))");

        assertThat(faces).isNotNull();
        assertThat(area(faces, 1) + 2 * area(faces, 2) + 3 * area(faces, 3)).isEqualTo(2 + 2 + 2);
    }

    @Test
    void theOutsideIsRingedOnceAroundEachSeparatePart() {
        BoundaryFaces map = new BoundaryFaces(1).add(geometry("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))"), 0)
                .add(geometry("POLYGON ((1 0, 2 0, 2 1, 1 1, 1 0))"), 0).add(geometry("POLYGON ((5 5, 6 5, 6 6, 5 6, 5 5))"), 0);
        map.faces();

        assertThat(map.outsideRings()).hasSize(2).allSatisfy(r -> assertThat(org.locationtech.jts.algorithm.Orientation.isCCW(r)).isFalse());
    }

    private List<BoundaryFaces.Face> faces(int layers, String... polygons) {
        BoundaryFaces map = new BoundaryFaces(layers);
        for (String p : polygons) map.add(geometry(p), 0);
        return map.faces();
    }

    private static double area(List<BoundaryFaces.Face> faces, int depth) {
        return faces.stream().filter(f -> f.depth()[0] == depth).mapToDouble(BoundaryFaces.Face::area).sum();
    }

    private Geometry geometry(String text) {
        try {
            return wkt.read(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
