package kz.aumaq.ingest.geokz;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.aumaq.gis.unit.AdminUnit;
import kz.aumaq.gis.unit.Kato;
import kz.aumaq.gis.unit.Level;
import kz.aumaq.gis.unit.UnitNames;
import kz.aumaq.ingest.shapefile.ShapefileFeature;
import kz.aumaq.ingest.shapefile.ShapefileReader;
import org.locationtech.jts.geom.Geometry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a geokz folder into administrative units ready for {@link kz.aumaq.gis.unit.AdminUnitWriter}:
 * the country, and the regions and districts of every edition found (2024, and 2018 as the
 * older version when its files are there). Areas, label points and paths are left to the writer.
 */
public class GeokzLoader {

    public static final UnitNames COUNTRY_NAMES = new UnitNames("Қазақстан", "Казахстан", "Kazakhstan");
    private static final Logger log = LoggerFactory.getLogger(GeokzLoader.class);
    private final ShapefileReader reader = new ShapefileReader();

    public List<AdminUnit> load(Path dir) throws IOException {
        List<GeokzEdition> editions = GeokzEdition.findIn(dir);
        if (editions.isEmpty()) {
            throw new IOException("no geokz edition in " + dir + " (expected kaz_admbnda_adm1_<year>.shp with kaz_admbnda_adm2_<year>.shp)");
        }
        BoundaryRepair repair = new BoundaryRepair();
        List<AdminUnit> units = new ArrayList<>();
        List<AdminUnit> regions = List.of();
        List<String> disagreements = new ArrayList<>();
        for (GeokzEdition edition : editions) {
            regions = regions(edition, repair);
            RegionMatcher matcher = new RegionMatcher(regions);
            units.addAll(regions);
            units.addAll(districts(edition, matcher, repair));
            disagreements.addAll(matcher.disagreements());
        }
        GeokzEdition first = editions.get(0);
        GeokzEdition latest = editions.get(editions.size() - 1);
        units.add(0, country(regions, first.validFrom(), latest.source(), repair));
        List<String> repaired = repair.repaired();
        log.info("geokz {}: {} units from editions {}; {} invalid geometries repaired {}; {} region/KATO disagreements {}",
                dir, units.size(), editions.stream().map(GeokzEdition::year).toList(),
                repaired.size(), repaired, disagreements.size(), disagreements);
        return units;
    }

    private List<AdminUnit> regions(GeokzEdition edition, BoundaryRepair repair) throws IOException {
        List<AdminUnit> out = new ArrayList<>();
        for (ShapefileFeature f : reader.read(edition.regions())) {
            Kato kato = kato(f, edition.regions());
            String who = "region " + kato + " (" + edition.year() + ")";
            out.add(unit(kato, Level.REGION, UnitKinds.ofRegion(kato),
                    new UnitNames(f.text("ADM1_KK"), f.text("ADM1_RU"), f.text("ADM1_EN")), Kato.COUNTRY,
                    repair.apply(who, f.geometry()), edition.validFrom(), edition.validTo(), edition.source()));
        }
        return out;
    }

    private List<AdminUnit> districts(GeokzEdition edition, RegionMatcher matcher, BoundaryRepair repair) throws IOException {
        List<AdminUnit> out = new ArrayList<>();
        for (ShapefileFeature f : reader.read(edition.districts())) {
            Kato kato = kato(f, edition.districts());
            String who = "district " + kato + " (" + edition.year() + ")";
            Geometry shape = repair.apply(who, f.geometry());
            AdminUnit region = matcher.regionOf(kato, shape, who);
            String nameRu = f.text("ADM2_RU");
            out.add(unit(kato, Level.DISTRICT, UnitKinds.ofDistrict(kato, nameRu, region.kind()),
                    new UnitNames(f.text("ADM2_KK"), nameRu, f.text("ADM2_EN")), region.kato(),
                    shape, edition.validFrom(), edition.validTo(), edition.source()));
        }
        return out;
    }

    /**
     * The country is the union of the latest regions, not geokz's adm0 outline: that outline is
     * from 2018 and misses about 7 km² of the 2024 Zhetysu region on the Chinese border, and the
     * union keeps every region inside its parent. One version, valid from the oldest edition on.
     * The union takes a few seconds (the regions do not share vertices exactly).
     */
    private static AdminUnit country(List<AdminUnit> regions, LocalDate from, String source, BoundaryRepair repair) {
        Geometry union = CountryShape.unionOf(regions.stream().map(AdminUnit::geometry).toList());
        return unit(Kato.COUNTRY, Level.COUNTRY, "country", COUNTRY_NAMES, null,
                repair.apply("country " + Kato.COUNTRY, union), from, null, source);
    }

    private static Kato kato(ShapefileFeature f, Path file) throws IOException {
        String code = f.text("KATO");
        if (!Kato.isWellFormed(code)) throw new IOException(file.getFileName() + ": KATO '" + code + "' is not 9 digits in " + f.attributes());
        return Kato.of(code);
    }

    private static AdminUnit unit(Kato kato, Level level, String kind, UnitNames names, Kato parent, Geometry geometry,
                                  LocalDate from, LocalDate to, String source) {
        return new AdminUnit(kato, level, kind, names, parent, geometry, null, 0, from, to, null, source);
    }
}
