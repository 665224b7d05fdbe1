package kz.aumaq.ingest.geokz;

import java.util.Locale;
import kz.aumaq.gis.unit.Kato;

/**
 * Decides a unit's kind from its KATO code, because geokz names carry no "г." / "қаласы" / "city"
 * marks (cities are just "Семей", "Кокшетау"). KATO conventions used: regions 71–79 are cities of
 * republican significance; inside an oblast, district digits 10–31 are cities of oblast
 * significance and 32 and up are districts. Adjectival Russian names ("Жанасемейский",
 * KATO 101010000) are districts even under a city code.
 */
public final class UnitKinds {

    static final String OBLAST = "oblast";
    static final String CITY_REPUBLICAN = "city_republican";
    static final String DISTRICT = "district";
    static final String CITY_OBLAST = "city_oblast";
    static final String CITY_DISTRICT = "city_district";

    private UnitKinds() {
    }

    public static String ofRegion(Kato kato) {
        return Integer.parseInt(kato.code().substring(0, 2)) >= 71 ? CITY_REPUBLICAN : OBLAST;
    }

    public static String ofDistrict(Kato kato, String nameRu, String regionKind) {
        if (CITY_REPUBLICAN.equals(regionKind)) return CITY_DISTRICT;
        boolean cityCode = Integer.parseInt(kato.code().substring(2, 4)) < 32;
        return cityCode && !isAdjective(nameRu) ? CITY_OBLAST : DISTRICT;
    }

    private static boolean isAdjective(String nameRu) {
        if (nameRu == null) return false;
        String n = nameRu.toLowerCase(Locale.ROOT);
        return n.endsWith("ский") || n.endsWith("цкий");
    }
}
