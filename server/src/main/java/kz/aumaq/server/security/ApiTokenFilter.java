package kz.aumaq.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in requests carrying {@code Authorization: Bearer <API token>}, for that request only (no
 * session). A token that does not work (unknown, revoked, its user disabled or locked) is a 401,
 * never a silent fall-back to anonymous.
 */
public class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokenStore tokens;
    private final UserStore users;
    private final AuthenticationEntryPoint refusal;
    private final Clock clock;

    public ApiTokenFilter(ApiTokenStore tokens, UserStore users, AuthenticationEntryPoint refusal, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.refusal = refusal;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<SignedInUser> user = tokens.userOf(header.substring(7).trim()).flatMap(users::find)
                .map(a -> SignedInUser.of(a, clock)).filter(u -> u.isEnabled() && u.isAccountNonLocked());
        if (user.isEmpty()) {
            SecurityContextHolder.clearContext();
            refusal.commence(request, response, new BadCredentialsException("the API token is not valid"));
            return;
        }
        SignedInUser u = user.get();
        u.eraseCredentials();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
