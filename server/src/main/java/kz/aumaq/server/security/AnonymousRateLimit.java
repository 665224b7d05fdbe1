package kz.aumaq.server.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import kz.aumaq.server.config.SecurityProperties;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A token bucket per client address for requests nobody signed in to ({@code aumaq.security.rate-limit}):
 * {@code burst} requests at once, refilled at {@code per-second}. The defaults let a web map fetch
 * tiles freely and stop only floods; above the limit the answer is 429 with {@code Retry-After}.
 * Signed-in users are not limited. Behind a reverse proxy, set {@code server.forward-headers-strategy}
 * so that the address is the client's, not the proxy's.
 */
public class AnonymousRateLimit extends OncePerRequestFilter {

    private final SecurityProperties.RateLimit settings;
    // Idle clients are forgotten: their bucket would be full again by then anyway.
    private final Cache<String, Bucket> buckets;

    public AnonymousRateLimit(SecurityProperties.RateLimit settings) {
        this.settings = settings;
        long refillSeconds = (long) Math.ceil(settings.burst() / Math.max(settings.perSecond(), 0.001));
        this.buckets = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofSeconds(Math.max(60, refillSeconds))).build();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = a != null && a.getPrincipal() instanceof SignedInUser;
        if (!settings.enabled() || signedIn) {
            chain.doFilter(request, response);
            return;
        }
        Bucket bucket = buckets.get(request.getRemoteAddr(), k -> new Bucket(settings.burst(), System.nanoTime()));
        double wait = bucket.take(settings.burst(), settings.perSecond(), System.nanoTime());
        if (wait > 0) {
            response.setHeader("Retry-After", Long.toString((long) Math.ceil(wait)));
            ApiRefusals.write(response, request, HttpStatus.TOO_MANY_REQUESTS, "Too many requests from this address; wait a moment or sign in");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Tokens left and when they were counted. */
    static final class Bucket {
        private double tokens;
        private long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }

        /** Takes one token: 0 when there was one, else the seconds until there will be. */
        synchronized double take(int burst, double perSecond, long now) {
            tokens = Math.min(burst, tokens + (now - at) / 1e9 * perSecond);
            at = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (1 - tokens) / perSecond;
        }
    }
}
