package kz.aumaq.server.audit;

import java.time.Instant;

/**
 * Which entries to read, newest first; every filter is optional (null).
 *
 * @param from first instant included; @param to first instant excluded
 */
public record AuditQuery(String actor, String action, String objectType, String objectId, Instant from, Instant to, int limit, int offset) {
}
