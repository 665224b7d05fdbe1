package kz.aumaq.gis.layer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The catalog tables (V10): styles, layer settings, groups and the update sequence, in portable
 * SQL (the same on H2GIS and PostGIS). Callers hold the transaction; a change and its sequence
 * number are then one commit, or nothing.
 */
public class CatalogStore {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public CatalogStore(DataSource dataSource, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
    }

    /**
     * A stored row. {@code builtin} is the fingerprint of the default it was seeded from (null when
     * the team made it); {@code edited} tells that the team changed it since.
     *
     * @param sld     for styles, the SLD as uploaded (null for defaults and for layers and groups)
     * @param deleted for styles, a default the team deleted: a mark that keeps it from being seeded again
     */
    public record Row(String name, String definition, String sld, String builtin, boolean edited, boolean deleted) {

        public Row(String name, String definition, String sld, String builtin, boolean edited) {
            this(name, definition, sld, builtin, edited, false);
        }
    }

    /** Everything stored, in name order, with the current update sequence. */
    public record Rows(Map<String, Row> styles, Map<String, Row> layers, Map<String, Row> groups, long sequence) {
    }

    public Rows readAll() {
        Map<String, Row> styles = new LinkedHashMap<>();
        jdbc.query("SELECT name, definition, sld, builtin, edited, deleted FROM catalog_style ORDER BY name",
                rs -> {
                    styles.put(rs.getString(1), new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5),
                            rs.getBoolean(6)));
                });
        return new Rows(styles, settings("catalog_layer"), settings("catalog_group"), sequence());
    }

    private Map<String, Row> settings(String table) {
        Map<String, Row> out = new LinkedHashMap<>();
        jdbc.query("SELECT name, settings, builtin, edited FROM " + table + " ORDER BY name",
                rs -> {
                    out.put(rs.getString(1), new Row(rs.getString(1), rs.getString(2), null, rs.getString(3), rs.getBoolean(4)));
                });
        return out;
    }

    public long sequence() {
        Long n = jdbc.queryForObject("SELECT update_sequence FROM catalog_state WHERE id = 1", Long.class);
        return n == null ? 1 : n;
    }

    /**
     * Locks the catalog until the transaction ends (the state row, FOR UPDATE): catalog changes and
     * the seeding of defaults, from any node, then happen one after the other.
     */
    public long lock() {
        Long n = jdbc.queryForObject("SELECT update_sequence FROM catalog_state WHERE id = 1 FOR UPDATE", Long.class);
        return n == null ? 1 : n;
    }

    /** The next update sequence number, taken in the caller's transaction. */
    public long nextSequence() {
        jdbc.update("UPDATE catalog_state SET update_sequence = update_sequence + 1 WHERE id = 1");
        return sequence();
    }

    public void putStyle(Row row) {
        Timestamp now = Timestamp.from(clock.instant());
        int n = jdbc.update("UPDATE catalog_style SET definition = ?, sld = ?, builtin = ?, edited = ?, deleted = ?, changed_at = ? WHERE name = ?",
                row.definition(), row.sld(), row.builtin(), row.edited(), row.deleted(), now, row.name());
        if (n == 0) {
            jdbc.update("INSERT INTO catalog_style (name, definition, sld, builtin, edited, deleted, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    row.name(), row.definition(), row.sld(), row.builtin(), row.edited(), row.deleted(), now);
        }
    }

    public void putLayer(Row row) {
        putSettings("catalog_layer", row);
    }

    public void putGroup(Row row) {
        putSettings("catalog_group", row);
    }

    private void putSettings(String table, Row row) {
        Timestamp now = Timestamp.from(clock.instant());
        int n = jdbc.update("UPDATE " + table + " SET settings = ?, builtin = ?, edited = ?, changed_at = ? WHERE name = ?",
                row.definition(), row.builtin(), row.edited(), now, row.name());
        if (n == 0) {
            jdbc.update("INSERT INTO " + table + " (name, settings, builtin, edited, changed_at) VALUES (?, ?, ?, ?, ?)",
                    row.name(), row.definition(), row.builtin(), row.edited(), now);
        }
    }

    public void deleteStyle(String name) {
        jdbc.update("DELETE FROM catalog_style WHERE name = ?", name);
    }

    public void deleteLayer(String name) {
        jdbc.update("DELETE FROM catalog_layer WHERE name = ?", name);
    }

    public void deleteGroup(String name) {
        jdbc.update("DELETE FROM catalog_group WHERE name = ?", name);
    }

    /** The fingerprint of a default's definition: what tells a seeded row whether the release changed it. */
    public static String fingerprint(String definition) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(definition.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
