package kz.aumaq.server.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.util.StringUtils;

/**
 * CSRF tokens for pages whose scripts call the API: the token travels in the {@code XSRF-TOKEN}
 * cookie, which scripts read and send back as the {@code X-XSRF-TOKEN} header (a value other sites
 * cannot read). The cookie is set on every page and API answer, but not on map-service answers
 * (tiles, WMS, WMTS, OGC API): those stay cookie-free, so shared caches may keep public tiles.
 */
final class BrowserCsrfTokens implements CsrfTokenRequestHandler {

    private final CsrfTokenRequestHandler plain = new CsrfTokenRequestAttributeHandler();
    private final CsrfTokenRequestHandler xor = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
        xor.handle(request, response, csrfToken);
        if (!SecurityConfig.isMapService(request)) csrfToken.get();
    }

    /** The header carries the raw cookie value (scripts); a form field the masked one (server-rendered forms). */
    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
        String header = request.getHeader(csrfToken.getHeaderName());
        return (StringUtils.hasText(header) ? plain : xor).resolveCsrfTokenValue(request, csrfToken);
    }
}
