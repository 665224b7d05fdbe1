package kz.aumaq.server.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The {@code api_token} table: tokens for QGIS, scripts and other API clients, sent as
 * {@code Authorization: Bearer aq_…}. A token is 256 random bits, shown once when created; only its
 * SHA-256 is kept (a fast hash is enough for a random secret of that length).
 */
public class ApiTokenStore {

    public static final String PREFIX = "aq_";
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private static final String COLUMNS = "id, user_id, name, prefix, created_at, last_used_at, revoked_at";
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ApiTokenStore(DataSource dataSource, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
    }

    /** A new token and its stored record. */
    public record Created(ApiToken token, String secret) {
    }

    public Created create(long userId, String name) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String prefix = secret.substring(0, 10);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("INSERT INTO api_token (user_id, name, prefix, token_sha256, created_at) VALUES (?, ?, ?, ?, ?)",
                    new String[] {"id"});
            ps.setLong(1, userId);
            ps.setString(2, name);
            ps.setString(3, prefix);
            ps.setString(4, sha256(secret));
            ps.setTimestamp(5, Timestamp.from(now()));
            return ps;
        }, keys);
        return new Created(find(keys.getKey().longValue()).orElseThrow(), secret);
    }

    public Optional<ApiToken> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM api_token WHERE id = ?", MAPPER, id).stream().findFirst();
    }

    public List<ApiToken> ofUser(long userId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM api_token WHERE user_id = ? ORDER BY id", MAPPER, userId);
    }

    /** The user id of a working token, noting its use (at most once a minute, not a write per tile). */
    public Optional<Long> userOf(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) return Optional.empty();
        List<ApiToken> hits = jdbc.query("SELECT " + COLUMNS + " FROM api_token WHERE token_sha256 = ? AND revoked_at IS NULL", MAPPER, sha256(secret));
        if (hits.isEmpty()) return Optional.empty();
        ApiToken t = hits.get(0);
        Instant now = now();
        if (t.lastUsedAt() == null || t.lastUsedAt().plus(TOUCH_EVERY).isBefore(now)) {
            jdbc.update("UPDATE api_token SET last_used_at = ? WHERE id = ?", Timestamp.from(now), t.id());
        }
        return Optional.of(t.userId());
    }

    /** Revokes a token of this user; false when they have no such working token. */
    public boolean revoke(long userId, long tokenId) {
        return jdbc.update("UPDATE api_token SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL",
                Timestamp.from(now()), tokenId, userId) == 1;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final RowMapper<ApiToken> MAPPER = (ResultSet rs, int i) -> new ApiToken(rs.getLong("id"), rs.getLong("user_id"),
            rs.getString("name"), rs.getString("prefix"), instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("last_used_at")),
            instant(rs.getTimestamp("revoked_at")));

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
