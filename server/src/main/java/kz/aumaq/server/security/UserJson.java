package kz.aumaq.server.security;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/** A user as the API shows it (and the audit trail keeps it): never the password hash. */
final class UserJson {

    private UserJson() {
    }

    static Map<String, Object> of(UserAccount u, Clock clock) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", u.id());
        m.put("username", u.username());
        m.put("roles", u.roles().stream().sorted().map(Role::name).toList());
        m.put("scope", u.scope() == null ? null : u.scope().code());
        m.put("enabled", u.enabled());
        m.put("locked", u.lockedAt(clock.instant()));
        m.put("lockedUntil", u.lockedAt(clock.instant()) ? u.lockedUntil().toString() : null);
        m.put("createdAt", u.createdAt().toString());
        return m;
    }
}
