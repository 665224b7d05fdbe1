package kz.aumaq.server.security;

import java.io.Serializable;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import kz.aumaq.gis.territory.Actor;
import kz.aumaq.gis.territory.TerritorialScope;
import kz.aumaq.gis.unit.Kato;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of every signed-in request, however it signed in (form, Basic, API token): who,
 * with which roles, and the territory they may change. Serializable, as sessions hold it.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer, Serializable {

    private final long id;
    private final String username;
    private String passwordHash;
    private final Set<Role> roles;
    private final String scope;
    private final boolean enabled;
    private final boolean locked;

    private SignedInUser(UserAccount a, boolean locked) {
        this.id = a.id();
        this.username = a.username();
        this.passwordHash = a.passwordHash();
        this.roles = Set.copyOf(a.roles());
        this.scope = a.scope() == null ? null : a.scope().code();
        this.enabled = a.enabled();
        this.locked = locked;
    }

    public static SignedInUser of(UserAccount account, Clock clock) {
        return new SignedInUser(account, account.lockedAt(clock.instant()));
    }

    public long id() {
        return id;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Administrators change data everywhere; everyone else within their scope. */
    public TerritorialScope territory() {
        if (roles.contains(Role.ADMIN)) return TerritorialScope.everywhere();
        return scope == null ? TerritorialScope.nowhere() : TerritorialScope.of(Kato.of(scope));
    }

    public Actor actor() {
        return new Actor(username, territory());
    }

    /** The scope's KATO as stored (null for administrators). */
    public String scopeCode() {
        return scope;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().sorted().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    /** The hash is needed only to check the password; sessions keep the principal without it. */
    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Roles and scope as the API shows them. */
    public List<String> roleNames() {
        return roles.stream().sorted().map(Role::name).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignedInUser u && u.id == id && u.username.equals(username);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return username;
    }
}
