package kz.aumaq.server.security;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.aumaq.gis.unit.AdminUnitRepository;
import kz.aumaq.gis.unit.Kato;
import kz.aumaq.server.api.ApiException;
import kz.aumaq.server.audit.AuditTrail;
import kz.aumaq.server.config.SecurityProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/users} (administrators only, see SecurityConfig): users, their roles and territorial
 * scopes. Every non-administrator has a scope: the KATO of a stored unit, whose subtree they may
 * change. Changes are audited (without passwords); the last enabled administrator cannot be removed,
 * demoted or disabled, so the server never locks itself out.
 */
@RestController
@RequestMapping("/api/users")
class UserController {

    private final UserStore users;
    private final PasswordEncoder encoder;
    private final AdminUnitRepository units;
    private final SecurityProperties properties;
    private final AuditTrail audit;
    private final Clock clock;

    UserController(UserStore users, PasswordEncoder encoder, AdminUnitRepository units, SecurityProperties properties, AuditTrail audit, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.units = units;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping
    List<Map<String, Object>> list() {
        return users.all().stream().map(u -> UserJson.of(u, clock)).toList();
    }

    @GetMapping("/{username}")
    Map<String, Object> one(@PathVariable String username) {
        return UserJson.of(existing(username), clock);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> create(@RequestBody(required = false) String body) {
        UserForm form = UserForm.parse(body);
        String username = form.username();
        String password = form.password(properties.minPasswordLength());
        Set<Role> roles = form.roles();
        Kato scope = scope(roles, form.scope());
        if (users.find(username).isPresent()) throw new ApiException(HttpStatus.CONFLICT, "username", "a user named " + username + " exists already");
        UserAccount created = users.create(username, encoder.encode(password), roles, scope);
        Map<String, Object> json = UserJson.of(created, clock);
        audit.record("user.create", "user", username, null, json);
        return ResponseEntity.created(URI.create("/api/users/" + username)).body(json);
    }

    /** Changes roles, scope, enabled, the password, or lifts a lock ({@code "unlock": true}). */
    @PatchMapping(value = "/{username}", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json"})
    Map<String, Object> update(@PathVariable String username, @RequestBody(required = false) String body,
                               @AuthenticationPrincipal SignedInUser me) {
        UserForm form = UserForm.parse(body);
        if (form.has("username")) throw UserForm.bad("username", "a user cannot be renamed; create a new one");
        synchronized (users) {
            UserAccount before = existing(username);
            Set<Role> roles = form.has("roles") ? form.roles() : before.roles();
            Kato scope = form.has("scope") || form.has("roles") ? scope(roles, form.has("scope") ? form.scope() : before.scope()) : before.scope();
            boolean enabled = form.has("enabled") ? form.flag("enabled") : before.enabled();
            String hash = form.has("password") ? encoder.encode(form.password(properties.minPasswordLength())) : null;
            if (before.isAdmin() && before.enabled() && (!roles.contains(Role.ADMIN) || !enabled)) requireAnotherAdmin(before);
            if (me != null && me.id() == before.id() && !enabled) throw UserForm.bad("enabled", "you cannot disable yourself");
            users.update(before.id(), roles, scope, enabled, hash);
            if (form.has("unlock") && form.flag("unlock")) users.clearFailures(username);
            UserAccount after = existing(username);
            Map<String, Object> json = UserJson.of(after, clock);
            Map<String, Object> changes = new java.util.LinkedHashMap<>(json);
            if (hash != null) changes.put("passwordChanged", true);
            audit.record("user.update", "user", username, UserJson.of(before, clock), changes);
            return json;
        }
    }

    @DeleteMapping("/{username}")
    ResponseEntity<Void> delete(@PathVariable String username, @AuthenticationPrincipal SignedInUser me) {
        synchronized (users) {
            UserAccount before = existing(username);
            if (me != null && me.id() == before.id()) throw UserForm.bad("username", "you cannot delete yourself");
            if (before.isAdmin() && before.enabled()) requireAnotherAdmin(before);
            users.delete(before.id());
            audit.record("user.delete", "user", username, UserJson.of(before, clock), null);
        }
        return ResponseEntity.noContent().build();
    }

    private void requireAnotherAdmin(UserAccount leaving) {
        boolean another = users.all().stream().anyMatch(u -> u.id() != leaving.id() && u.isAdmin() && u.enabled());
        if (!another) throw new ApiException(HttpStatus.CONFLICT, "roles", "this is the last enabled administrator; make another one first");
    }

    /** Administrators work everywhere (no scope); everyone else needs the KATO of a stored unit. */
    private Kato scope(Set<Role> roles, Kato scope) {
        if (roles.contains(Role.ADMIN)) return null;
        if (scope == null) throw UserForm.bad("scope", "every user but an administrator needs a scope: the KATO of the unit whose subtree they may change (000000000 for the whole country)");
        if (units.versionsOf(List.of(scope)).isEmpty()) throw UserForm.bad("scope", "no unit has the KATO " + scope);
        return scope;
    }

    private UserAccount existing(String username) {
        return users.find(username).orElseThrow(() -> ApiException.notFound("No user named " + username));
    }
}
