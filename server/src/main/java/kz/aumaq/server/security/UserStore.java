package kz.aumaq.server.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import kz.aumaq.gis.unit.Kato;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** The {@code app_user} table. */
public class UserStore {

    private static final String COLUMNS = "id, username, password_hash, roles, scope_kato, enabled, failed_logins, locked_until, created_at";
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public UserStore(DataSource dataSource, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
    }

    public Optional<UserAccount> find(String username) {
        return jdbc.query("SELECT " + COLUMNS + " FROM app_user WHERE username = ?", MAPPER, username).stream().findFirst();
    }

    public Optional<UserAccount> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM app_user WHERE id = ?", MAPPER, id).stream().findFirst();
    }

    public List<UserAccount> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM app_user ORDER BY username", MAPPER);
    }

    public long count() {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM app_user", Long.class);
        return n == null ? 0 : n;
    }

    /** Inserts a new user; answers it as stored. */
    public UserAccount create(String username, String passwordHash, Set<Role> roles, Kato scope) {
        Instant now = now();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("INSERT INTO app_user (username, password_hash, roles, scope_kato, enabled, failed_logins, created_at) "
                    + "VALUES (?, ?, ?, ?, TRUE, 0, ?)", new String[] {"id"});
            ps.setString(1, username);
            ps.setString(2, passwordHash);
            ps.setString(3, roles(roles));
            ps.setString(4, scope == null ? null : scope.code());
            ps.setTimestamp(5, Timestamp.from(now));
            return ps;
        }, keys);
        return find(keys.getKey().longValue()).orElseThrow();
    }

    /** Roles, scope and enabled as given; the password only when a new hash is given. */
    public void update(long id, Set<Role> roles, Kato scope, boolean enabled, String newPasswordHash) {
        jdbc.update("UPDATE app_user SET roles = ?, scope_kato = ?, enabled = ? WHERE id = ?", roles(roles),
                scope == null ? null : scope.code(), enabled, id);
        if (newPasswordHash != null) setPassword(id, newPasswordHash);
    }

    public void setPassword(long id, String passwordHash) {
        jdbc.update("UPDATE app_user SET password_hash = ? WHERE id = ?", passwordHash, id);
    }

    public void delete(long id) {
        jdbc.update("DELETE FROM app_user WHERE id = ?", id);
    }

    /** Counts one failed sign-in; answers the count now (0 when there is no such user). */
    public int failedLogin(String username) {
        jdbc.update("UPDATE app_user SET failed_logins = failed_logins + 1 WHERE username = ?", username);
        List<Integer> n = jdbc.queryForList("SELECT failed_logins FROM app_user WHERE username = ?", Integer.class, username);
        return n.isEmpty() ? 0 : n.get(0);
    }

    /** Locks the account until then and starts counting failures afresh. */
    public void lock(String username, Instant until) {
        jdbc.update("UPDATE app_user SET failed_logins = 0, locked_until = ? WHERE username = ?", Timestamp.from(until), username);
    }

    /** A successful sign-in, or an administrator's unlock: no failures, no lock. */
    public void clearFailures(String username) {
        jdbc.update("UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE username = ? AND (failed_logins <> 0 OR locked_until IS NOT NULL)",
                username);
    }

    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private static String roles(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    private static final RowMapper<UserAccount> MAPPER = (ResultSet rs, int i) -> {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(rs.getString("roles").split(",")).map(Role::parse).flatMap(Optional::stream).forEach(roles::add);
        String scope = rs.getString("scope_kato");
        return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"), roles,
                scope == null ? null : Kato.of(scope), rs.getBoolean("enabled"), rs.getInt("failed_logins"),
                instant(rs, "locked_until"), instant(rs, "created_at"));
    };

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
