package kz.aumaq.gis.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import kz.aumaq.gis.geom.GeodesicArea;
import kz.aumaq.gis.unit.AdminUnit;
import kz.aumaq.gis.unit.Kato;
import kz.aumaq.gis.unit.Level;
import kz.aumaq.gis.unit.UnitNames;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Generates a plausible, fully consistent Kazakhstan for demos and tests: the real 20 regions
 * (bent Voronoi shapes around their real centres, not legal borders), then invented districts,
 * rural okrugs and villages with Kazakh names. Deterministic: the same seed gives the same
 * territory, byte for byte, so screenshots, indicators and tests stay reproducible.
 *
 * <p>Each level is cut from its parent with {@link PlanePartition}, so children tile their parent
 * without gaps or overlaps, and child KATO codes extend their parent's code.
 */
public final class DemoTerritoryGenerator {

    public static final long DEFAULT_SEED = 20240101L;
    /** The 2022 reform that created Abai, Zhetysu and Ulytau regions; the demo starts there. */
    public static final LocalDate VALID_FROM = LocalDate.of(2022, 6, 8);
    public static final String SOURCE = "demo";

    /** Rural districts country-wide; real Kazakhstan has ~170 plus city districts. */
    private static final int RURAL_DISTRICTS = 185;
    private static final double OBLAST_CITY_RADIUS_DEG = 0.09;

    private final long seed;

    public DemoTerritoryGenerator() {
        this(DEFAULT_SEED);
    }

    public DemoTerritoryGenerator(long seed) {
        this.seed = seed;
    }

    public DemoTerritory generate() {
        return new Run(seed).build();
    }

    /** One generation: random streams and the units built so far. */
    private static final class Run {
        private final long seed;
        private final Random siteRnd;
        private final Random countRnd;
        private final ToponymGenerator toponyms;
        // one displacement field per level: regions bend on a ~4° scale, okrugs on ~0.35°
        private final PlanePartition regionCut;
        private final PlanePartition districtCut;
        private final PlanePartition okrugCut;

        private final List<AdminUnit> regions = new ArrayList<>();
        private final List<AdminUnit> districts = new ArrayList<>();
        private final List<AdminUnit> okrugs = new ArrayList<>();
        private final List<AdminUnit> settlements = new ArrayList<>();

        Run(long seed) {
            this.seed = seed;
            Random master = new Random(seed);
            // separate streams, so e.g. a naming change does not move every border
            this.regionCut = new PlanePartition(DisplacementField.random(new Random(master.nextLong()), 4.0, 4), 0.05);
            this.districtCut = new PlanePartition(DisplacementField.random(new Random(master.nextLong()), 1.2, 4), 0.025);
            this.okrugCut = new PlanePartition(DisplacementField.random(new Random(master.nextLong()), 0.35, 3), 0.012);
            this.siteRnd = new Random(master.nextLong());
            this.countRnd = new Random(master.nextLong());
            this.toponyms = new ToponymGenerator(new Random(master.nextLong()));
        }

        DemoTerritory build() {
            AdminUnit country = area("000000000", Level.COUNTRY, "country",
                new UnitNames("Қазақстан Республикасы", "Республика Казахстан", "Republic of Kazakhstan"),
                null, CountryOutline.multiPolygon(), null);
            buildRegions(country);
            for (AdminUnit region : regions) buildDistricts(region);
            for (AdminUnit district : districts) buildOkrugs(district);

            List<AdminUnit> all = new ArrayList<>();
            all.add(country);
            for (List<AdminUnit> level : List.of(regions, districts, okrugs, settlements)) {
                level.sort(Comparator.comparing(AdminUnit::kato));
                all.addAll(level);
            }
            return new DemoTerritory(seed, all);
        }

        // ---- regions ------------------------------------------------------------------------

        private void buildRegions(AdminUnit country) {
            List<RegionCatalog.Oblast> oblasts = RegionCatalog.OBLASTS;
            // two sites per oblast: its centroid and its centre, so the centre lands in its own oblast
            List<Coordinate> sites = new ArrayList<>();
            int[] groupOf = new int[oblasts.size() * 2];
            for (int i = 0; i < oblasts.size(); i++) {
                sites.add(oblasts.get(i).centroid());
                sites.add(oblasts.get(i).centre().coordinate());
                groupOf[2 * i] = i;
                groupOf[2 * i + 1] = i;
            }
            // cities of republican significance are carved out of whichever oblast they fall in
            List<Geometry> discs = new ArrayList<>();
            for (RegionCatalog.RepublicanCity city : RegionCatalog.CITIES) {
                discs.add(districtCut.disc(city.centre().coordinate(), city.radiusDeg()));
            }
            List<Geometry> shapes = regionCut.split(country.geometry(), sites, groupOf, oblasts.size(), discs);
            for (int i = 0; i < oblasts.size(); i++) {
                RegionCatalog.Oblast o = oblasts.get(i);
                regions.add(area(o.kato(), Level.REGION, "oblast", new UnitNames(o.nameKk(), o.nameRu(), o.nameEn()),
                    country, shapes.get(i), o.centroid()));
            }
            for (int i = 0; i < RegionCatalog.CITIES.size(); i++) {
                RegionCatalog.RepublicanCity c = RegionCatalog.CITIES.get(i);
                regions.add(area(c.kato(), Level.REGION, "city_republican", new UnitNames(c.nameKk(), c.nameRu(), c.nameEn()),
                    country, shapes.get(oblasts.size() + i), c.centre().coordinate()));
            }
        }

        // ---- districts ----------------------------------------------------------------------

        private void buildDistricts(AdminUnit region) {
            if (region.kind().equals("city_republican")) {
                buildCityDistricts(region);
                return;
            }
            RegionCatalog.Oblast oblast = RegionCatalog.OBLASTS.stream()
                .filter(o -> o.kato().equals(region.kato().code())).findFirst().orElseThrow();
            String prefix = region.kato().code().substring(0, 2);
            RegionCatalog.Place centre = oblast.centre();

            // the oblast's administrative centre is its own district ("city of oblast significance")
            Geometry disc = districtCut.disc(centre.coordinate(), OBLAST_CITY_RADIUS_DEG);
            Geometry rest = Geoms.difference(region.geometry(), disc);
            int count = ruralDistrictCount(region);
            List<Coordinate> sites = SiteSampler.spread(rest, count, 12, List.of(centre.coordinate()), 4, siteRnd);
            List<Geometry> shapes = districtCut.split(region.geometry(), sites, identity(count), count, List.of(disc));
            districts.add(area(prefix + "1000000", Level.DISTRICT, "city_oblast",
                new UnitNames(centre.kk() + " қаласы", "город " + centre.ru(), centre.en() + " City"),
                region, shapes.get(count), centre.coordinate()));

            // rural districts: as many as the oblast's share of the country's area warrants
            Set<String> taken = new HashSet<>();
            for (int i = 0; i < count; i++) {
                String x = toponyms.next(taken);
                districts.add(area(prefix + (20 + i) + "00000", Level.DISTRICT, "district",
                    names(x + " ауданы", " район", " District", x), region, shapes.get(i), sites.get(i)));
            }
        }

        private int ruralDistrictCount(AdminUnit region) {
            double oblastsKm2 = regions.stream().filter(r -> r.kind().equals("oblast")).mapToDouble(AdminUnit::areaKm2).sum();
            int n = (int) Math.round(RURAL_DISTRICTS * region.areaKm2() / oblastsKm2);
            return Math.max(3, Math.min(79, n)); // codes 20..99
        }

        private void buildCityDistricts(AdminUnit region) {
            RegionCatalog.RepublicanCity city = RegionCatalog.CITIES.stream()
                .filter(c -> c.kato().equals(region.kato().code())).findFirst().orElseThrow();
            String prefix = region.kato().code().substring(0, 2);
            int count = city.districts().size();
            List<Coordinate> sites = SiteSampler.spread(region.geometry(), count, 12, List.of(), 4, siteRnd);
            List<Geometry> shapes = okrugCut.split(region.geometry(), sites, identity(count), count);
            for (int i = 0; i < count; i++) {
                RegionCatalog.CityDistrict d = city.districts().get(i);
                districts.add(area(prefix + (11 + i) + "00000", Level.DISTRICT, "city_district",
                    new UnitNames(d.kk() + " ауданы", d.ru(), d.en() + " District"), region, shapes.get(i), sites.get(i)));
            }
        }

        // ---- okrugs and settlements ---------------------------------------------------------

        private void buildOkrugs(AdminUnit district) {
            String prefix = district.kato().code().substring(0, 4);
            if (!district.kind().equals("district")) {
                buildCityAdministration(district, prefix);
                return;
            }
            int count = 10 + countRnd.nextInt(3); // ~11 okrugs per district
            List<Coordinate> sites = SiteSampler.spread(district.geometry(), count, 10, List.of(), 4, siteRnd);
            List<Geometry> shapes = okrugCut.split(district.geometry(), sites, identity(count), count);
            Set<String> taken = new HashSet<>();
            for (int i = 0; i < count; i++) {
                String x = toponyms.next(taken);
                AdminUnit okrug = area(prefix + String.format("%02d", i + 1) + "000", Level.OKRUG, "rural_okrug",
                    names(x + " ауылдық округі", " сельский округ", " Rural Okrug", x), district, shapes.get(i), sites.get(i));
                okrugs.add(okrug);
                buildVillages(okrug, x, sites.get(i));
            }
        }

        /** Rural okrugs are usually named after their centre village, so the first village takes the okrug's name. */
        private void buildVillages(AdminUnit okrug, String okrugName, Coordinate site) {
            String prefix = okrug.kato().code().substring(0, 6);
            int count = 3 + (countRnd.nextDouble() < 0.1 ? 1 : 0);
            PreparedGeometry inside = PreparedGeometryFactory.prepare(okrug.geometry());
            Coordinate first = inside.containsProperly(Geoms.point(site)) ? site
                : SiteSampler.spread(okrug.geometry(), 1, 1, List.of(), 5, siteRnd).get(0);
            List<Coordinate> points = new ArrayList<>();
            points.add(first);
            points.addAll(SiteSampler.spread(okrug.geometry(), count - 1, 5, List.of(first), 5, siteRnd));
            Set<String> taken = new HashSet<>();
            taken.add(okrugName);
            for (int i = 0; i < count; i++) {
                String x = i == 0 ? okrugName : toponyms.next(taken);
                settlements.add(settlement(prefix + String.format("%03d", i + 1), i == 0 ? "okrug_centre" : "village",
                    names(x, "", "", x), okrug, points.get(i)));
            }
        }

        /** Cities are not split into rural okrugs: one administration covers the whole (city) district. */
        private void buildCityAdministration(AdminUnit district, String prefix) {
            boolean oblastCity = district.kind().equals("city_oblast");
            UnitNames okrugNames;
            UnitNames cityNames;
            Coordinate where;
            if (oblastCity) {
                RegionCatalog.Place c = RegionCatalog.OBLASTS.stream()
                    .filter(o -> o.kato().startsWith(prefix.substring(0, 2))).findFirst().orElseThrow().centre();
                okrugNames = new UnitNames(c.kk() + " қалалық әкімдігі", c.ru() + " (городская администрация)", c.en() + " City Administration");
                cityNames = new UnitNames(c.kk(), c.ru(), c.en());
                where = c.coordinate();
            } else {
                RegionCatalog.RepublicanCity city = RegionCatalog.CITIES.stream()
                    .filter(rc -> rc.kato().startsWith(prefix.substring(0, 2))).findFirst().orElseThrow();
                RegionCatalog.CityDistrict d = city.districts().get(Integer.parseInt(prefix.substring(2, 4)) - 11);
                okrugNames = new UnitNames(d.kk() + " ауданы әкімдігі", d.ru() + " (городская администрация)", d.en() + " District Administration");
                cityNames = new UnitNames(city.centre().kk() + " (" + d.kk() + " ауданы)",
                    city.centre().ru() + " (" + d.ru() + ")", city.centre().en() + " (" + d.en() + " District)");
                Point centre = Geoms.point(city.centre().coordinate());
                where = district.geometry().contains(centre) ? centre.getCoordinate() : district.labelPoint().getCoordinate();
            }
            AdminUnit okrug = area(prefix + "01000", Level.OKRUG, "city_administration", okrugNames, district,
                district.geometry(), district.labelPoint().getCoordinate());
            okrugs.add(okrug);
            settlements.add(settlement(prefix + "01001", "city", cityNames, okrug, where));
        }

        // ---- unit assembly ------------------------------------------------------------------

        private AdminUnit area(String kato, Level level, String kind, UnitNames names, AdminUnit parent,
                               Geometry shape, Coordinate preferredLabel) {
            MultiPolygon mp = Geoms.toMultiPolygon(shape);
            Point label = Geoms.labelPoint(mp, preferredLabel);
            return new AdminUnit(Kato.of(kato), level, kind, names, parent == null ? null : parent.kato(), mp, label,
                GeodesicArea.squareKm(mp), VALID_FROM, null, path(parent, kato), SOURCE);
        }

        private AdminUnit settlement(String kato, String kind, UnitNames names, AdminUnit okrug, Coordinate at) {
            Point p = Geoms.point(at);
            return new AdminUnit(Kato.of(kato), Level.SETTLEMENT, kind, names, okrug.kato(), p, p, 0,
                VALID_FROM, null, path(okrug, kato), SOURCE);
        }

        private static String path(AdminUnit parent, String kato) {
            return parent == null ? kato : parent.path() + "/" + kato;
        }

        /** kk as given; ru/en transliterated from the bare toponym plus their own generic term. */
        private static UnitNames names(String kk, String ruSuffix, String enSuffix, String toponym) {
            return new UnitNames(kk, KazakhTransliteration.toRussian(toponym) + ruSuffix,
                KazakhTransliteration.toEnglish(toponym) + enSuffix);
        }

        private static int[] identity(int n) {
            int[] a = new int[n];
            for (int i = 0; i < n; i++) a[i] = i;
            return a;
        }
    }
}
