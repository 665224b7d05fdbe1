package kz.aumaq.server.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Security refusals in the API's own JSON shape ({@code status, error, message, path}): 401 when
 * credentials are missing or wrong (with a Basic challenge for non-browser clients, so QGIS and
 * scripts know to send them), 403 when the user may not do this. No redirect to the login page for
 * the API, and the same words whatever the reason a sign-in failed.
 */
public class ApiRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        // A browser page's fetch() says so: no challenge, or the browser would pop up its own password dialog.
        if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Aumaq\", charset=\"UTF-8\"");
        }
        boolean triedToSignIn = request.getHeader("Authorization") != null;
        write(response, request, HttpStatus.UNAUTHORIZED, triedToSignIn ? PasswordLogin.REFUSED
                : "Sign in to do this: the login page, HTTP Basic or an API token (Authorization: Bearer …)");
    }

    /**
     * 403. A change without any sign-in fails the CSRF check first (it runs before sign-in): that is a
     * 401 "sign in", as the request could not have succeeded anyway; a session without the token is the 403.
     */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        boolean csrf = e instanceof org.springframework.security.web.csrf.CsrfException;
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        boolean anonymous = signedIn == null || !signedIn.isAuthenticated() || signedIn instanceof AnonymousAuthenticationToken;
        if (csrf && anonymous && request.getHeader("Authorization") == null && !request.getRequestURI().equals("/login")) {
            commence(request, response, new InsufficientAuthenticationException("not signed in"));
            return;
        }
        write(response, request, HttpStatus.FORBIDDEN, csrf
                ? "The CSRF token is missing or wrong: send the XSRF-TOKEN cookie's value as the X-XSRF-TOKEN header"
                : "Your role does not allow this");
    }

    static void write(HttpServletResponse response, HttpServletRequest request, HttpStatus status, String message) throws IOException {
        if (response.isCommitted()) return;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("error", status.getReasonPhrase());
        body.put("message", message);
        body.put("path", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
    }
}
