package kz.aumaq.server.security;

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

    public PasswordLogin(DaoAuthenticationProvider passwords, LoginLockout lockout) {
        this.passwords = passwords;
        this.lockout = lockout;
    }

    @Override
    public Authentication authenticate(Authentication request) throws AuthenticationException {
        String username = request.getName();
        try {
            Authentication done = passwords.authenticate(request);
            lockout.succeeded(username);
            return done;
        } catch (BadCredentialsException e) {
            lockout.failed(username);
            throw new BadCredentialsException(REFUSED);
        } catch (AccountStatusException e) {
            throw new BadCredentialsException(REFUSED);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
