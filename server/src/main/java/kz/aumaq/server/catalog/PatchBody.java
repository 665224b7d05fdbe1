package kz.aumaq.server.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.aumaq.gis.text.LocalizedText;
import kz.aumaq.server.api.ApiException;
import org.springframework.http.HttpStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON merge patch's body and the ways its fields are read: only the fields present change, each
 * checked, and a bad one answers 400 naming it. Shared by the catalog's patches (layers, groups).
 */
final class PatchBody {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> LANGUAGES = Set.of("kk", "ru", "en");

    private final JsonNode body;

    private PatchBody(JsonNode body) {
        this.body = body;
    }

    /**
     * The body, if it is a JSON object of known fields.
     *
     * @param what what is patched, for the messages: "a layer", "a group"
     */
    static PatchBody parse(String text, Set<String> fields, String what) {
        if (text == null || text.isBlank()) throw bad("body", "the request body must be a JSON object of the fields to change: " + fields);
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JacksonException e) {
            throw bad("body", "the request body is not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) throw bad("body", "the request body must be a JSON object of the fields to change: " + fields);
        for (String field : node.propertyNames()) {
            if (field.equals("name")) throw bad("name", what + " cannot be renamed");
            if (!fields.contains(field)) throw bad(field, "unknown field '" + field + "'; " + what + "'s " + fields + " can be changed");
        }
        return new PatchBody(node);
    }

    boolean has(String field) {
        return body.has(field);
    }

    JsonNode raw(String field) {
        return body.get(field);
    }

    /** A plain string means the same text in every language; an object changes only the languages it names (null clears one). */
    LocalizedText text(String field, LocalizedText current) {
        JsonNode v = body.get(field);
        if (v.isNull()) return LocalizedText.EMPTY;
        if (v.isString()) return LocalizedText.of(v.stringValue());
        if (!v.isObject()) throw bad(field, field + " must be a string or an object {\"kk\", \"ru\", \"en\"}");
        Map<String, String> texts = new HashMap<>(current.asMap());
        for (Map.Entry<String, JsonNode> e : v.properties()) {
            if (!LANGUAGES.contains(e.getKey())) throw bad(field + "." + e.getKey(), "languages are kk, ru and en, not '" + e.getKey() + "'");
            JsonNode t = e.getValue();
            if (!t.isNull() && !t.isString()) throw bad(field + "." + e.getKey(), field + "." + e.getKey() + " must be a string or null");
            texts.put(e.getKey(), t.isNull() ? null : t.stringValue());
        }
        return new LocalizedText(texts.get("kk"), texts.get("ru"), texts.get("en"));
    }

    List<String> strings(String field) {
        JsonNode v = body.get(field);
        if (!v.isArray()) throw bad(field, field + " must be an array of strings");
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isString() || item.stringValue().isBlank()) throw bad(field, field + " must be an array of non-empty strings");
            out.add(item.stringValue().strip());
        }
        return out;
    }

    String string(String field) {
        JsonNode v = body.get(field);
        if (v.isNull()) return null;
        if (!v.isString()) throw bad(field, field + " must be a string");
        return v.stringValue().isBlank() ? null : v.stringValue().strip();
    }

    boolean bool(String field) {
        JsonNode v = body.get(field);
        if (!v.isBoolean()) throw bad(field, field + " must be true or false");
        return v.booleanValue();
    }

    static ApiException bad(String field, String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, field, message);
    }
}
