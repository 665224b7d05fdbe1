package kz.aumaq.server.security;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Finds the account a password sign-in names (Spring hides "no such user" behind "bad credentials"). */
public class AccountLookup implements UserDetailsService {

    private final UserStore users;
    private final Clock clock;

    public AccountLookup(UserStore users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.find(username).map(a -> SignedInUser.of(a, clock))
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
