package kz.aumaq.server.catalog;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kz.aumaq.gis.layer.LayerCatalog;
import kz.aumaq.gis.layer.LayerGroup;
import kz.aumaq.gis.text.LocalizedText;

/**
 * A change to a layer group as JSON: {@code title}, {@code abstract}, {@code keywords} and
 * {@code layers} (its members, bottom to top); only the fields present change, each checked.
 */
final class GroupPatch {

    private static final Set<String> FIELDS = new LinkedHashSet<>(List.of("title", "abstract", "keywords", "layers"));

    private final PatchBody body;

    private GroupPatch(PatchBody body) {
        this.body = body;
    }

    static GroupPatch parse(String text) {
        return new GroupPatch(PatchBody.parse(text, FIELDS, "a group"));
    }

    LayerGroup applyTo(LayerGroup group, LayerCatalog catalog) {
        LocalizedText title = body.has("title") ? body.text("title", group.title()) : group.title();
        if (title.isEmpty()) throw PatchBody.bad("title", "a group needs a title in at least one of kk, ru, en");
        LocalizedText abstractText = body.has("abstract") ? body.text("abstract", group.abstractText()) : group.abstractText();
        List<String> keywords = body.has("keywords") ? body.strings("keywords") : group.keywords();
        List<String> layers = group.layers();
        if (body.has("layers")) {
            layers = body.strings("layers");
            if (layers.isEmpty()) throw PatchBody.bad("layers", "a group needs at least one layer");
            if (new LinkedHashSet<>(layers).size() != layers.size()) throw PatchBody.bad("layers", "layers lists a layer twice: " + layers);
            List<String> unknown = layers.stream().filter(l -> catalog.layer(l).isEmpty()).toList();
            if (!unknown.isEmpty()) throw PatchBody.bad("layers", "no such layers: " + unknown);
        }
        return new LayerGroup(group.name(), title, abstractText, keywords, layers);
    }
}
