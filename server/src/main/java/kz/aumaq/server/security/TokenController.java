package kz.aumaq.server.security;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.aumaq.server.api.ApiException;
import kz.aumaq.server.audit.AuditTrail;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/tokens}: the signed-in user's API tokens. {@code POST {"name": "qgis"}} answers the
 * token once ({@code token}); send it as {@code Authorization: Bearer …}. {@code DELETE /{id}} revokes it.
 * A token acts with its user's roles and scope, as they are when it is used.
 */
@RestController
@RequestMapping("/api/tokens")
class TokenController {

    private final ApiTokenStore tokens;
    private final AuditTrail audit;

    TokenController(ApiTokenStore tokens, AuditTrail audit) {
        this.tokens = tokens;
        this.audit = audit;
    }

    @GetMapping
    List<Map<String, Object>> mine(@AuthenticationPrincipal SignedInUser me) {
        return tokens.ofUser(me.id()).stream().map(TokenController::json).toList();
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(@AuthenticationPrincipal SignedInUser me, @RequestBody(required = false) Map<String, Object> body) {
        Object name = body == null ? null : body.get("name");
        if (!(name instanceof String n) || n.isBlank() || n.length() > 100) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "name", "name must say what the token is for (1 to 100 characters), e.g. \"qgis\"");
        }
        ApiTokenStore.Created created = tokens.create(me.id(), n.strip());
        Map<String, Object> answer = json(created.token());
        audit.record("token.create", "token", Long.toString(created.token().id()), null, answer);
        answer.put("token", created.secret());
        answer.put("notice", "Shown only now: keep it safe. Send it as 'Authorization: Bearer <token>'.");
        return ResponseEntity.created(URI.create("/api/tokens/" + created.token().id())).body(answer);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
        if (!tokens.revoke(me.id(), id)) throw ApiException.notFound("You have no working token " + id);
        audit.record("token.revoke", "token", Long.toString(id), null, Map.of("user", me.getUsername()));
        return ResponseEntity.noContent().build();
    }

    private static Map<String, Object> json(ApiToken t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("name", t.name());
        m.put("prefix", t.prefix());
        m.put("createdAt", t.createdAt().toString());
        m.put("lastUsedAt", t.lastUsedAt() == null ? null : t.lastUsedAt().toString());
        m.put("revoked", !t.active());
        return m;
    }
}
