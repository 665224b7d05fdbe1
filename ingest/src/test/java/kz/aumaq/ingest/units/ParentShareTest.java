package kz.aumaq.ingest.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import kz.aumaq.gis.unit.AdminUnit;
import kz.aumaq.gis.unit.Kato;
import kz.aumaq.gis.unit.Level;
import kz.aumaq.gis.unit.UnitNames;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** A region 1° × 1° at 70° E, 50° N, and districts in and around it. */
class ParentShareTest {

    static final AdminUnit REGION = region("350000000", "POLYGON ((70 50, 71 50, 71 51, 70 51, 70 50))");
    static final AdminUnit OTHER = region("470000000", "POLYGON ((71 50, 72 50, 72 51, 71 51, 71 50))");

    @Test
    void sharesBelowTheWarningAreMeasuredExactly() {
        // 60% and 40% inside: the second pokes out of the region's east side into the other region.
        Geometry sixty = read("POLYGON ((70.4 50, 71.4 50, 71.4 50.5, 70.4 50.5, 70.4 50))");
        Geometry forty = read("POLYGON ((70.8 50.5, 71.3 50.5, 71.3 51, 70.8 51, 70.8 50.5))");

        double[] shares = shares(List.of(sixty, forty), List.of(REGION, REGION));

        assertThat(shares[0]).isCloseTo(0.6, within(1e-9));
        assertThat(shares[1]).isCloseTo(0.4, within(1e-9));
        assertThat(shares).containsExactly(measured(sixty, REGION), measured(forty, REGION));
    }

    @Test
    void aUnitAlmostAllInsideIsBoundedAboveTheWarning() {
        // The districts tile the region except one whose border wanders 0.0001° over the region's edge.
        List<Geometry> districts = List.of(
                read("POLYGON ((70 50, 70.5 50, 70.5 51, 70 51, 70 50))"),
                read("POLYGON ((70.5 50, 71 50, 71.0001 50.3, 71 50.6, 71 51, 70.5 51, 70.5 50))"));

        double[] shares = shares(districts, List.of(REGION, REGION));

        assertThat(shares[0]).isEqualTo(1);
        assertThat(shares[1]).isGreaterThanOrEqualTo(ParentShare.WARN).isLessThanOrEqualTo(measured(districts.get(1), REGION) + 1e-12);
    }

    @Test
    void eachUnitIsMeasuredAgainstItsOwnParent() {
        Geometry east = read("POLYGON ((71.2 50.2, 71.4 50.2, 71.4 50.4, 71.2 50.4, 71.2 50.2))");

        double[] shares = shares(List.of(east, east), List.of(REGION, OTHER));

        assertThat(shares[0]).isZero();
        assertThat(shares[1]).isEqualTo(1);
    }

    @Test
    void pointsAreInsideOrNot() {
        double[] shares = shares(List.of(read("POINT (70.5 50.5)"), read("POINT (71.5 50.5)")), List.of(REGION, REGION));

        assertThat(shares).containsExactly(1, 0);
    }

    @Test
    void twoThreadsShareTheWork() {
        List<Geometry> units = List.of(read("POLYGON ((70.5 50, 71.2 50, 71.2 50.5, 70.5 50.5, 70.5 50))"),
                read("POLYGON ((71.2 50.2, 71.4 50.2, 71.4 50.4, 71.2 50.4, 71.2 50.2))"),
                read("POLYGON ((70 50, 70.5 50, 70.5 51, 70 51, 70 50))"));
        List<AdminUnit> parents = List.of(REGION, OTHER, REGION);
        ParentShare together = new ParentShare(units, parents);

        CompletableFuture<Void> other = CompletableFuture.runAsync(together::work);
        together.work();
        other.join();

        assertThat(together.shares()).containsExactly(shares(units, parents));
    }

    private static double[] shares(List<Geometry> units, List<AdminUnit> parents) {
        ParentShare share = new ParentShare(units, parents);
        share.work();
        return share.shares();
    }

    private static double measured(Geometry unit, AdminUnit parent) {
        return ParentShare.measured(unit, PreparedGeometryFactory.prepare(parent.geometry()));
    }

    private static AdminUnit region(String kato, String polygon) {
        return new AdminUnit(Kato.of(kato), Level.REGION, "region", new UnitNames("a", "b", "c"), Kato.COUNTRY, read(polygon), null, 0,
                LocalDate.of(2024, 1, 1), null, null, null);
    }

    private static Geometry read(String text) {
        try {
            return new WKTReader().read(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
