package kz.aumaq.ingest.job;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** The {@code ingest_job} table: every job, whatever its outcome. Portable SQL (H2GIS and PostGIS). */
public class IngestJobRepository {

    private static final String COLUMNS = "id, user_name, started_at, finished_at, file_name, file_sha256, target, level, options, status, "
            + "read_count, inserted_count, closed_count, skipped_count, current_count, report";
    private final JdbcTemplate jdbc;

    public IngestJobRepository(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Records the job (its id is ignored) and returns the id it got. */
    public long insert(IngestJob j) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("INSERT INTO ingest_job (user_name, started_at, finished_at, file_name, file_sha256, "
                    + "target, level, options, status, read_count, inserted_count, closed_count, skipped_count, current_count, report) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            ps.setString(1, j.user());
            ps.setTimestamp(2, Timestamp.from(j.startedAt()));
            ps.setTimestamp(3, j.finishedAt() == null ? null : Timestamp.from(j.finishedAt()));
            ps.setString(4, j.fileName());
            ps.setString(5, j.sha256());
            ps.setString(6, j.target());
            ps.setString(7, j.level());
            ps.setString(8, j.options());
            ps.setString(9, j.status().code());
            ps.setInt(10, j.read());
            ps.setInt(11, j.inserted());
            ps.setInt(12, j.closed());
            ps.setInt(13, j.skipped());
            ps.setInt(14, j.current());
            ps.setString(15, j.report());
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    /** Stores how the job ended: status, counts, report, finish time. */
    public void finish(IngestJob j) {
        jdbc.update("UPDATE ingest_job SET finished_at = ?, status = ?, read_count = ?, inserted_count = ?, closed_count = ?, "
                        + "skipped_count = ?, current_count = ?, report = ? WHERE id = ?",
                Timestamp.from(j.finishedAt()), j.status().code(), j.read(), j.inserted(), j.closed(), j.skipped(), j.current(),
                j.report(), j.id());
    }

    public Optional<IngestJob> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM ingest_job WHERE id = ?", MAPPER, id).stream().findFirst();
    }

    /** The latest committed job of this file into this target with these options, if any. */
    public Optional<IngestJob> lastCommitted(String sha256, String target, String level, String options) {
        String sql = "SELECT " + COLUMNS + " FROM ingest_job WHERE file_sha256 = ? AND target = ? AND status = ? AND options = ? AND "
                + (level == null ? "level IS NULL" : "level = ?") + " ORDER BY id DESC";
        Object[] args = level == null ? new Object[] {sha256, target, JobStatus.COMMITTED.code(), options}
                : new Object[] {sha256, target, JobStatus.COMMITTED.code(), options, level};
        return jdbc.query(sql, MAPPER, args).stream().findFirst();
    }

    /** The most recent jobs, newest first. */
    public List<IngestJob> recent(int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM ingest_job ORDER BY id DESC LIMIT ?", MAPPER, limit);
    }

    private static final RowMapper<IngestJob> MAPPER = (ResultSet rs, int row) -> new IngestJob(
            rs.getLong("id"), rs.getString("user_name"), instant(rs, "started_at"), instant(rs, "finished_at"),
            rs.getString("file_name"), rs.getString("file_sha256"), rs.getString("target"), rs.getString("level"),
            rs.getString("options"), JobStatus.fromCode(rs.getString("status")), rs.getInt("read_count"), rs.getInt("inserted_count"),
            rs.getInt("closed_count"), rs.getInt("skipped_count"), rs.getInt("current_count"), rs.getString("report"));

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
