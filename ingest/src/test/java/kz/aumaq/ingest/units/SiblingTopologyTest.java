package kz.aumaq.ingest.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.aumaq.ingest.report.Finding;
import kz.aumaq.ingest.report.Findings;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Synthetic units near 70° E, 50° N, about half a degree across. Each case is also checked
 * against the overlays alone (every pair intersected, the whole union), which the bounds may only
 * skip when they cannot change what is reported.
 */
class SiblingTopologyTest {

    @Test
    void anOverlapAboveTheToleranceIsReportedWithItsShare() {
        // 0.005° of a 0.5° square: 1% of it.
        assertThat(overlaps(square("a", 70, 50, 0.5), square("b", 70.495, 50, 0.5)))
                .containsExactly("#a × #b (1.00%)");
    }

    @Test
    void anOverlapBelowTheToleranceIsNot() {
        // 0.0002° of 0.5°: 0.04%.
        assertThat(overlaps(square("a", 70, 50, 0.5), square("b", 70.4998, 50, 0.5))).isEmpty();
    }

    @Test
    void aUnitInsideAnotherOverlapsItWholly() {
        assertThat(overlaps(square("district", 70, 50, 0.5), square("village", 70.2, 50.2, 0.01), square("next", 70.5, 50, 0.5)))
                .containsExactly("#district × #village (100.00%)");
    }

    @Test
    void twoIdenticalUnitsOverlapWholly() {
        assertThat(overlaps(square("a", 70, 50, 0.5), square("b", 70, 50, 0.5))).containsExactly("#a × #b (100.00%)");
    }

    @Test
    void neighboursSharingTheirBorderAndACityFillingItsDistrictsHoleHaveNeitherOverlapNorGap() {
        SiblingTopology.Piece district = piece("district", "POLYGON ((70 50, 70.5 50, 70.5 50.5, 70 50.5, 70 50), "
                + "(70.2 50.2, 70.3 50.2, 70.3 50.3, 70.2 50.3, 70.2 50.2))");
        SiblingTopology.Piece city = piece("city", "POLYGON ((70.2 50.2, 70.3 50.2, 70.3 50.3, 70.2 50.3, 70.2 50.2))");
        List<SiblingTopology.Piece> pieces = List.of(district, city, square("next", 70.5, 50, 0.5));

        assertThat(overlaps(pieces)).isEmpty();
        assertThat(gaps(pieces)).isEmpty();
    }

    @Test
    void aHoleAmongUnitsAboveTheToleranceIsAGap() {
        // Four units around a 0.05° square hole: 1% of the smallest.
        List<SiblingTopology.Piece> ring = List.of(
                piece("south", "POLYGON ((70 50, 70.55 50, 70.55 50.25, 70 50.25, 70 50))"),
                piece("north", "POLYGON ((70 50.3, 70.55 50.3, 70.55 50.55, 70 50.55, 70 50.3))"),
                piece("west", "POLYGON ((70 50.25, 70.25 50.25, 70.25 50.3, 70 50.3, 70 50.25))"),
                piece("east", "POLYGON ((70.3 50.25, 70.55 50.25, 70.55 50.3, 70.3 50.3, 70.3 50.25))"));

        assertThat(gaps(ring)).containsExactly("19.76 km² near 70.2750 50.2750, between #south, #west, #east, #north");
    }

    @Test
    void aSliverHoleBelowTheToleranceIsNoGapButAWiderOneIs() {
        // The second unit's border bends 0.0001° (then 0.01°) away from the first between 50.2° and 50.3°.
        assertThat(gaps(dented(0.0001))).isEmpty();
        assertThat(gaps(dented(0.01))).singleElement().asString().contains("between #a, #b");
        assertThat(overlaps(dented(0.0001))).isEmpty();
    }

    private static List<SiblingTopology.Piece> dented(double depth) {
        return List.of(piece("a", "POLYGON ((70 50, 70.5 50, 70.5 50.5, 70 50.5, 70 50))"),
                piece("b", "POLYGON ((70.5 50, 71 50, 71 50.5, 70.5 50.5, 70.5 50.3, " + (70.5 + depth) + " 50.25, 70.5 50.2, 70.5 50))"));
    }

    @Test
    void aChamberWhoseMouthTheOverlaysRoundShutIsAGap() {
        // On the exact geometry the chamber opens to the outside through a corridor 1e-8° wide;
        // rounded to 1e-7° the corridor closes, so the overlays see a hole, and so must the bound.
        List<SiblingTopology.Piece> pieces = List.of(
                piece("c", "POLYGON ((70 50, 71 50, 71 50.5, 70.6 50.5, 70.6 50.4, 70.4 50.4, 70.4 50.6, 70.6 50.6, "
                        + "70.6 50.50000001, 71 50.50000001, 71 51, 70 51, 70 50))"),
                square("next", 69, 50, 1));

        assertThat(gaps(pieces)).containsExactly("314.59 km² near 70.5000 50.5500, between #c");
    }

    private List<String> overlaps(SiblingTopology.Piece... pieces) {
        return overlaps(List.of(pieces));
    }

    private List<String> overlaps(List<SiblingTopology.Piece> pieces) {
        Findings f = new Findings();
        SiblingTopology.of(pieces).overlaps(f);
        List<String> found = examples(f, "overlap");
        assertThat(found).as("as the overlays alone find").isEqualTo(overlaysAlone(pieces));
        return found;
    }

    private List<String> gaps(List<SiblingTopology.Piece> pieces) {
        Findings f = new Findings();
        SiblingTopology.of(pieces).gaps(f);
        List<String> found = examples(f, "gap");
        assertThat(found).map(e -> e.substring(0, e.indexOf(", between"))).as("as the overlays alone find").isEqualTo(unionAlone(pieces));
        return found;
    }

    /** Every pair intersected, as before the bounds. */
    private static List<String> overlaysAlone(List<SiblingTopology.Piece> pieces) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            for (int j = i + 1; j < pieces.size(); j++) {
                Geometry a = pieces.get(i).geometry(), b = pieces.get(j).geometry();
                double smaller = Math.min(a.getArea(), b.getArea());
                double shared = CentimetreOverlay.intersection(a, b).getArea();
                if (shared > SiblingTopology.TOLERANCE * smaller) {
                    out.add(pieces.get(i).example() + " × " + pieces.get(j).example() + " (" + String.format(Locale.ROOT, "%.2f%%", shared / smaller * 100) + ")");
                }
            }
        }
        return out;
    }

    /** The holes of the whole union above the tolerance, as before the bounds (areas only: the example's wording is the checked code's). */
    private static List<String> unionAlone(List<SiblingTopology.Piece> pieces) {
        Geometry union = CentimetreOverlay.union(pieces.stream().map(SiblingTopology.Piece::geometry).toList());
        List<String> out = new ArrayList<>();
        for (int n = 0; n < union.getNumGeometries(); n++) {
            org.locationtech.jts.geom.Polygon part = (org.locationtech.jts.geom.Polygon) union.getGeometryN(n);
            for (int h = 0; h < part.getNumInteriorRing(); h++) {
                Geometry hole = union.getFactory().createPolygon(part.getInteriorRingN(h).getCoordinateSequence());
                double smallest = pieces.stream().map(SiblingTopology.Piece::geometry).filter(g -> g.distance(hole) <= 1e-6)
                        .mapToDouble(Geometry::getArea).min().orElse(Double.MAX_VALUE);
                if (hole.getArea() > SiblingTopology.TOLERANCE * smallest) {
                    out.add(String.format(Locale.ROOT, "%.2f km² near %.4f %.4f", kz.aumaq.gis.geom.GeodesicArea.squareKm(hole),
                            hole.getInteriorPoint().getX(), hole.getInteriorPoint().getY()));
                }
            }
        }
        return out;
    }

    private static List<String> examples(Findings f, String code) {
        List<String> out = new ArrayList<>();
        for (Finding x : f.list()) if (x.code().equals(code)) out.addAll(x.examples());
        return out;
    }

    private static SiblingTopology.Piece square(String name, double x, double y, double size) {
        return piece(name, String.format(Locale.ROOT, "POLYGON ((%s %s, %s %s, %s %s, %s %s, %s %s))",
                x, y, x + size, y, x + size, y + size, x, y + size, x, y));
    }

    private static SiblingTopology.Piece piece(String name, String polygon) {
        try {
            return new SiblingTopology.Piece("#" + name, new WKTReader().read(polygon));
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
