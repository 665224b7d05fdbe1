package kz.aumaq.server.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The upload jobs (V11): their state, and their files in parts, in the database every node shares.
 * Claiming the next job holds the one row of {@code upload_queue}, so that one job runs at a time
 * across all nodes; changes of state are conditional updates, so two nodes (or two clicks) can
 * never both start the same commit.
 */
@org.springframework.stereotype.Component
class UploadJobStore {

    /** Parts of this size keep memory flat whatever the file's size. */
    static final int PART = 1024 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = "id, status, progress, dry_run, committable, file_name, file_size, fields, uploaded_by, requested_by, "
            + "address, received_at, node, heartbeat_at, finished_at, recorded, error";
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    UploadJobStore(DataSource dataSource, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.clock = clock;
    }

    /** Stores a new job with its file, queued; one transaction, so a failed upload leaves nothing. */
    void insert(String id, String fileName, long size, Map<String, String> fields, String user, String address, boolean dryRun, InputStream file) {
        Timestamp now = Timestamp.from(clock.instant());
        tx.executeWithoutResult(s -> {
            jdbc.update("INSERT INTO upload_job (" + COLUMNS + ", queued_at) VALUES (?, 'queued', 0, ?, FALSE, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, '[]', NULL, ?)",
                    id, dryRun, fileName, size, JSON.writeValueAsString(fields), user, user, address, now, now);
            byte[] buffer = new byte[PART];
            int part = 0;
            try {
                for (int n; (n = file.readNBytes(buffer, 0, PART)) > 0; part++) {
                    byte[] bytes = n == PART ? buffer : java.util.Arrays.copyOf(buffer, n);
                    jdbc.update("INSERT INTO upload_file (job_id, part, bytes) VALUES (?, ?, ?)", id, part, bytes);
                    if (n < PART) break;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the upload", e);
            }
        });
    }

    Optional<UploadJob> find(String id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM upload_job WHERE id = ?", MAPPER, id).stream().findFirst();
    }

    int queued() {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM upload_job WHERE status = 'queued'", Integer.class);
        return n == null ? 0 : n;
    }

    boolean hasFile(String id) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM upload_file WHERE job_id = ?", Integer.class, id);
        return n != null && n > 0;
    }

    /** Writes the job's file to {@code target}, part by part. */
    void copyFile(String id, Path target) {
        try (OutputStream out = Files.newOutputStream(target)) {
            int parts = jdbc.queryForObject("SELECT COUNT(*) FROM upload_file WHERE job_id = ?", Integer.class, id);
            for (int p = 0; p < parts; p++) {
                byte[] bytes = jdbc.queryForObject("SELECT bytes FROM upload_file WHERE job_id = ? AND part = ?", byte[].class, id, p);
                out.write(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the upload to " + target, e);
        }
    }

    /**
     * Queues the commit of a successful dry run, for {@code user}: false when it is not one (already
     * committed, queued or running, or the dry run failed), so two clicks or two nodes cannot commit twice.
     */
    boolean queueCommit(String id, String user, String address) {
        return jdbc.update("UPDATE upload_job SET status = 'queued', progress = 0, dry_run = FALSE, requested_by = ?, address = ?, queued_at = ?, "
                + "error = NULL WHERE id = ? AND committable AND status NOT IN ('queued', 'running')", user, address, Timestamp.from(clock.instant()), id) == 1;
    }

    /**
     * Takes the oldest queued job for {@code node}, unless one is running anywhere (one at a time,
     * as two loads at once would each check against data the other is changing). A job running on
     * a node that stopped answering ({@code staleBefore}) is failed first.
     */
    Optional<UploadJob> claim(String node, Instant staleBefore) {
        return tx.execute(s -> {
            jdbc.queryForList("SELECT id FROM upload_queue WHERE id = 1 FOR UPDATE", Integer.class);
            failStale(staleBefore);
            Integer running = jdbc.queryForObject("SELECT COUNT(*) FROM upload_job WHERE status = 'running'", Integer.class);
            if (running != null && running > 0) return Optional.<UploadJob>empty();
            List<String> next = jdbc.queryForList("SELECT id FROM upload_job WHERE status = 'queued' ORDER BY queued_at, id "
                    + "FETCH FIRST 1 ROWS ONLY FOR UPDATE SKIP LOCKED", String.class);
            if (next.isEmpty()) return Optional.<UploadJob>empty();
            Timestamp now = Timestamp.from(clock.instant());
            jdbc.update("UPDATE upload_job SET status = 'running', node = ?, heartbeat_at = ? WHERE id = ?", node, now, next.get(0));
            return find(next.get(0));
        });
    }

    /** The running node is alive; answers false when the job is no longer its to run (failed as stale meanwhile). */
    boolean heartbeat(String id, String node) {
        return jdbc.update("UPDATE upload_job SET heartbeat_at = ? WHERE id = ? AND node = ? AND status = 'running'",
                Timestamp.from(clock.instant()), id, node) == 1;
    }

    void progress(String id, int percent) {
        jdbc.update("UPDATE upload_job SET progress = ? WHERE id = ? AND status = 'running'", percent, id);
    }

    /**
     * The run's end: its status, the ingest job that recorded it, whether it can now be committed.
     *
     * @param recordedJob the runner's ingest_job id, or null when the run crashed before recording
     */
    void finish(String id, String status, Long recordedJob, boolean committable, String error) {
        UploadJob job = find(id).orElseThrow();
        List<Long> recorded = new ArrayList<>(job.recorded());
        if (recordedJob != null) recorded.add(recordedJob);
        jdbc.update("UPDATE upload_job SET status = ?, progress = 100, committable = ?, finished_at = ?, recorded = ?, error = ? WHERE id = ?",
                status, committable, Timestamp.from(clock.instant()), JSON.writeValueAsString(recorded), error, id);
    }

    /** Jobs whose node stopped while running them: failed, with the reason; nothing of them was written (their transaction died with the node). */
    int failStale(Instant staleBefore) {
        return jdbc.update("UPDATE upload_job SET status = 'failed', progress = 100, finished_at = ?, error = "
                + "'the server running it (' || COALESCE(node, '?') || ') stopped while it ran; nothing of it was written. Commit it again, or upload it again.' "
                + "WHERE status = 'running' AND (heartbeat_at IS NULL OR heartbeat_at < ?)", Timestamp.from(clock.instant()), Timestamp.from(staleBefore));
    }

    /** At start: this node's own running jobs died with its previous process. */
    int failOwn(String node) {
        return jdbc.update("UPDATE upload_job SET status = 'failed', progress = 100, finished_at = ?, error = "
                + "'the server running it stopped while it ran; nothing of it was written. Commit it again, or upload it again.' "
                + "WHERE status = 'running' AND node = ?", Timestamp.from(clock.instant()), node);
    }

    /** Drops the file of a job (committed, or kept long enough). */
    void dropFile(String id) {
        jdbc.update("DELETE FROM upload_file WHERE job_id = ?", id);
    }

    /** Files older than {@code before} go (their jobs stay, with their reports); jobs older than {@code forgetBefore} go entirely. */
    void sweep(Instant before, Instant forgetBefore) {
        jdbc.update("DELETE FROM upload_file WHERE job_id IN (SELECT id FROM upload_job WHERE received_at < ? AND status NOT IN ('queued', 'running'))",
                Timestamp.from(before));
        jdbc.update("DELETE FROM upload_job WHERE received_at < ? AND status NOT IN ('queued', 'running')", Timestamp.from(forgetBefore));
    }

    private static final TypeReference<List<Long>> LONGS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {
    };

    private static final RowMapper<UploadJob> MAPPER = (rs, i) -> new UploadJob(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBoolean(4),
            rs.getBoolean(5), rs.getString(6), rs.getLong(7), JSON.readValue(rs.getString(8), FIELDS), rs.getString(9), rs.getString(10),
            rs.getString(11), rs.getTimestamp(12).toInstant(), rs.getString(13),
            rs.getTimestamp(14) == null ? null : rs.getTimestamp(14).toInstant(), rs.getTimestamp(15) == null ? null : rs.getTimestamp(15).toInstant(),
            JSON.readValue(rs.getString(16), LONGS), rs.getString(17));
}
