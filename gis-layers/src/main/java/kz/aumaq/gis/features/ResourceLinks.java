package kz.aumaq.gis.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.aumaq.gis.text.Lang;

/**
 * Which links each resource carries: itself in the format answered ({@code self}), the other
 * format ({@code alternate}), and where to go next, as the standard asks.
 */
final class ResourceLinks {

    /** OGC's registered relation types, given next to the IANA ones older clients look for. */
    private static final String OGC_CONFORMANCE = "http://www.opengis.net/def/rel/ogc/1.0/conformance";
    private static final String OGC_DATA = "http://www.opengis.net/def/rel/ogc/1.0/data";

    private final FeaturesUrls urls;
    private final Presentation presentation;
    private final Lang lang;

    ResourceLinks(String baseUrl, Presentation presentation) {
        this.urls = new FeaturesUrls(baseUrl, presentation);
        this.presentation = presentation;
        this.lang = presentation.lang();
    }

    FeaturesUrls urls() {
        return urls;
    }

    List<Link> landing() {
        List<Link> out = selfAndAlternate(urls.landing(ResponseFormat.JSON), urls.landing(ResponseFormat.HTML), ResponseFormat.JSON);
        out.add(new Link(urls.api(), "service-desc", OpenApiDocument.MEDIA_TYPE, Words.API.in(lang)));
        for (String rel : List.of("conformance", OGC_CONFORMANCE)) {
            out.add(new Link(urls.conformance(ResponseFormat.JSON), rel, ResponseFormat.JSON.mediaType, Words.CONFORMANCE.in(lang)));
        }
        for (String rel : List.of("data", OGC_DATA)) {
            out.add(new Link(urls.collections(ResponseFormat.JSON), rel, ResponseFormat.JSON.mediaType, Words.COLLECTIONS.in(lang)));
        }
        return out;
    }

    List<Link> conformance() {
        return selfAndAlternate(urls.conformance(ResponseFormat.JSON), urls.conformance(ResponseFormat.HTML), ResponseFormat.JSON);
    }

    List<Link> collections() {
        return selfAndAlternate(urls.collections(ResponseFormat.JSON), urls.collections(ResponseFormat.HTML), ResponseFormat.JSON);
    }

    /** A collection's description, alone or in the list: itself, then where its items are. */
    List<Link> collection(String id, String title) {
        List<Link> out = selfAndAlternate(urls.collection(id, ResponseFormat.JSON), urls.collection(id, ResponseFormat.HTML), ResponseFormat.JSON);
        out.add(new Link(urls.itemsPlain(id), "items", ResponseFormat.GEOJSON.mediaType, title));
        out.add(new Link(urls.items(id, ResponseFormat.HTML), "items", ResponseFormat.HTML.mediaType, title));
        out.add(new Link(urls.metadata(id, lang), "describedby", "text/xml", Words.METADATA.in(lang)));
        return out;
    }

    List<Link> items(ItemsRequest r, int returned, long matched) {
        String id = r.layer().name();
        List<Link> out = selfAndAlternate(urls.items(id, r.params(), null, ResponseFormat.GEOJSON),
                urls.items(id, r.params(), null, ResponseFormat.HTML), ResponseFormat.GEOJSON);
        ResponseFormat f = presentation.format().isHtml() ? ResponseFormat.HTML : ResponseFormat.GEOJSON;
        if ((long) r.offset() + returned < matched) {
            long next = (long) r.offset() + r.limit();
            out.add(new Link(urls.items(id, r.params(), (int) Math.min(next, Integer.MAX_VALUE), f), "next", f.mediaType, Words.NEXT.in(lang)));
        }
        if (r.offset() > 0) {
            int prev = Math.max(0, r.offset() - r.limit());
            out.add(new Link(urls.items(id, r.params(), prev, f), "prev", f.mediaType, Words.PREV.in(lang)));
        }
        out.add(new Link(urls.collection(id, ResponseFormat.JSON), "collection", ResponseFormat.JSON.mediaType, r.layer().title().in(lang)));
        return out;
    }

    List<Link> item(ItemRequest r, Map<String, List<String>> params) {
        String cid = r.layer().name();
        List<Link> out = selfAndAlternate(urls.item(cid, r.featureId(), params, ResponseFormat.GEOJSON),
                urls.item(cid, r.featureId(), params, ResponseFormat.HTML), ResponseFormat.GEOJSON);
        out.add(new Link(urls.collection(cid, ResponseFormat.JSON), "collection", ResponseFormat.JSON.mediaType, r.layer().title().in(lang)));
        return out;
    }

    /** {@code self} is the format answered, {@code alternate} the other one. */
    private List<Link> selfAndAlternate(String jsonHref, String htmlHref, ResponseFormat json) {
        List<Link> out = new ArrayList<>();
        Link asJson = new Link(jsonHref, "self", json.mediaType, Words.AS_JSON.in(lang));
        Link asHtml = new Link(htmlHref, "self", ResponseFormat.HTML.mediaType, Words.AS_HTML.in(lang));
        if (presentation.format().isHtml()) {
            out.add(asHtml);
            out.add(new Link(asJson.href(), "alternate", asJson.type(), asJson.title()));
        } else {
            out.add(asJson);
            out.add(new Link(asHtml.href(), "alternate", asHtml.type(), asHtml.title()));
        }
        return out;
    }
}
