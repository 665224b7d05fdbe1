package kz.aumaq.gis.features;

import kz.aumaq.gis.text.Lang;
import kz.aumaq.gis.text.LocalizedText;

/** The words link titles and HTML pages show, in the three languages. */
enum Words {
    HOME("Басты бет", "Главная", "Home"),
    THIS_DOCUMENT("Осы құжат", "Этот документ", "This document"),
    AS_HTML("Осы құжат HTML түрінде", "Этот документ в HTML", "This document as HTML"),
    AS_JSON("Осы құжат JSON түрінде", "Этот документ в JSON", "This document as JSON"),
    API("API сипаттамасы (OpenAPI 3.0)", "Описание API (OpenAPI 3.0)", "API definition (OpenAPI 3.0)"),
    CONFORMANCE("Сәйкестік кластары", "Классы соответствия", "Conformance classes"),
    COLLECTIONS("Жинақтар", "Коллекции", "Collections"),
    COLLECTION("Жинақ", "Коллекция", "Collection"),
    ITEMS("Объектілер", "Объекты", "Features"),
    NEXT("Келесі бет", "Следующая страница", "Next page"),
    PREV("Алдыңғы бет", "Предыдущая страница", "Previous page"),
    EXTENT("Қамту аумағы (бойлық/ендік)", "Охват (долгота/широта)", "Extent (lon/lat)"),
    CRS("Координаталар жүйелері", "Системы координат", "Coordinate reference systems"),
    SHOWING("%3$d ішінен %1$d–%2$d", "%1$d–%2$d из %3$d", "%1$d–%2$d of %3$d"),
    NONE_FOUND("Ештеңе табылмады", "Ничего не найдено", "Nothing found"),
    PROPERTY("Қасиет", "Свойство", "Property"),
    VALUE("Мәні", "Значение", "Value"),
    AS_OF("Күні", "На дату", "As of"),
    KEYWORDS("Кілт сөздер", "Ключевые слова", "Keywords"),
    ATTRIBUTION("Дереккөз", "Источник данных", "Attribution"),
    METADATA("Метадеректер (ISO 19139)", "Метаданные (ISO 19139)", "Metadata (ISO 19139)");

    private final LocalizedText text;

    Words(String kk, String ru, String en) {
        this.text = new LocalizedText(kk, ru, en);
    }

    String in(Lang lang) {
        return text.in(lang);
    }
}
