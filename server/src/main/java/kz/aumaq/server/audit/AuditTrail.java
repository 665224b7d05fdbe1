package kz.aumaq.server.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import kz.aumaq.gis.territory.CurrentActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records changes in the audit trail: who (the current actor), from where (the request's client
 * address, or {@code local}), what, and the values before and after as JSON. Called after a change
 * succeeded; entries are never changed or removed.
 */
public class AuditTrail {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final AuditLog entries;
    private final CurrentActor actor;
    private final Clock clock;

    public AuditTrail(AuditLog entries, CurrentActor actor, Clock clock) {
        this.entries = entries;
        this.actor = actor;
        this.clock = clock;
    }

    /** A change by the current actor, from the current request's address. {@code before}/{@code after}: any JSON-able value, or null. */
    public void record(String action, String objectType, String objectId, Object before, Object after) {
        record(actor.get().name(), currentAddress(), action, objectType, objectId, before, after);
    }

    /** A change on behalf of someone no longer in a request (a background job started by them). */
    public void record(String who, String address, String action, String objectType, String objectId, Object before, Object after) {
        entries.append(new AuditEntry(0, clock.instant().truncatedTo(ChronoUnit.MICROS), who, address, action, objectType, objectId,
                json(before), json(after)));
        log.debug("audit: {} {} {} {} by {} from {}", action, objectType, objectId, who, address);
    }

    /** The client address of the request being served, or {@code local}. */
    public static String currentAddress() {
        RequestAttributes a = RequestContextHolder.getRequestAttributes();
        if (a instanceof ServletRequestAttributes s) {
            HttpServletRequest r = s.getRequest();
            return r.getRemoteAddr();
        }
        return "local";
    }

    private static String json(Object value) {
        return value == null ? null : JSON.writeValueAsString(value);
    }
}
