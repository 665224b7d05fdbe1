package kz.aumaq.gis.layer;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kz.aumaq.gis.style.DefaultStyles;
import kz.aumaq.gis.style.Style;
import kz.aumaq.gis.text.LocalizedText;
import kz.aumaq.gis.unit.AdminUnitRepository;
import kz.aumaq.gis.unit.Level;

/**
 * Publishes the administrative hierarchy: {@code regions}, {@code districts}, {@code okrugs},
 * {@code settlements} and the group {@code admin} (all of them, detail by scale).
 */
public final class AdminLayers {

    public static final String GROUP = "admin";
    private final Map<Level, AdminUnitLayerSource> sources = new EnumMap<>(Level.class);

    public AdminLayers(AdminUnitRepository repository) {
        for (Level l : List.of(Level.REGION, Level.DISTRICT, Level.OKRUG, Level.SETTLEMENT)) {
            sources.put(l, new AdminUnitLayerSource(repository, l));
        }
    }

    public Map<Level, AdminUnitLayerSource> sources() {
        return sources;
    }

    /** Puts the admin layers into an in-memory catalog as they are (no stored settings): for tools and tests. */
    public void publish(LayerCatalog catalog, String attribution) {
        defaults(attribution).publishInto(catalog);
    }

    /** The admin layers, their styles and the group {@code admin}, as this release defines them. */
    public CatalogDefaults defaults(String attribution) {
        CatalogDefaults d = new CatalogDefaults();
        for (Style s : DefaultStyles.all()) d.style(s);
        layer(d, "regions", Level.REGION, List.of("regions", "plain-regions"),
                new LocalizedText("Облыстар", "Области", "Regions"),
                new LocalizedText("Облыстар мен республикалық маңызы бар қалалар.", "Области и города республиканского значения.",
                        "Oblasts and cities of republican significance."), attribution);
        layer(d, "districts", Level.DISTRICT, List.of("districts", "plain-districts"),
                new LocalizedText("Аудандар", "Районы", "Districts"),
                new LocalizedText("Аудандар және облыстық маңызы бар қалалар.", "Районы и города областного значения.",
                        "Districts and cities of oblast significance."), attribution);
        layer(d, "okrugs", Level.OKRUG, List.of("okrugs"),
                new LocalizedText("Ауылдық округтер", "Сельские округа", "Rural okrugs"),
                new LocalizedText("Ауылдық округтер, аудандық маңызы бар қалалар, кенттер.", "Сельские округа, города районного значения, поселковые администрации.",
                        "Rural okrugs, cities of district significance, settlement administrations."), attribution);
        layer(d, "settlements", Level.SETTLEMENT, List.of("settlements"),
                new LocalizedText("Елді мекендер", "Населённые пункты", "Settlements"),
                new LocalizedText("Қалалар мен ауылдар.", "Города и сёла.", "Towns and villages."), attribution);
        d.group(new LayerGroup(GROUP, new LocalizedText("Әкімшілік бөлініс", "Административное деление", "Administrative divisions"),
                new LocalizedText("Барлық шекаралар; масштабқа қарай толығырақ.", "Все границы; подробнее с увеличением масштаба.",
                        "All boundaries, more detail as you zoom in."),
                List.of("KATO", "boundaries", "administrative divisions"), List.of("districts", "okrugs", "regions", "settlements")));
        return d;
    }

    private void layer(CatalogDefaults d, String name, Level level, List<String> styles, LocalizedText title, LocalizedText abstractText,
                       String attribution) {
        d.layer(name, new LayerSettings(title, abstractText, List.of("KATO", "boundaries", name), true, styles.get(0), styles,
                0, 0, Visibility.PUBLIC, attribution), sources.get(level));
    }
}
