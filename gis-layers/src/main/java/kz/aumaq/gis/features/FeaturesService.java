package kz.aumaq.gis.features;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import kz.aumaq.gis.layer.Feature;
import kz.aumaq.gis.layer.FeaturePage;
import kz.aumaq.gis.layer.Layer;
import kz.aumaq.gis.text.Lang;
import kz.aumaq.gis.ows.ServiceMetadata;

/**
 * OGC API – Features (Part 1 Core, GeoJSON, HTML; Part 2 CRS) over the layer catalog: each call is
 * parsed into a validated request, executed against the layer's source and written as JSON or
 * HTML. Every failure a client can cause is a JSON error with its status, never a 500.
 */
public class FeaturesService {

    private final FeaturesRequestParser parser;
    private final ServiceMetadata metadata;
    private final Clock clock;

    public FeaturesService(FeaturesRequestParser parser, ServiceMetadata metadata, Clock clock) {
        this.parser = parser;
        this.metadata = metadata;
        this.clock = clock;
    }

    public FeaturesResponse landing(FeaturesCall call) {
        return answer(() -> {
            Presentation p = parser.presentation(call);
            ResourceLinks links = new ResourceLinks(call.baseUrl(), p);
            return ok(p, null, p.format().isHtml() ? FeaturesHtml.landing(metadata, p, links)
                    : FeaturesJson.landing(metadata, p.lang(), links.landing()));
        });
    }

    /** The OpenAPI definition; it exists only as JSON. */
    public FeaturesResponse api(FeaturesCall call) {
        return answer(() -> {
            Lang lang = parser.apiLanguage(call);
            return FeaturesResponse.of(200, OpenApiDocument.MEDIA_TYPE + ";charset=UTF-8", Map.of("Content-Language", lang.code()),
                    OpenApiDocument.write(call.baseUrl(), metadata, parser.collections(call), lang));
        });
    }

    public FeaturesResponse conformance(FeaturesCall call) {
        return answer(() -> {
            Presentation p = parser.presentation(call);
            ResourceLinks links = new ResourceLinks(call.baseUrl(), p);
            return ok(p, null, p.format().isHtml() ? FeaturesHtml.conformance(Conformance.CLASSES, p, links)
                    : FeaturesJson.conformance(Conformance.CLASSES, links.conformance()));
        });
    }

    public FeaturesResponse collections(FeaturesCall call) {
        return answer(() -> {
            Presentation p = parser.presentation(call);
            ResourceLinks links = new ResourceLinks(call.baseUrl(), p);
            List<Layer> layers = parser.collections(call);
            return ok(p, null, p.format().isHtml() ? FeaturesHtml.collections(layers, p, links)
                    : FeaturesJson.collections(layers, p.lang(), links.collections(), links));
        });
    }

    public FeaturesResponse collection(FeaturesCall call, String collectionId) {
        return answer(() -> {
            CollectionRequest r = parser.collection(call, collectionId);
            Presentation p = r.presentation();
            ResourceLinks links = new ResourceLinks(call.baseUrl(), p);
            Layer l = r.layer();
            return ok(p, null, p.format().isHtml() ? FeaturesHtml.collection(l, p, links)
                    : FeaturesJson.collection(l, p.lang(), links.collection(l.name(), l.title().in(p.lang()))));
        });
    }

    public FeaturesResponse items(FeaturesCall call, String collectionId) {
        return answer(() -> {
            ItemsRequest r = parser.items(call, collectionId);
            Presentation p = r.presentation();
            FeaturePage page = r.layer().source().query(r.query());
            ResourceLinks links = new ResourceLinks(call.baseUrl(), p);
            List<Link> pageLinks = links.items(r, page.features().size(), page.numberMatched());
            Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
            return ok(p, r.crs(), p.format().isHtml()
                    ? FeaturesHtml.items(r, page.features(), page.numberMatched(), p, links, pageLinks)
                    : FeaturesJson.items(r, page.features(), page.numberMatched(), now, pageLinks));
        });
    }

    public FeaturesResponse item(FeaturesCall call, String collectionId, String featureId) {
        return answer(() -> {
            ItemRequest r = parser.item(call, collectionId, featureId);
            Presentation p = r.presentation();
            Feature f = r.layer().source().byId(featureId, r.date()).orElseThrow(() -> FeaturesException.notFound(
                    "collection '" + collectionId + "' has no feature '" + featureId + "' valid on " + r.date()));
            ResourceLinks links = new ResourceLinks(call.baseUrl(), p);
            return ok(p, r.crs(), p.format().isHtml() ? FeaturesHtml.item(r, f, p, links, call.params())
                    : FeaturesJson.item(r, f, links.item(r, call.params())));
        });
    }

    /** Any other path under the API root. */
    public FeaturesResponse unknownPath(String path) {
        return error(FeaturesException.notFound("no resource at " + path
                + "; the API has /, /api, /conformance, /collections, /collections/{id}, /collections/{id}/items and /collections/{id}/items/{featureId}"));
    }

    private static FeaturesResponse answer(Supplier<FeaturesResponse> work) {
        try {
            return work.get();
        } catch (FeaturesException e) {
            return error(e);
        }
    }

    private static FeaturesResponse ok(Presentation p, FeatureCrs crs, String body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Language", p.lang().code());
        // Caches must keep one copy per format and language.
        headers.put("Vary", "Accept, Accept-Language");
        if (crs != null) headers.put("Content-Crs", "<" + crs.uri() + ">");
        return FeaturesResponse.of(200, p.format().mediaType + ";charset=UTF-8", headers, body);
    }

    static FeaturesResponse error(FeaturesException e) {
        return FeaturesResponse.of(e.httpStatus(), ResponseFormat.JSON.mediaType + ";charset=UTF-8", Map.of(), FeaturesJson.error(e));
    }
}
