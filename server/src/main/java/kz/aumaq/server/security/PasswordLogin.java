package kz.aumaq.server.security;

import java.time.Clock;
import java.util.Optional;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Password sign-in (the login form and HTTP Basic): the password check, with lockout counting,
 * and one answer for every refusal — unknown user, wrong password, locked or disabled account —
 * so the answer never tells whether an account exists.
 */
public class PasswordLogin implements AuthenticationProvider {

    /** The one message every refused sign-in gets. */
    public static final String REFUSED = "Wrong username or password, or the account is locked for a while";

    private final DaoAuthenticationProvider passwords;
    private final LoginLockout lockout;
    private final UserStore users;
    private final Clock clock;
    private final RecentPasswordChecks recent = new RecentPasswordChecks();

    public PasswordLogin(DaoAuthenticationProvider passwords, LoginLockout lockout, UserStore users, Clock clock) {
        this.passwords = passwords;
        this.lockout = lockout;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication request) throws AuthenticationException {
        String username = request.getName();
        String password = request.getCredentials() == null ? "" : request.getCredentials().toString();
        Authentication again = recentlyChecked(username, password);
        if (again != null) return again;
        try {
            Authentication done = passwords.authenticate(request);
            lockout.succeeded(username);
            if (done.getPrincipal() instanceof SignedInUser u && u.getPassword() != null) recent.remember(username, password, u.getPassword());
            return done;
        } catch (BadCredentialsException e) {
            lockout.failed(username);
            throw new BadCredentialsException(REFUSED);
        } catch (AccountStatusException e) {
            throw new BadCredentialsException(REFUSED);
        }
    }

    /**
     * The same credentials matched a minute ago (a client sending Basic with every tile): accepted
     * without bcrypt while the account still has that password hash and is enabled and unlocked.
     */
    private Authentication recentlyChecked(String username, String password) {
        String hash = recent.matchedHash(username, password);
        if (hash == null) return null;
        Optional<UserAccount> account = users.find(username);
        if (account.isEmpty() || !hash.equals(account.get().passwordHash()) || !account.get().enabled()
                || account.get().lockedAt(clock.instant())) {
            recent.forget(username, password);
            return null;
        }
        if (account.get().failedLogins() > 0) lockout.succeeded(username);
        SignedInUser user = SignedInUser.of(account.get(), clock);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
