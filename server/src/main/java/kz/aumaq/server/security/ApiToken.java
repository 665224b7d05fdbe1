package kz.aumaq.server.security;

import java.time.Instant;

/**
 * An API token as stored: never the token itself, only its SHA-256 and its first characters.
 *
 * @param revokedAt null while the token works
 */
public record ApiToken(long id, long userId, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
