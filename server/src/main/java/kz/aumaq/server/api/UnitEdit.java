package kz.aumaq.server.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import kz.aumaq.gis.unit.Kato;
import kz.aumaq.gis.unit.Level;
import kz.aumaq.gis.unit.UnitNames;
import kz.aumaq.ingest.format.geojson.GeoJsonGeometry;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.springframework.http.HttpStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON body of a unit write: {@code kato}, {@code level}, {@code parent}, {@code kind},
 * {@code names} {kk, ru, en}, {@code geometry} (GeoJSON, lon/lat), {@code validFrom}; which of them a
 * call needs is the controller's. Values are checked here; the hierarchy's invariants and the
 * user's territory by the unit writer.
 */
final class UnitEdit {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);
    private final JsonNode body;

    private UnitEdit(JsonNode body) {
        this.body = body;
    }

    static UnitEdit parse(String text, Set<String> allowed) {
        JsonNode node;
        try {
            node = text == null || text.isBlank() ? null : JSON.readTree(text);
        } catch (JacksonException e) {
            throw bad("body", "the request body is not valid JSON");
        }
        if (node == null || !node.isObject()) throw bad("body", "the request body must be a JSON object with some of " + allowed);
        for (String f : node.propertyNames()) if (!allowed.contains(f)) throw bad(f, "unknown field '" + f + "'; here a unit takes " + allowed);
        return new UnitEdit(node);
    }

    boolean has(String field) {
        return body.has(field) && !body.get(field).isNull();
    }

    Kato kato(String field) {
        String v = text(field);
        if (v == null || !Kato.isWellFormed(v)) throw bad(field, field + " must be a 9-digit KATO, got '" + v + "'");
        return Kato.of(v);
    }

    Level level() {
        return Level.fromCode(text("level")).orElseThrow(() -> bad("level", "level must be country, region, district, okrug or settlement"));
    }

    String kind() {
        String k = text("kind");
        if (k == null || k.isBlank() || k.length() > 40) throw bad("kind", "kind must be a short word such as district or rural_okrug");
        return k;
    }

    /** Names in the three languages; {@code current} fills those not given. */
    UnitNames names(UnitNames current) {
        JsonNode n = body.get("names");
        if (!n.isObject()) throw bad("names", "names must be an object {\"kk\", \"ru\", \"en\"}");
        String kk = name(n, "kk", current == null ? null : current.kk());
        String ru = name(n, "ru", current == null ? null : current.ru());
        String en = name(n, "en", current == null ? null : current.en());
        if (kk == null || ru == null || en == null) throw bad("names", "a unit is named in kk, ru and en");
        return new UnitNames(kk, ru, en);
    }

    Geometry geometry() {
        try {
            Geometry g = new GeoJsonGeometry(WGS84).of(body.get("geometry"));
            if (g == null || g.isEmpty()) throw bad("geometry", "geometry must be a GeoJSON geometry (lon/lat)");
            g.setSRID(4326);
            return g;
        } catch (GeoJsonGeometry.Malformed e) {
            throw bad("geometry", "geometry is not GeoJSON: " + e.getMessage());
        }
    }

    LocalDate date(String field) {
        String v = text(field);
        try {
            return LocalDate.parse(v == null ? "" : v);
        } catch (DateTimeParseException e) {
            throw bad(field, field + " must be YYYY-MM-DD, got '" + v + "'");
        }
    }

    private static String name(JsonNode names, String lang, String current) {
        JsonNode v = names.get(lang);
        if (v == null || v.isNull()) return current;
        if (!v.isString() || v.stringValue().isBlank() || v.stringValue().length() > 200) throw bad("names." + lang, "names." + lang + " must be a non-empty string");
        return v.stringValue().strip();
    }

    private String text(String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isString()) throw bad(field, field + " must be a string");
        return v.stringValue().strip();
    }

    static ApiException bad(String field, String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, field, message);
    }
}
