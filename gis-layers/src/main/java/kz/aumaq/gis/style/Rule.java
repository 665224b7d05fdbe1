package kz.aumaq.gis.style;

import java.util.List;
import java.util.Map;
import kz.aumaq.gis.text.LocalizedText;

/**
 * Which features are drawn how, at which scales (SLD semantics: {@code minScale <= scale < maxScale},
 * 0 meaning unlimited).
 *
 * @param filter null to select every feature
 */
public record Rule(String name, LocalizedText title, PropertyFilter filter, double minScale, double maxScale,
                   List<Symbolizer> symbolizers) {

    public Rule {
        symbolizers = List.copyOf(symbolizers);
        title = title == null ? LocalizedText.EMPTY : title;
    }

    public boolean activeAt(double scaleDenominator) {
        return scaleDenominator >= minScale && (maxScale == 0 || scaleDenominator < maxScale);
    }

    public boolean selects(Map<String, Object> properties) {
        return filter == null || filter.matches(properties);
    }
}
