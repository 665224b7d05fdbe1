package kz.aumaq.server.security;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import kz.aumaq.gis.unit.Kato;
import kz.aumaq.server.api.ApiException;
import org.springframework.http.HttpStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A user as sent to {@code /api/users}: only the fields present count (creation needs username,
 * password, roles and — for anyone but an administrator — a scope). Every field is checked before
 * anything changes; a bad one answers 400 naming it.
 */
final class UserForm {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");
    private static final Set<String> FIELDS = Set.of("username", "password", "roles", "scope", "enabled", "unlock");
    private final JsonNode body;

    private UserForm(JsonNode body) {
        this.body = body;
    }

    static UserForm parse(String text) {
        JsonNode node;
        try {
            node = text == null || text.isBlank() ? null : JSON.readTree(text);
        } catch (JacksonException e) {
            throw bad("body", "the request body is not valid JSON");
        }
        if (node == null || !node.isObject()) throw bad("body", "the request body must be a JSON object with some of " + FIELDS);
        for (String f : node.propertyNames()) if (!FIELDS.contains(f)) throw bad(f, "unknown field '" + f + "'; a user has " + FIELDS);
        return new UserForm(node);
    }

    boolean has(String field) {
        return body.has(field) && !body.get(field).isNull();
    }

    String username() {
        String u = text("username");
        if (u == null || !USERNAME.matcher(u).matches()) {
            throw bad("username", "username must be 2 to 64 lower-case letters, digits, '.', '_', '@' or '-', starting with a letter or digit");
        }
        return u;
    }

    String password(int minLength) {
        String p = text("password");
        if (p == null || p.length() < minLength) throw bad("password", "password must have at least " + minLength + " characters");
        if (p.length() > 200) throw bad("password", "password must have at most 200 characters");
        return p;
    }

    Set<Role> roles() {
        JsonNode r = body.get("roles");
        if (r == null || !r.isArray() || r.isEmpty()) throw bad("roles", "roles must be a non-empty array of " + List.of(Role.values()));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (JsonNode n : r) {
            Role role = Role.parse(n.isString() ? n.stringValue() : null).orElseThrow(() ->
                    bad("roles", "unknown role " + n + "; roles are " + List.of(Role.values())));
            roles.add(role);
        }
        return roles;
    }

    /** The scope's KATO, or null when the field is null or absent. */
    Kato scope() {
        String s = text("scope");
        if (s == null) return null;
        if (!Kato.isWellFormed(s)) throw bad("scope", "scope must be the 9-digit KATO of a unit, got '" + s + "'");
        return Kato.of(s);
    }

    boolean flag(String field) {
        JsonNode v = body.get(field);
        if (!v.isBoolean()) throw bad(field, field + " must be true or false");
        return v.booleanValue();
    }

    private String text(String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isString()) throw bad(field, field + " must be a string");
        return v.stringValue().strip();
    }

    static Set<String> fields() {
        return new LinkedHashSet<>(FIELDS);
    }

    static ApiException bad(String field, String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, field, message);
    }
}
