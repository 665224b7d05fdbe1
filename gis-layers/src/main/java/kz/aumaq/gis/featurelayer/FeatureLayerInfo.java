package kz.aumaq.gis.featurelayer;

import java.util.List;
import kz.aumaq.gis.layer.FieldInfo;
import kz.aumaq.gis.text.LocalizedText;

/**
 * A stored feature layer's description.
 *
 * @param geometryType {@code point}, {@code line} or {@code polygon}: what its default style draws
 * @param source       the ingest job that wrote it
 */
public record FeatureLayerInfo(String name, LocalizedText title, String geometryType, List<FieldInfo> fields, String source) {

    public FeatureLayerInfo {
        fields = List.copyOf(fields);
        if (!List.of("point", "line", "polygon").contains(geometryType)) throw new IllegalArgumentException("geometry type " + geometryType);
    }

    public boolean isPoint() {
        return geometryType.equals("point");
    }
}
