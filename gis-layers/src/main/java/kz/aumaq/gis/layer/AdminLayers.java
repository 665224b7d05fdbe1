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

    public void publish(LayerCatalog catalog, String attribution) {
        for (Style s : DefaultStyles.all()) catalog.putStyle(s);
        catalog.putLayer(layer("regions", sources.get(Level.REGION), List.of("regions", "plain-regions"),
                new LocalizedText("Облыстар", "Области", "Regions"),
                new LocalizedText("Облыстар мен республикалық маңызы бар қалалар.", "Области и города республиканского значения.",
                        "Oblasts and cities of republican significance."), attribution));
        catalog.putLayer(layer("districts", sources.get(Level.DISTRICT), List.of("districts", "plain-districts"),
                new LocalizedText("Аудандар", "Районы", "Districts"),
                new LocalizedText("Аудандар және облыстық маңызы бар қалалар.", "Районы и города областного значения.",
                        "Districts and cities of oblast significance."), attribution));
        catalog.putLayer(layer("okrugs", sources.get(Level.OKRUG), List.of("okrugs"),
                new LocalizedText("Ауылдық округтер", "Сельские округа", "Rural okrugs"),
                new LocalizedText("Ауылдық округтер, аудандық маңызы бар қалалар, кенттер.", "Сельские округа, города районного значения, поселковые администрации.",
                        "Rural okrugs, cities of district significance, settlement administrations."), attribution));
        catalog.putLayer(layer("settlements", sources.get(Level.SETTLEMENT), List.of("settlements"),
                new LocalizedText("Елді мекендер", "Населённые пункты", "Settlements"),
                new LocalizedText("Қалалар мен ауылдар.", "Города и сёла.", "Towns and villages."), attribution));
        catalog.putGroup(new LayerGroup(GROUP, new LocalizedText("Әкімшілік бөлініс", "Административное деление", "Administrative divisions"),
                new LocalizedText("Барлық шекаралар; масштабқа қарай толығырақ.", "Все границы; подробнее с увеличением масштаба.",
                        "All boundaries, more detail as you zoom in."),
                List.of("KATO", "boundaries", "administrative divisions"), List.of("districts", "okrugs", "regions", "settlements")));
    }

    private static Layer layer(String name, LayerSource source, List<String> styles, LocalizedText title, LocalizedText abstractText,
                               String attribution) {
        return new Layer(name, title, abstractText, List.of("KATO", "boundaries", name), source, true, styles.get(0), styles,
                0, 0, Visibility.PUBLIC, attribution);
    }
}
