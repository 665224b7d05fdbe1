package kz.aumaq.gis.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.aumaq.gis.unit.AdminUnit;
import kz.aumaq.gis.unit.Kato;
import kz.aumaq.gis.unit.Level;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.io.WKTWriter;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

class DemoTerritoryGeneratorTest {

    private static DemoTerritory territory;
    private static final Map<Kato, AdminUnit> BY_KATO = new HashMap<>();
    private static final Map<Kato, List<AdminUnit>> CHILDREN = new HashMap<>();

    @BeforeAll
    static void generate() {
        long t0 = System.nanoTime();
        territory = new DemoTerritoryGenerator().generate();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        for (AdminUnit u : territory.units()) {
            BY_KATO.put(u.kato(), u);
            if (u.parentKato() != null) CHILDREN.computeIfAbsent(u.parentKato(), k -> new ArrayList<>()).add(u);
        }
        StringBuilder counts = new StringBuilder();
        for (Level l : Level.values()) counts.append(' ').append(l.code()).append('=').append(territory.byLevel(l).size());
        System.out.printf("Demo territory (seed %d) generated in %d ms:%s, total=%d%n",
            territory.seed(), ms, counts, territory.size());
    }

    @Test
    void countsPerLevel() {
        assertThat(territory.byLevel(Level.COUNTRY)).hasSize(1);
        assertThat(territory.byLevel(Level.REGION)).hasSize(20);
        assertThat(territory.byLevel(Level.DISTRICT)).hasSizeBetween(200, 260);
        assertThat(territory.byLevel(Level.OKRUG).size()).isGreaterThanOrEqualTo(2_000);
        assertThat(territory.byLevel(Level.SETTLEMENT).size()).isGreaterThanOrEqualTo(6_000);
        assertThat(territory.country().kato()).isEqualTo(Kato.COUNTRY);
    }

    @Test
    void unitsComeTopDown() {
        List<AdminUnit> units = territory.units();
        for (int i = 1; i < units.size(); i++) {
            assertThat(units.get(i).level().depth()).isGreaterThanOrEqualTo(units.get(i - 1).level().depth());
        }
    }

    @Test
    void sameSeedGivesSameTerritoryAndOtherSeedDiffers() {
        List<String> expected = fingerprint(territory);
        List<String> again = fingerprint(new DemoTerritoryGenerator(DemoTerritoryGenerator.DEFAULT_SEED).generate());
        assertThat(again).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            if (!again.get(i).equals(expected.get(i))) {
                assertThat(again.get(i)).as("unit #%d differs between runs", i).isEqualTo(expected.get(i));
            }
        }
        List<String> other = fingerprint(new DemoTerritoryGenerator(42L).generate());
        assertThat(other).isNotEqualTo(expected);
    }

    private static List<String> fingerprint(DemoTerritory t) {
        WKTWriter w = new WKTWriter();
        List<String> out = new ArrayList<>(t.size());
        for (AdminUnit u : t.units()) out.add(u.kato() + " " + u.names().kk() + " " + w.write(u.geometry()));
        return out;
    }

    @Test
    void geometriesAreValidTypedAndInWgs84() {
        for (AdminUnit u : territory.units()) {
            Geometry g = u.geometry();
            assertThat(g.isValid()).as("valid %s", u.kato()).isTrue();
            assertThat(g.isEmpty()).as("empty %s", u.kato()).isFalse();
            assertThat(g.getSRID()).as("srid %s", u.kato()).isEqualTo(4326);
            assertThat(u.labelPoint().getSRID()).isEqualTo(4326);
            if (u.level().isPoint()) {
                assertThat(g).isInstanceOf(Point.class);
                assertThat(u.labelPoint()).isEqualTo(g);
                assertThat(u.areaKm2()).isZero();
            } else {
                assertThat(g).as("type %s", u.kato()).isInstanceOf(MultiPolygon.class);
                assertThat(u.areaKm2()).as("area %s", u.kato()).isPositive();
            }
            assertThat(g.getEnvelopeInternal().getMinX()).isGreaterThan(46).isLessThan(88);
            assertThat(g.getEnvelopeInternal().getMinY()).isGreaterThan(40).isLessThan(56);
        }
        assertThat(territory.country().areaKm2()).isBetween(2_400_000.0, 3_000_000.0);
    }

    @Test
    void katoCodesAreUniqueAndExtendTheirParents() {
        Set<String> seen = new HashSet<>();
        for (AdminUnit u : territory.units()) {
            String code = u.kato().code();
            assertThat(Kato.isWellFormed(code)).isTrue();
            assertThat(seen.add(code)).as("duplicate %s", code).isTrue();
            int significant = 2 * u.level().depth() + (u.level() == Level.SETTLEMENT ? 1 : 0);
            if (u.level() != Level.COUNTRY && u.level() != Level.SETTLEMENT) {
                assertThat(code.substring(significant)).as("trailing zeros of %s", code).matches("0+");
            }
            if (u.parentKato() != null && u.level().depth() > 1) {
                String parent = u.parentKato().code();
                int parentDigits = 2 * (u.level().depth() - 1);
                assertThat(code).as("prefix of %s", code).startsWith(parent.substring(0, parentDigits));
            }
        }
    }

    @Test
    void everyParentExistsOneLevelUpAndPathsFollowParents() {
        for (AdminUnit u : territory.units()) {
            if (u.level() == Level.COUNTRY) {
                assertThat(u.parentKato()).isNull();
                assertThat(u.path()).isEqualTo("000000000");
                continue;
            }
            AdminUnit parent = BY_KATO.get(u.parentKato());
            assertThat(parent).as("parent of %s", u.kato()).isNotNull();
            assertThat(parent.level()).isEqualTo(u.level().parent().orElseThrow());
            assertThat(u.path()).isEqualTo(parent.path() + "/" + u.kato().code());
            assertThat(u.path()).startsWith("000000000/").endsWith(u.kato().code());
        }
    }

    @Test
    void childrenTileTheirParents() {
        int parents = 0;
        double worstSum = 0;
        double worstOverlap = 0;
        for (AdminUnit parent : territory.units()) {
            if (parent.level() == Level.OKRUG || parent.level() == Level.SETTLEMENT) continue;
            List<AdminUnit> kids = CHILDREN.get(parent.kato());
            assertThat(kids).as("children of %s", parent.kato()).isNotEmpty();
            parents++;
            double sum = kids.stream().mapToDouble(AdminUnit::areaKm2).sum();
            double rel = Math.abs(sum - parent.areaKm2()) / parent.areaKm2();
            worstSum = Math.max(worstSum, rel);
            assertThat(rel).as("area of children of %s", parent.kato()).isLessThan(0.001);

            STRtree tree = new STRtree();
            for (AdminUnit k : kids) tree.insert(k.geometry().getEnvelopeInternal(), k);
            for (AdminUnit a : kids) {
                for (Object o : tree.query(a.geometry().getEnvelopeInternal())) {
                    AdminUnit b = (AdminUnit) o;
                    if (a.kato().compareTo(b.kato()) >= 0) continue;
                    double overlap = OverlayNGRobust.overlay(a.geometry(), b.geometry(), OverlayNG.INTERSECTION).getArea();
                    worstOverlap = Math.max(worstOverlap, overlap);
                    assertThat(overlap).as("overlap of %s and %s", a.kato(), b.kato()).isLessThan(1e-9);
                }
            }
        }
        System.out.printf("Tiling: %d parents, worst child-area mismatch %.2e, worst overlap %.2e deg²%n",
            parents, worstSum, worstOverlap);
    }

    @Test
    void settlementsLieInTheirOkrug() {
        for (AdminUnit s : territory.byLevel(Level.SETTLEMENT)) {
            assertThat(BY_KATO.get(s.parentKato()).geometry().covers(s.geometry())).as("%s", s.kato()).isTrue();
        }
        for (AdminUnit okrug : territory.byLevel(Level.OKRUG)) {
            assertThat(CHILDREN.get(okrug.kato())).as("settlements of %s", okrug.kato()).isNotEmpty();
        }
    }

    @Test
    void astanaCoversItsCentre() {
        AdminUnit astana = BY_KATO.get(Kato.of("710000000"));
        assertThat(astana.kind()).isEqualTo("city_republican");
        assertThat(astana.geometry().covers(Geoms.point(71.43, 51.13))).isTrue();
    }

    @Test
    void regionsCoverTheirAdministrativeCentres() {
        for (RegionCatalog.Oblast o : RegionCatalog.OBLASTS) {
            AdminUnit region = BY_KATO.get(Kato.of(o.kato()));
            assertThat(region.kind()).isEqualTo("oblast");
            assertThat(region.geometry().covers(Geoms.point(o.centre().coordinate()))).as(o.en()).isTrue();
        }
        for (RegionCatalog.RepublicanCity c : RegionCatalog.CITIES) {
            assertThat(BY_KATO.get(Kato.of(c.kato())).geometry().covers(Geoms.point(c.centre().coordinate())))
                .as(c.centre().en()).isTrue();
        }
    }

    @Test
    void namesArePresentInAllLanguages() {
        for (AdminUnit u : territory.units()) {
            assertThat(u.names().kk()).as("kk %s", u.kato()).isNotBlank();
            assertThat(u.names().ru()).as("ru %s", u.kato()).isNotBlank().doesNotContainPattern("[әғқңөұүһі]");
            assertThat(u.names().en()).as("en %s", u.kato()).isNotBlank().matches("[A-Za-z0-9 ()\\-—]+");
        }
        assertThat(BY_KATO.get(Kato.of("590000000")).names().kk()).isEqualTo("Солтүстік Қазақстан облысы");
        assertThat(BY_KATO.get(Kato.of("750000000")).names().ru()).isEqualTo("город Алматы");
        assertThat(KazakhTransliteration.toEnglish("Қарасу")).isEqualTo("Karasu");
        assertThat(KazakhTransliteration.toEnglish("Көкжар")).isEqualTo("Kokzhar");
        assertThat(KazakhTransliteration.toRussian("Қарасу")).isEqualTo("Карасу");
    }

    @Test
    void labelPointsAreInside() {
        for (AdminUnit u : territory.units()) {
            assertThat(u.geometry().covers(u.labelPoint())).as("label of %s", u.kato()).isTrue();
        }
    }

    @Test
    void everyUnitIsCurrentDemoData() {
        for (AdminUnit u : territory.units()) {
            assertThat(u.source()).isEqualTo("demo");
            assertThat(u.validFrom()).isEqualTo(DemoTerritoryGenerator.VALID_FROM);
            assertThat(u.validTo()).isNull();
            assertThat(u.kind()).isNotBlank();
        }
        assertThat(territory.country().areaKm2()).isCloseTo(
            territory.byLevel(Level.REGION).stream().mapToDouble(AdminUnit::areaKm2).sum(), within(2_700.0));
    }
}
