package kz.aumaq.server.security;

import java.time.Clock;
import kz.aumaq.server.audit.AuditTrail;
import kz.aumaq.server.config.SecurityProperties;

/**
 * Locks an account after {@code aumaq.security.lockout.max-failures} failed sign-ins in a row, for
 * {@code lockout.duration}; a successful sign-in starts the count afresh. Counts live in the user
 * table, so they hold across restarts and for every way of signing in with a password.
 */
public class LoginLockout {

    private final UserStore users;
    private final SecurityProperties.Lockout settings;
    private final AuditTrail audit;
    private final Clock clock;

    public LoginLockout(UserStore users, SecurityProperties.Lockout settings, AuditTrail audit, Clock clock) {
        this.users = users;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    public void failed(String username) {
        if (users.failedLogin(username) >= settings.maxFailures()) {
            users.lock(username, clock.instant().plus(settings.duration()));
            audit.record("user.locked", "user", username, null,
                    java.util.Map.of("failures", settings.maxFailures(), "minutes", settings.duration().toMinutes()));
        }
    }

    public void succeeded(String username) {
        users.clearFailures(username);
    }
}
