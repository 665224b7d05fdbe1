package kz.aumaq.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A browser session holds the user as they were when they signed in. So that an administrator's
 * changes count at once — roles, scope, disabling, deleting, a lock — every session request reloads
 * the account (one primary-key read): gone, disabled or locked ends the session; otherwise the
 * session carries the account as it now is. Basic and token requests are checked afresh anyway.
 */
public class SessionAccountRefresh extends OncePerRequestFilter {

    private final UserStore users;
    private final Clock clock;

    public SessionAccountRefresh(UserStore users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && current != null && current.getPrincipal() instanceof SignedInUser held
                && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null) {
            Optional<SignedInUser> now = users.find(held.id()).map(a -> SignedInUser.of(a, clock))
                    .filter(u -> u.isEnabled() && u.isAccountNonLocked() && u.getUsername().equals(held.getUsername()));
            if (now.isEmpty()) {
                SecurityContextHolder.clearContext();
                session.invalidate();
            } else if (!now.get().roles().equals(held.roles()) || !java.util.Objects.equals(now.get().scopeCode(), held.scopeCode())) {
                SignedInUser fresh = now.get();
                fresh.eraseCredentials();
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
                SecurityContextHolder.setContext(context);
                session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
            }
        }
        chain.doFilter(request, response);
    }
}
