package kz.aumaq.gis.demo;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/**
 * The real first tier of Kazakhstan after the 2022 reform: 17 oblasts and 3 cities of
 * republican significance, with real KATO codes, names, administrative centres and
 * approximate region centroids. Everything below this tier in the demo is invented.
 */
final class RegionCatalog {

    /** A settlement name in the three languages at a real position. */
    record Place(String kk, String ru, String en, double lon, double lat) {
        Coordinate coordinate() {
            return new Coordinate(lon, lat);
        }
    }

    /** An oblast; {@code centroid} is where the bulk of its territory is, used as a partition site. */
    record Oblast(String kato, String kk, String ru, String en, double centroidLon, double centroidLat, Place centre) {
        Coordinate centroid() {
            return new Coordinate(centroidLon, centroidLat);
        }

        String nameKk() {
            return kk + " облысы";
        }

        String nameRu() {
            return ru + " область";
        }

        String nameEn() {
            return en + " Region";
        }
    }

    /** A district of a city of republican significance; names are the real ones. */
    record CityDistrict(String kk, String ru, String en) {
    }

    /** A city of republican significance: a disc of {@code radiusDeg} carved out of the oblast around it. */
    record RepublicanCity(String kato, Place centre, double radiusDeg, List<CityDistrict> districts) {
        String nameKk() {
            return centre.kk() + " қаласы";
        }

        String nameRu() {
            return "город " + centre.ru();
        }

        String nameEn() {
            return centre.en();
        }
    }

    static final List<Oblast> OBLASTS = List.of(
        new Oblast("100000000", "Абай", "Абайская", "Abai", 80.10, 48.67, new Place("Семей", "Семей", "Semey", 80.232, 50.417)),
        new Oblast("110000000", "Ақмола", "Акмолинская", "Akmola", 69.89, 51.79, new Place("Көкшетау", "Кокшетау", "Kokshetau", 69.381, 53.285)),
        new Oblast("150000000", "Ақтөбе", "Актюбинская", "Aktobe", 58.57, 48.60, new Place("Ақтөбе", "Актобе", "Aktobe", 57.212, 50.280)),
        new Oblast("190000000", "Алматы", "Алматинская", "Almaty", 76.76, 44.32, new Place("Қонаев", "Конаев", "Konaev", 77.040, 43.844)),
        new Oblast("230000000", "Атырау", "Атырауская", "Atyrau", 52.14, 47.50, new Place("Атырау", "Атырау", "Atyrau", 51.924, 47.105)),
        new Oblast("270000000", "Батыс Қазақстан", "Западно-Казахстанская", "West Kazakhstan", 50.67, 49.79, new Place("Орал", "Уральск", "Oral", 51.373, 51.222)),
        new Oblast("310000000", "Жамбыл", "Жамбылская", "Zhambyl", 72.13, 44.32, new Place("Тараз", "Тараз", "Taraz", 71.377, 42.902)),
        new Oblast("330000000", "Жетісу", "Жетысуская", "Zhetysu", 78.97, 45.55, new Place("Талдықорған", "Талдыкорган", "Taldykorgan", 78.379, 45.016)),
        new Oblast("350000000", "Қарағанды", "Карагандинская", "Karaganda", 73.36, 48.65, new Place("Қарағанды", "Караганда", "Karaganda", 73.103, 49.816)),
        new Oblast("390000000", "Қостанай", "Костанайская", "Kostanay", 64.00, 51.60, new Place("Қостанай", "Костанай", "Kostanay", 63.633, 53.215)),
        new Oblast("430000000", "Қызылорда", "Кызылординская", "Kyzylorda", 63.60, 45.21, new Place("Қызылорда", "Кызылорда", "Kyzylorda", 65.504, 44.843)),
        new Oblast("470000000", "Маңғыстау", "Мангистауская", "Mangystau", 53.94, 44.11, new Place("Ақтау", "Актау", "Aktau", 51.158, 43.652)),
        new Oblast("550000000", "Павлодар", "Павлодарская", "Pavlodar", 76.25, 52.07, new Place("Павлодар", "Павлодар", "Pavlodar", 76.965, 52.284)),
        new Oblast("590000000", "Солтүстік Қазақстан", "Северо-Казахстанская", "North Kazakhstan", 69.26, 53.85, new Place("Петропавл", "Петропавловск", "Petropavl", 69.133, 54.867)),
        new Oblast("610000000", "Түркістан", "Туркестанская", "Turkistan", 68.44, 43.23, new Place("Түркістан", "Туркестан", "Turkistan", 68.263, 43.299)),
        new Oblast("620000000", "Ұлытау", "Улытауская", "Ulytau", 67.90, 47.65, new Place("Жезқазған", "Жезказган", "Zhezkazgan", 67.706, 47.801)),
        new Oblast("630000000", "Шығыс Қазақстан", "Восточно-Казахстанская", "East Kazakhstan", 84.14, 49.03, new Place("Өскемен", "Усть-Каменогорск", "Oskemen", 82.612, 49.956)));

    static final List<RepublicanCity> CITIES = List.of(
        new RepublicanCity("710000000", new Place("Астана", "Астана", "Astana", 71.458, 51.166), 0.20, List.of(
            new CityDistrict("Алматы", "район Алматы", "Almaty"),
            new CityDistrict("Байқоңыр", "район Байконур", "Baikonyr"),
            new CityDistrict("Есіл", "Есильский район", "Esil"),
            new CityDistrict("Сарыарқа", "район Сарыарка", "Saryarka"),
            new CityDistrict("Нұра", "район Нура", "Nura"))),
        new RepublicanCity("750000000", new Place("Алматы", "Алматы", "Almaty", 76.945, 43.238), 0.15, List.of(
            new CityDistrict("Алатау", "Алатауский район", "Alatau"),
            new CityDistrict("Алмалы", "Алмалинский район", "Almaly"),
            new CityDistrict("Әуезов", "Ауэзовский район", "Auezov"),
            new CityDistrict("Бостандық", "Бостандыкский район", "Bostandyk"),
            new CityDistrict("Жетісу", "Жетысуский район", "Zhetysu"),
            new CityDistrict("Медеу", "Медеуский район", "Medeu"),
            new CityDistrict("Наурызбай", "Наурызбайский район", "Nauryzbay"),
            new CityDistrict("Түрксіб", "Турксибский район", "Turksib"))),
        new RepublicanCity("790000000", new Place("Шымкент", "Шымкент", "Shymkent", 69.603, 42.335), 0.15, List.of(
            new CityDistrict("Абай", "Абайский район", "Abay"),
            new CityDistrict("Әл-Фараби", "Аль-Фарабийский район", "Al-Farabi"),
            new CityDistrict("Еңбекші", "Енбекшинский район", "Enbekshi"),
            new CityDistrict("Қаратау", "Каратауский район", "Karatau"),
            new CityDistrict("Тұран", "Туранский район", "Turan"))));

    private RegionCatalog() {
    }
}
