package kz.aumaq.gis.layer;

import java.util.List;
import kz.aumaq.gis.text.LocalizedText;

/** Several layers published under one name, drawn bottom to top in {@code layers} order. */
public record LayerGroup(String name, LocalizedText title, LocalizedText abstractText, List<String> layers) {

    public LayerGroup {
        Layer.requireName(name, "group");
        layers = List.copyOf(layers);
        if (layers.isEmpty()) throw new IllegalArgumentException("a group needs at least one layer");
    }
}
