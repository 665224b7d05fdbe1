package kz.aumaq.gis.features;

import java.time.Instant;
import java.util.List;
import kz.aumaq.gis.geojson.GeoJsonEncoder;
import kz.aumaq.gis.layer.Feature;
import kz.aumaq.gis.layer.Layer;
import kz.aumaq.gis.text.Lang;
import kz.aumaq.gis.ows.ServiceMetadata;
import org.locationtech.jts.geom.Envelope;

/** The JSON and GeoJSON documents of the API, written straight into text like the rest of the GeoJSON output. */
final class FeaturesJson {

    private FeaturesJson() {
    }

    static String landing(ServiceMetadata service, Lang lang, List<Link> links) {
        GeoJsonEncoder j = encoder(6);
        j.raw("{").key("title").string(service.title().in(lang)).raw(",").key("description").string(service.abstractText().in(lang)).raw(",");
        links(j, links);
        return j.raw("}").out().toString();
    }

    static String conformance(List<String> classes, List<Link> links) {
        GeoJsonEncoder j = encoder(6);
        j.raw("{").key("conformsTo");
        strings(j, classes);
        j.raw(",");
        links(j, links);
        return j.raw("}").out().toString();
    }

    static String collections(List<Layer> layers, Lang lang, List<Link> links, ResourceLinks resourceLinks) {
        GeoJsonEncoder j = encoder(6);
        j.raw("{");
        links(j, links);
        j.raw(",").key("collections").raw("[");
        for (int i = 0; i < layers.size(); i++) {
            if (i > 0) j.raw(",");
            collection(j, layers.get(i), lang, resourceLinks.collection(layers.get(i).name(), layers.get(i).title().in(lang)));
        }
        return j.raw("]}").out().toString();
    }

    static String collection(Layer layer, Lang lang, List<Link> links) {
        GeoJsonEncoder j = encoder(6);
        collection(j, layer, lang, links);
        return j.out().toString();
    }

    static String items(ItemsRequest r, List<Feature> features, long matched, Instant timeStamp, List<Link> links) {
        GeoJsonEncoder j = new GeoJsonEncoder(new StringBuilder(512 + features.size() * 1024), r.crs().decimals());
        j.raw("{\"type\":\"FeatureCollection\",").key("numberMatched").raw(Long.toString(matched)).raw(",")
                .key("numberReturned").raw(Integer.toString(features.size())).raw(",")
                .key("timeStamp").string(timeStamp.toString()).raw(",");
        links(j, links);
        j.raw(",").key("features").raw("[");
        for (int i = 0; i < features.size(); i++) {
            if (i > 0) j.raw(",");
            feature(j, features.get(i), r.crs(), null);
        }
        return j.raw("]}").out().toString();
    }

    static String item(ItemRequest r, Feature feature, List<Link> links) {
        GeoJsonEncoder j = new GeoJsonEncoder(new StringBuilder(4096), r.crs().decimals());
        feature(j, feature, r.crs(), links);
        return j.out().toString();
    }

    static String error(FeaturesException e) {
        return encoder(0).raw("{").key("code").string(e.code()).raw(",").key("description").string(e.getMessage()).raw("}").out().toString();
    }

    private static void collection(GeoJsonEncoder j, Layer layer, Lang lang, List<Link> links) {
        Envelope e = layer.source().extent();
        j.raw("{").key("id").string(layer.name()).raw(",")
                .key("title").string(layer.title().in(lang)).raw(",")
                .key("description").string(layer.abstractText().in(lang)).raw(",")
                .key("keywords");
        strings(j, layer.keywords());
        if (layer.attribution() != null && !layer.attribution().isBlank()) j.raw(",").key("attribution").string(layer.attribution());
        j.raw(",").key("extent").raw("{").key("spatial").raw("{").key("bbox").raw("[[")
                .number(e.getMinX()).raw(",").number(e.getMinY()).raw(",").number(e.getMaxX()).raw(",").number(e.getMaxY())
                .raw("]],").key("crs").string(FeatureCrs.CRS84.uri()).raw("}}")
                .raw(",").key("itemType").string("feature")
                .raw(",").key("crs");
        strings(j, FeatureCrs.offered().stream().map(FeatureCrs::uri).toList());
        j.raw(",").key("storageCrs").string(FeatureCrs.STORAGE.uri()).raw(",");
        links(j, links);
        j.raw("}");
    }

    private static void feature(GeoJsonEncoder j, Feature f, FeatureCrs crs, List<Link> links) {
        j.raw("{\"type\":\"Feature\",").key("id").string(f.id()).raw(",")
                .key("geometry").geometry(crs.fromLonLat(f.geometry())).raw(",")
                .key("properties").properties(f.properties());
        if (links != null) {
            j.raw(",");
            links(j, links);
        }
        j.raw("}");
    }

    private static void links(GeoJsonEncoder j, List<Link> links) {
        j.key("links").raw("[");
        for (int i = 0; i < links.size(); i++) {
            Link l = links.get(i);
            if (i > 0) j.raw(",");
            j.raw("{").key("href").string(l.href()).raw(",").key("rel").string(l.rel());
            if (l.type() != null) j.raw(",").key("type").string(l.type());
            if (l.title() != null) j.raw(",").key("title").string(l.title());
            j.raw("}");
        }
        j.raw("]");
    }

    private static void strings(GeoJsonEncoder j, List<String> values) {
        j.raw("[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) j.raw(",");
            j.string(values.get(i));
        }
        j.raw("]");
    }

    private static GeoJsonEncoder encoder(int decimals) {
        return new GeoJsonEncoder(new StringBuilder(1024), decimals);
    }
}
