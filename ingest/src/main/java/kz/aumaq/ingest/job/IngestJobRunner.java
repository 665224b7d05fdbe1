package kz.aumaq.ingest.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import kz.aumaq.gis.territory.OutOfScopeException;
import kz.aumaq.gis.unit.UnitInvariantViolation;
import kz.aumaq.ingest.report.Finding;
import kz.aumaq.ingest.report.Findings;
import kz.aumaq.ingest.report.OutOfScope;
import kz.aumaq.ingest.report.Severity;
import kz.aumaq.ingest.source.DatasetReader;
import kz.aumaq.ingest.source.IngestException;
import kz.aumaq.ingest.source.SourceDataset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one ingest job: checksum, re-run detection, read, check, and — unless it is a dry run or
 * the report has errors — the write, in one transaction together with the job's record, so a
 * job either fully happened and is recorded as committed, or changed nothing. Every job is
 * recorded, whatever its outcome (a failed commit in a transaction of its own, after the rollback).
 */
public class IngestJobRunner {

    private static final Logger log = LoggerFactory.getLogger(IngestJobRunner.class);
    private final IngestJobRepository jobs;
    private final List<DatasetReader> readers;
    private final TransactionTemplate tx;
    private final Clock clock;

    public IngestJobRunner(DataSource dataSource, IngestJobRepository jobs, List<DatasetReader> readers, Clock clock) {
        this.jobs = jobs;
        this.readers = List.copyOf(readers);
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.clock = clock;
    }

    public JobResult run(JobRequest request, IngestTarget target) {
        return run(request, target, JobProgress.NONE);
    }

    public JobResult run(JobRequest request, IngestTarget target, JobProgress progress) {
        progress.entered(JobPhase.READING);
        Instant started = now();
        long startedNanos = System.nanoTime();
        String options = ReportJson.object(request.options());
        Draft draft = new Draft(request, started, options);
        Findings findings = new Findings();

        if (!Files.isRegularFile(request.file())) {
            findings.add(Severity.ERROR, "no-file", "no such file: " + request.file(), null);
            return draft.record(JobStatus.FAILED, null, 0, LoadCounts.NONE, findings);
        }
        String sha;
        try {
            sha = FileChecksum.sha256(request.file());
        } catch (IOException e) {
            findings.add(Severity.ERROR, "unreadable-file", "cannot read " + request.file() + ": " + e.getMessage(), null);
            return draft.record(JobStatus.FAILED, null, 0, LoadCounts.NONE, findings);
        }

        Optional<IngestJob> previous = jobs.lastCommitted(sha, request.target(), request.level(), options);
        if (previous.isPresent() && target.stillCurrent(previous.get())) {
            IngestJob p = previous.get();
            findings.add(Severity.INFO, "already-loaded", "this file was committed with the same options by job " + p.id() + " ("
                    + p.finishedAt() + "), and that data is still current: nothing changed", null);
            return draft.record(JobStatus.UNCHANGED, sha, p.read(), LoadCounts.NONE, findings);
        }

        DatasetReader reader = readers.stream().filter(r -> r.accepts(request.file())).findFirst().orElse(null);
        if (reader == null) {
            findings.add(Severity.ERROR, "unsupported-format", "no reader handles " + request.file().getFileName(), null);
            return draft.record(JobStatus.FAILED, sha, 0, LoadCounts.NONE, findings);
        }
        SourceDataset dataset;
        try {
            dataset = reader.read(request.file(), request.readOptions());
        } catch (IngestException e) {
            findings.add(Severity.ERROR, "unreadable-file", e.getMessage(), null);
            return draft.record(JobStatus.FAILED, sha, 0, LoadCounts.NONE, findings);
        }
        int read = dataset.features().size();
        long readNanos = System.nanoTime();
        progress.entered(JobPhase.CHECKING);
        CheckedLoad load = target.check(dataset);
        long checkedNanos = System.nanoTime();
        load.findings().forEach(findings::add);
        if (findings.hasErrors()) return draft.record(JobStatus.FAILED, sha, read, LoadCounts.NONE, findings);
        if (request.dryRun()) {
            log.info("ingest dry run ({}): {} features; read {} ms, checked {} ms", name(request), read,
                    millisBetween(startedNanos, readNanos), millisBetween(readNanos, checkedNanos));
            return draft.record(JobStatus.DRY_RUN, sha, read, LoadCounts.NONE, findings);
        }

        progress.entered(JobPhase.WRITING);
        try {
            return tx.execute(status -> {
                long id = jobs.insert(draft.job(0, JobStatus.FAILED, sha, read, LoadCounts.NONE, findings.list(), null));
                LoadCounts counts = load.write(IngestJob.source(id));
                IngestJob done = draft.job(id, JobStatus.COMMITTED, sha, read, counts, findings.list(), now());
                jobs.finish(done);
                log.info("ingest job {} ({}): {} features; read {} ms, checked {} ms, wrote {} ms", id, name(request), read,
                        millisBetween(startedNanos, readNanos), millisBetween(readNanos, checkedNanos), millisBetween(checkedNanos, System.nanoTime()));
                return new JobResult(done, findings.list());
            });
        } catch (UnitInvariantViolation e) {
            String message = "the store refused the write (its invariants); nothing was written";
            e.problems().forEach(p -> findings.add(Severity.ERROR, "refused-by-store", message, p));
        } catch (OutOfScopeException e) {
            OutOfScope.findings(e.problems()).forEach(findings::add);
        } catch (RuntimeException e) {
            // The report is shown over the web: the database's own message (SQL, constraint names) stays in the log.
            log.warn("ingest of {} failed while writing", request.file(), e);
            findings.add(Severity.ERROR, "write-failed", "writing failed, nothing was written (the server log has the cause)", null);
        }
        return draft.record(JobStatus.FAILED, sha, read, LoadCounts.NONE, findings);
    }

    private static long millisBetween(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1_000_000;
    }

    private static Path name(JobRequest request) {
        Path name = request.file().getFileName();
        return name == null ? request.file() : name;
    }

    /** To the microsecond: what both databases' TIMESTAMP keeps, so a job reads back as recorded. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The parts of the job record known from the start. */
    private final class Draft {
        final JobRequest request;
        final Instant started;
        final String options;

        Draft(JobRequest request, Instant started, String options) {
            this.request = request;
            this.started = started;
            this.options = options;
        }

        IngestJob job(long id, JobStatus status, String sha, int read, LoadCounts counts, List<Finding> findings, Instant finished) {
            Path name = request.file().getFileName();
            return new IngestJob(id, request.user(), started, finished, name == null ? request.file().toString() : name.toString(), sha,
                    request.target(), request.level(), options, status, read, counts.inserted(), counts.closed(),
                    status == JobStatus.COMMITTED ? 0 : read, counts.current(), ReportJson.findings(findings));
        }

        /** Records a job that wrote nothing, in its own (auto-committed) statement. */
        JobResult record(JobStatus status, String sha, int read, LoadCounts counts, Findings findings) {
            List<Finding> list = findings.list();
            IngestJob j = job(0, status, sha, read, counts, list, now());
            long id = jobs.insert(j);
            return new JobResult(new IngestJob(id, j.user(), j.startedAt(), j.finishedAt(), j.fileName(), j.sha256(), j.target(), j.level(),
                    j.options(), j.status(), j.read(), j.inserted(), j.closed(), j.skipped(), j.current(), j.report()), list);
        }
    }
}
