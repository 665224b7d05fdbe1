package kz.aumaq.server.security;

import java.time.Instant;
import java.util.Set;
import kz.aumaq.gis.territory.Actor;
import kz.aumaq.gis.territory.TerritorialScope;
import kz.aumaq.gis.unit.Kato;

/**
 * A stored user.
 *
 * @param scope       the unit whose subtree the user may change; null for administrators (everywhere)
 * @param lockedUntil set after too many failed sign-ins; null when not locked
 */
public record UserAccount(long id, String username, String passwordHash, Set<Role> roles, Kato scope, boolean enabled,
                          int failedLogins, Instant lockedUntil, Instant createdAt) {

    public UserAccount {
        roles = Set.copyOf(roles);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Administrators change data everywhere; everyone else within their scope. */
    public TerritorialScope territory() {
        if (isAdmin()) return TerritorialScope.everywhere();
        return scope == null ? TerritorialScope.nowhere() : TerritorialScope.of(scope);
    }

    public Actor actor() {
        return new Actor(username, territory());
    }
}
