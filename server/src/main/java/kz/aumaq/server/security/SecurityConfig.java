package kz.aumaq.server.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import javax.sql.DataSource;
import kz.aumaq.gis.territory.CurrentActor;
import kz.aumaq.gis.territory.ScopeBoundaries;
import kz.aumaq.gis.unit.AdminUnitRepository;
import kz.aumaq.gis.unit.AdminUnitWriter;
import kz.aumaq.server.audit.AuditTrail;
import kz.aumaq.server.config.AumaqProperties;
import kz.aumaq.server.config.SecurityProperties;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcherEntry;

/**
 * Who may call what, in one place. Anonymous visitors read public data: units (boundaries are
 * public), layers and styles, the map services (which show them public layers only). Writes need a
 * role (401 without credentials, 403 with the wrong role), and then the territory check in the data
 * layer. Browsers sign in with the login page and a session (CSRF token in a cookie for their
 * scripts); QGIS, GDAL and scripts with HTTP Basic or an API token, without CSRF.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfig {

    private static final String[] PAGES = {"/admin/**", "/ingest/**", "/account/**"};
    private static final String[] MAP_SERVICES = {"/wms", "/ows", "/wmts", "/tiles/", "/ogcapi"};

    /**
     * The content security policy: scripts and styles from this server only (Leaflet sets inline
     * style attributes, hence the one exception), images also as data/blob URLs, no plugins, no framing.
     */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
            + "connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authentication, ApiRefusals refusals,
                                            UserStore users, ApiTokenStore tokens, SecurityProperties properties, Clock clock) throws Exception {
        RequestMatcher pages = anyOf(PAGES);
        AuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(refusals,
                new RequestMatcherEntry<>(pages, new LoginUrlAuthenticationEntryPoint("/login")));
        HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
        // Only pages are worth returning to after signing in; API and map calls must not create sessions.
        requestCache.setRequestMatcher(r -> "GET".equals(r.getMethod()) && pages.matches(r));

        http.authenticationManager(authentication)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/admin/layers.html").hasAnyRole(Role.ADMIN.name(), Role.GIS_EDITOR.name())
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/ingest/**").hasAnyRole(Role.ADMIN.name(), Role.GIS_EDITOR.name(), Role.DATA_ENTRY.name())
                        .requestMatchers("/account/**").authenticated()
                        // Map services: open to all, each answer cut to what the viewer may see.
                        .requestMatchers(HttpMethod.GET, "/wms", "/ows", "/wmts", "/tiles/**", "/ogcapi", "/ogcapi/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/wms", "/ows").permitAll()
                        // Public reads: boundaries, layers and styles (layers cut to the viewer), print (the same), the
                        // workspace's settings, the service, who am I.
                        .requestMatchers(HttpMethod.GET, "/api", "/api/units", "/api/units/**", "/api/layers", "/api/layers/**",
                                "/api/groups", "/api/groups/**", "/api/styles", "/api/styles/**", "/api/print", "/api/workspace", "/api/me").permitAll()
                        .requestMatchers("/api/units", "/api/units/**", "/api/layers/**", "/api/groups/**", "/api/styles/**", "/api/tiles", "/api/tiles/**",
                                "/api/catalog", "/api/catalog/**")
                                .hasAnyRole(Role.ADMIN.name(), Role.GIS_EDITOR.name())
                        .requestMatchers("/api/ingest/**").hasAnyRole(Role.ADMIN.name(), Role.GIS_EDITOR.name(), Role.DATA_ENTRY.name())
                        .requestMatchers("/api/users", "/api/users/**", "/api/audit", "/api/audit/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/me/**", "/api/tokens", "/api/tokens/**").authenticated()
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/login", "/error").permitAll()
                        // Static pages and scripts, and unknown paths (which then answer 404, not 401).
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .anyRequest().authenticated())
                .csrf(c -> c.csrfTokenRepository(csrfCookie())
                        .csrfTokenRequestHandler(new BrowserCsrfTokens())
                        .ignoringRequestMatchers(SecurityConfig::nonBrowserCredentials, PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/wms"),
                                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/ows")))
                .formLogin(f -> f.loginPage("/login").permitAll())
                .httpBasic(b -> b.realmName("Aumaq").authenticationEntryPoint(refusals))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .requestCache(r -> r.requestCache(requestCache))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(refusals))
                .headers(h -> h.contentSecurityPolicy(p -> p.policyDirectives(CSP))
                        .referrerPolicy(p -> p.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .addFilterBefore(new RequestBodyLimit(properties.maxRequestKb() * 1024L), CsrfFilter.class)
                .addFilterAfter(new SessionAccountRefresh(users, clock), SecurityContextHolderFilter.class)
                .addFilterBefore(new ApiTokenFilter(tokens, users, refusals, clock), BasicAuthenticationFilter.class)
                .addFilterAfter(new AnonymousRateLimit(properties.rateLimit()), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    /** The CSRF token's cookie: readable by the pages' scripts (that is the point), sent only with same-site requests. */
    private static CookieCsrfTokenRepository csrfCookie() {
        CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
        repository.setCookieCustomizer(c -> c.sameSite("Lax"));
        return repository;
    }

    /**
     * Credentials sent by a program (QGIS, GDAL, scripts): no CSRF token needed, since a browser
     * never adds a Bearer token by itself, and one that replays Basic credentials to a request another
     * site started says so in {@code Sec-Fetch-Site}.
     */
    static boolean nonBrowserCredentials(HttpServletRequest r) {
        String auth = r.getHeader("Authorization");
        if (auth == null) return false;
        boolean scheme = auth.regionMatches(true, 0, "Basic ", 0, 6) || auth.regionMatches(true, 0, "Bearer ", 0, 7);
        String site = r.getHeader("Sec-Fetch-Site");
        return scheme && (site == null || site.equals("same-origin") || site.equals("none"));
    }

    /** Tiles, WMS, WMTS, OGC API: reads that are the same for everyone who may see them. */
    static boolean isMapService(HttpServletRequest r) {
        String path = r.getRequestURI();
        for (String p : MAP_SERVICES) {
            if (path.equals(p) || path.startsWith(p.endsWith("/") ? p : p + "/")) return true;
        }
        return false;
    }

    private static RequestMatcher anyOf(String... patterns) {
        return r -> {
            for (String p : patterns) if (PathPatternRequestMatcher.withDefaults().matcher(p).matches(r)) return true;
            return false;
        };
    }

    /** Bcrypt (the delegating encoder's default), so stored hashes name their algorithm and can move on later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @DependsOnDatabaseInitialization
    UserStore userStore(DataSource dataSource, Clock clock) {
        return new UserStore(dataSource, clock);
    }

    @Bean
    @DependsOnDatabaseInitialization
    ApiTokenStore apiTokenStore(DataSource dataSource, Clock clock) {
        return new ApiTokenStore(dataSource, clock);
    }

    @Bean
    AuthenticationManager authenticationManager(UserStore users, PasswordEncoder encoder, SecurityProperties properties, AuditTrail audit, Clock clock) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new AccountLookup(users, clock));
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(new PasswordLogin(passwords, new LoginLockout(users, properties.lockout(), audit, clock), users, clock));
    }

    @Bean
    ApiRefusals apiRefusals() {
        return new ApiRefusals();
    }

    /** The territorial check's "who": the signed-in user. */
    @Bean
    CurrentActor currentActor() {
        return new SignedInActor();
    }

    @Bean
    LayerVisibility layerVisibility(ScopeBoundaries boundaries) {
        return new LayerVisibility(boundaries);
    }

    /** Scope units' boundaries for cutting restricted layers; a unit written may move any of them. */
    @Bean
    ScopeBoundaries scopeBoundaries(AdminUnitRepository units, AdminUnitWriter writer, Clock clock) {
        ScopeBoundaries boundaries = new ScopeBoundaries(units, clock);
        writer.onWrite(changed -> boundaries.forget());
        return boundaries;
    }

    @Bean
    InitialAdmin initialAdmin(UserStore users, PasswordEncoder encoder, AuditTrail audit) {
        return new InitialAdmin(users, encoder, audit);
    }

    /** Once the database is migrated, before the server answers: the first administrator. */
    @Bean
    SmartInitializingSingleton initialAdminOnStart(InitialAdmin admin, SecurityProperties security, AumaqProperties aumaq) {
        return () -> SystemTask.run("setup", () -> {
            admin.ensure(security.adminPassword(), aumaq.dataDir());
            return null;
        });
    }
}
