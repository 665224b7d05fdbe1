package kz.aumaq.server.audit;

import java.time.Instant;

/**
 * One change: who (user name, {@code system:…} or {@code cli:…}), when, from where (client address,
 * {@code local} for the server and the command line), what ({@code layer.update}…) and the object's
 * values before and after, as JSON (null when there was none: created, deleted).
 */
public record AuditEntry(long id, Instant at, String actor, String address, String action, String objectType, String objectId,
                         String before, String after) {
}
