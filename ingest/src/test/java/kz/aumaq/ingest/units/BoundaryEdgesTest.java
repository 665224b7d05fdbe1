package kz.aumaq.ingest.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

/** Rings are given with their polygon on the left (counter-clockwise shells), as BoundaryFaces passes them. */
class BoundaryEdgesTest {

    @Test
    void aBorderTwoNeighboursDrawInOppositeDirectionsIsDropped() {
        BoundaryEdges e = edges(1, ring(0, 0, 1, 0, 1, 1, 0, 1), ring(1, 0, 2, 0, 2, 1, 1, 1));

        assertThat(e.edges).isEqualTo(6);
        assertThat(e.nodes).isEqualTo(6);
    }

    @Test
    void aVertexOnAnotherUnitsSegmentSplitsItSoThatThePiecesCancel() {
        // The long top edge of the first unit meets the corner of the two units above it.
        BoundaryEdges e = edges(1, ring(0, 0, 2, 0, 2, 1, 0, 1), ring(0, 1, 1, 1, 1, 2, 0, 2), ring(1, 1, 2, 1, 2, 2, 1, 2));

        assertThat(e.edges).isEqualTo(7);
        assertThat(e.nodeExact).containsOnly(true);
    }

    @Test
    void twoSegmentsCrossingShareOneComputedNode() {
        BoundaryEdges e = edges(1, ring(0, 0, 2, 0, 2, 2, 0, 2), ring(1, 1, 3, 1, 3, 3, 1, 3));

        int computed = 0;
        for (boolean exact : e.nodeExact) if (!exact) computed++;
        assertThat(computed).isEqualTo(2);
        assertThat(e.edges).isEqualTo(12);
    }

    @Test
    void theSameBorderInTwoLayersIsOneEdgeCountingForBoth() {
        List<Coordinate[]> rings = List.of(ring(0, 0, 1, 0, 1, 1, 0, 1), ring(0, 0, 1, 0, 1, 1, 0, 1));
        BoundaryEdges e = BoundaryEdges.of(rings, List.of(0, 1), 2);

        assertThat(e.edges).isEqualTo(4);
        for (int k = 0; k < e.edges; k++) assertThat(Math.abs(e.weight[2 * k])).isEqualTo(1).isEqualTo(Math.abs(e.weight[2 * k + 1]));
    }

    private static BoundaryEdges edges(int layers, Coordinate[]... rings) {
        List<Integer> layer = new ArrayList<>();
        for (Coordinate[] r : rings) layer.add(0);
        return BoundaryEdges.of(List.of(rings), layer, layers);
    }

    private static Coordinate[] ring(double... xy) {
        Coordinate[] out = new Coordinate[xy.length / 2 + 1];
        for (int i = 0; i < xy.length / 2; i++) out[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        out[out.length - 1] = out[0].copy();
        return out;
    }
}
