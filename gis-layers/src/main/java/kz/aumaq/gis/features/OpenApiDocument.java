package kz.aumaq.gis.features;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.aumaq.gis.geojson.GeoJsonEncoder;
import kz.aumaq.gis.layer.FieldInfo;
import kz.aumaq.gis.layer.Layer;
import kz.aumaq.gis.text.Lang;
import kz.aumaq.gis.ows.ServiceMetadata;

/**
 * The API's OpenAPI 3.0 definition ({@code service-desc}). Besides the generic paths it lists
 * each collection's items path with its own property filters, which is how clients such as GDAL
 * learn which filters the server evaluates (and stop filtering everything themselves).
 */
final class OpenApiDocument {

    static final String MEDIA_TYPE = "application/vnd.oai.openapi+json;version=3.0";

    private OpenApiDocument() {
    }

    static String write(String baseUrl, ServiceMetadata service, List<Layer> layers, Lang lang) {
        Map<String, Object> doc = obj(
                "openapi", "3.0.3",
                "info", obj("title", service.title().in(lang), "description", service.abstractText().in(lang), "version", "1.0.0",
                        "contact", contact(service)),
                "servers", List.of(obj("url", baseUrl)),
                "paths", paths(layers, lang),
                "components", components());
        GeoJsonEncoder out = new GeoJsonEncoder(new StringBuilder(16_384), 7);
        json(out, doc);
        return out.out().toString();
    }

    /** The configured contact; parts not given are left out (an empty e-mail is no e-mail). */
    private static Map<String, Object> contact(ServiceMetadata service) {
        Map<String, Object> c = new LinkedHashMap<>();
        if (!service.contact().organization().isEmpty()) c.put("name", service.contact().organization());
        if (!service.contact().email().isEmpty()) c.put("email", service.contact().email());
        return c;
    }

    private static Map<String, Object> paths(List<Layer> layers, Lang lang) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("/", get("Landing page", "getLandingPage", List.of(ref("f"), ref("lang")), json("Links to the API's resources", "LandingPage")));
        p.put("/api", get("This API definition", "getApiDefinition", List.of(), Map.of("200",
                obj("description", "The OpenAPI 3.0 definition", "content", obj(MEDIA_TYPE, obj("schema", obj("type", "object")))))));
        p.put("/conformance", get("Conformance classes", "getConformance", List.of(ref("f"), ref("lang")), json("The conformance classes", "Conformance")));
        p.put("/collections", get("Feature collections", "getCollections", List.of(ref("f"), ref("lang")), json("The collections", "Collections")));
        p.put("/collections/{collectionId}", get("One feature collection", "describeCollection",
                List.of(ref("collectionId"), ref("f"), ref("lang")), json("The collection", "Collection")));
        p.put("/collections/{collectionId}/items", get("Features of a collection", "getFeatures", itemsParameters(List.of()), features()));
        p.put("/collections/{collectionId}/items/{featureId}", get("One feature", "getFeature",
                List.of(ref("collectionId"), ref("featureId"), ref("f"), ref("lang"), ref("crs"), ref("datetime")), feature()));
        for (Layer l : layers) {
            Map<String, Object> op = get(l.title().in(lang), "getFeatures_" + l.name().replace('-', '_'),
                    itemsParameters(l.source().fields()), features());
            p.put("/collections/" + l.name() + "/items", op);
        }
        return p;
    }

    private static List<Object> itemsParameters(List<FieldInfo> fields) {
        List<Object> out = new ArrayList<>();
        if (fields.isEmpty()) out.add(ref("collectionId"));
        for (String name : List.of("f", "lang", "bbox", "bbox-crs", "crs", "limit", "offset", "datetime")) out.add(ref(name));
        for (FieldInfo f : fields) {
            out.add(query(f.name(), "Only features whose " + f.name() + " equals this value (" + f.title().in(Lang.EN) + ")", obj("type", "string")));
        }
        return out;
    }

    private static Map<String, Object> components() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("collectionId", obj("name", "collectionId", "in", "path", "required", true, "schema", obj("type", "string")));
        params.put("featureId", obj("name", "featureId", "in", "path", "required", true, "schema", obj("type", "string")));
        params.put("f", query("f", "Format: json or html (else the Accept header decides)", obj("type", "string", "enum", List.of("json", "html"))));
        params.put("lang", query("lang", "Language of titles and pages (else Accept-Language; default kk)",
                obj("type", "string", "enum", List.of("kk", "ru", "en"))));
        params.put("bbox", query("bbox", "Only features intersecting this box: 4 numbers (or 6 with heights) in the axis order of bbox-crs;"
                        + " a first longitude larger than the second crosses the antimeridian",
                obj("type", "array", "minItems", 4, "maxItems", 6, "items", obj("type", "number"))));
        List<String> crs = FeatureCrs.offered().stream().map(FeatureCrs::uri).toList();
        params.put("bbox-crs", query("bbox-crs", "CRS of bbox (default CRS84)", obj("type", "string", "format", "uri", "enum", crs)));
        params.put("crs", query("crs", "CRS of the answered geometries (default CRS84; EPSG:4326 is latitude first)",
                obj("type", "string", "format", "uri", "enum", crs)));
        params.put("limit", query("limit", "Page size; above the maximum the maximum applies",
                obj("type", "integer", "minimum", 1, "maximum", FeaturesRequestParser.MAX_LIMIT, "default", FeaturesRequestParser.DEFAULT_LIMIT)));
        params.put("offset", query("offset", "Features to skip (the next links set it)", obj("type", "integer", "minimum", 0, "default", 0)));
        params.put("datetime", query("datetime", "The state as of a date or instant; for an interval a/b the end (open end: today)",
                obj("type", "string")));

        Map<String, Object> schemas = new LinkedHashMap<>();
        Map<String, Object> link = obj("type", "object", "required", List.of("href"), "properties", obj(
                "href", obj("type", "string"), "rel", obj("type", "string"), "type", obj("type", "string"), "title", obj("type", "string")));
        Map<String, Object> links = obj("type", "array", "items", obj("$ref", "#/components/schemas/Link"));
        schemas.put("Link", link);
        schemas.put("LandingPage", obj("type", "object", "required", List.of("links"), "properties",
                obj("title", obj("type", "string"), "description", obj("type", "string"), "links", links)));
        schemas.put("Conformance", obj("type", "object", "required", List.of("conformsTo"), "properties",
                obj("conformsTo", obj("type", "array", "items", obj("type", "string")))));
        schemas.put("Collection", obj("type", "object", "required", List.of("id", "links"), "properties", obj(
                "id", obj("type", "string"), "title", obj("type", "string"), "description", obj("type", "string"), "links", links,
                "extent", obj("type", "object"), "itemType", obj("type", "string"),
                "crs", obj("type", "array", "items", obj("type", "string")), "storageCrs", obj("type", "string"))));
        schemas.put("Collections", obj("type", "object", "required", List.of("links", "collections"), "properties",
                obj("links", links, "collections", obj("type", "array", "items", obj("$ref", "#/components/schemas/Collection")))));
        schemas.put("Feature", obj("type", "object", "required", List.of("type", "geometry", "properties"), "properties", obj(
                "type", obj("type", "string", "enum", List.of("Feature")), "id", obj("type", "string"),
                "geometry", obj("type", "object", "nullable", true), "properties", obj("type", "object", "nullable", true), "links", links)));
        schemas.put("FeatureCollection", obj("type", "object", "required", List.of("type", "features"), "properties", obj(
                "type", obj("type", "string", "enum", List.of("FeatureCollection")),
                "features", obj("type", "array", "items", obj("$ref", "#/components/schemas/Feature")), "links", links,
                "timeStamp", obj("type", "string", "format", "date-time"),
                "numberMatched", obj("type", "integer", "minimum", 0), "numberReturned", obj("type", "integer", "minimum", 0))));
        schemas.put("Exception", obj("type", "object", "required", List.of("code"), "properties",
                obj("code", obj("type", "string"), "description", obj("type", "string"))));
        return obj("parameters", params, "schemas", schemas);
    }

    private static Map<String, Object> get(String summary, String operationId, List<Object> parameters, Map<String, Object> ok) {
        Map<String, Object> responses = new LinkedHashMap<>(ok);
        responses.put("400", error("Bad parameter"));
        responses.put("404", error("No such collection or feature"));
        responses.put("406", error("The f parameter names a format not offered"));
        return obj("get", obj("summary", summary, "operationId", operationId, "parameters", parameters, "responses", responses));
    }

    private static Map<String, Object> json(String description, String schema) {
        return Map.of("200", obj("description", description, "content", obj(
                ResponseFormat.JSON.mediaType, obj("schema", obj("$ref", "#/components/schemas/" + schema)),
                ResponseFormat.HTML.mediaType, obj("schema", obj("type", "string")))));
    }

    private static Map<String, Object> features() {
        return Map.of("200", obj("description", "A page of features; Content-Crs names their CRS", "content", obj(
                ResponseFormat.GEOJSON.mediaType, obj("schema", obj("$ref", "#/components/schemas/FeatureCollection")),
                ResponseFormat.HTML.mediaType, obj("schema", obj("type", "string")))));
    }

    private static Map<String, Object> feature() {
        return Map.of("200", obj("description", "The feature; Content-Crs names its CRS", "content", obj(
                ResponseFormat.GEOJSON.mediaType, obj("schema", obj("$ref", "#/components/schemas/Feature")),
                ResponseFormat.HTML.mediaType, obj("schema", obj("type", "string")))));
    }

    private static Map<String, Object> error(String description) {
        return obj("description", description, "content",
                obj(ResponseFormat.JSON.mediaType, obj("schema", obj("$ref", "#/components/schemas/Exception"))));
    }

    /** A query parameter; {@code style: form, explode: false} as Features Part 1 lists them (fc-limit-definition, fc-time-definition). */
    private static Map<String, Object> query(String name, String description, Map<String, Object> schema) {
        return obj("name", name, "in", "query", "required", false, "style", "form", "explode", false, "description", description, "schema", schema);
    }

    private static Map<String, Object> ref(String parameter) {
        return obj("$ref", "#/components/parameters/" + parameter);
    }

    /** An ordered JSON object from alternating keys and values. */
    private static Map<String, Object> obj(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    private static void json(GeoJsonEncoder out, Object v) {
        if (v instanceof Map<?, ?> m) {
            out.raw("{");
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) out.raw(",");
                first = false;
                out.key((String) e.getKey());
                json(out, e.getValue());
            }
            out.raw("}");
        } else if (v instanceof List<?> l) {
            out.raw("[");
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) out.raw(",");
                json(out, l.get(i));
            }
            out.raw("]");
        } else {
            out.value(v);
        }
    }
}
