package kz.aumaq.gis.layer;

import java.util.List;
import kz.aumaq.gis.text.LocalizedText;

/** Several layers published under one name, drawn bottom to top in {@code layers} order. */
public record LayerGroup(String name, LocalizedText title, LocalizedText abstractText, List<String> keywords, List<String> layers) {

    public LayerGroup {
        Layer.requireName(name, "group");
        keywords = List.copyOf(keywords);
        layers = List.copyOf(layers);
        if (layers.isEmpty()) throw new IllegalArgumentException("a group needs at least one layer");
    }

    /** The same group with other members (in drawing order). */
    public LayerGroup withLayers(List<String> members) {
        return new LayerGroup(name, title, abstractText, keywords, members);
    }
}
