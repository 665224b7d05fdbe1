package kz.aumaq.server.security;

import java.util.LinkedHashMap;
import java.util.Map;
import kz.aumaq.server.api.ApiException;
import kz.aumaq.server.audit.AuditTrail;
import kz.aumaq.server.config.SecurityProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/me}: who the request is signed in as (pages show it); {@code POST /api/me/password}: change one's own password. */
@RestController
class MeController {

    private final UserStore users;
    private final PasswordEncoder encoder;
    private final SecurityProperties properties;
    private final AuditTrail audit;

    MeController(UserStore users, PasswordEncoder encoder, SecurityProperties properties, AuditTrail audit) {
        this.users = users;
        this.encoder = encoder;
        this.properties = properties;
        this.audit = audit;
    }

    @GetMapping("/api/me")
    Map<String, Object> me(@AuthenticationPrincipal SignedInUser me) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("authenticated", me != null);
        if (me != null) {
            m.put("username", me.getUsername());
            m.put("roles", me.roleNames());
            m.put("scope", me.scopeCode());
        }
        return m;
    }

    /** Body {@code {"current": "…", "password": "…"}}. */
    @PostMapping("/api/me/password")
    ResponseEntity<Void> password(@AuthenticationPrincipal SignedInUser me, @RequestBody(required = false) Map<String, Object> body) {
        Object current = body == null ? null : body.get("current");
        Object next = body == null ? null : body.get("password");
        UserAccount account = users.find(me.id()).orElseThrow(() -> ApiException.notFound("no such user"));
        if (!(current instanceof String c) || !encoder.matches(c, account.passwordHash())) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "current", "the current password is wrong");
        }
        if (!(next instanceof String p) || p.length() < properties.minPasswordLength() || p.length() > 200) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "password", "password must have " + properties.minPasswordLength() + " to 200 characters");
        }
        users.setPassword(account.id(), encoder.encode(p));
        audit.record("user.password", "user", account.username(), null, Map.of("passwordChanged", true));
        return ResponseEntity.noContent().build();
    }
}
