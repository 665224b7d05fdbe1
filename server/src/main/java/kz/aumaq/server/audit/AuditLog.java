package kz.aumaq.server.audit;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * The {@code audit_entry} table. Append-only by construction: this class inserts and reads, and no
 * code anywhere updates or deletes an entry (on PostGIS a trigger refuses it as well).
 */
public class AuditLog {

    private static final String COLUMNS = "id, occurred_at, actor, address, action, object_type, object_id, before_json, after_json";
    private final JdbcTemplate jdbc;

    public AuditLog(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public void append(AuditEntry e) {
        jdbc.update("INSERT INTO audit_entry (occurred_at, actor, address, action, object_type, object_id, before_json, after_json) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Timestamp.from(e.at()), cut(e.actor(), 100), cut(e.address(), 100), cut(e.action(), 60),
                cut(e.objectType(), 40), cut(e.objectId(), 200), e.before(), e.after());
    }

    public List<AuditEntry> find(AuditQuery q) {
        List<Object> args = new ArrayList<>();
        String where = where(q, args);
        args.add(q.limit());
        args.add(q.offset());
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_entry" + where + " ORDER BY id DESC LIMIT ? OFFSET ?", MAPPER, args.toArray());
    }

    public long count(AuditQuery q) {
        List<Object> args = new ArrayList<>();
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry" + where(q, args), Long.class, args.toArray());
        return n == null ? 0 : n;
    }

    private static String where(AuditQuery q, List<Object> args) {
        List<String> c = new ArrayList<>();
        if (q.actor() != null) {
            c.add("actor = ?");
            args.add(q.actor());
        }
        if (q.action() != null) {
            c.add("action = ?");
            args.add(q.action());
        }
        if (q.objectType() != null) {
            c.add("object_type = ?");
            args.add(q.objectType());
        }
        if (q.objectId() != null) {
            c.add("object_id = ?");
            args.add(q.objectId());
        }
        if (q.from() != null) {
            c.add("occurred_at >= ?");
            args.add(Timestamp.from(q.from()));
        }
        if (q.to() != null) {
            c.add("occurred_at < ?");
            args.add(Timestamp.from(q.to()));
        }
        return c.isEmpty() ? "" : " WHERE " + String.join(" AND ", c);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static final RowMapper<AuditEntry> MAPPER = (rs, i) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
            rs.getString("actor"), rs.getString("address"), rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"),
            rs.getString("before_json"), rs.getString("after_json"));
}
