package kz.aumaq.server.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.aumaq.ingest.job.JobPhase;
import kz.aumaq.ingest.job.JobResult;
import kz.aumaq.ingest.job.JobStatus;

/**
 * One upload as the web API follows it: queued, running (with progress), then the outcome of
 * its latest run (a dry run, then perhaps a commit). Each run is also recorded by the runner as
 * an ingest job; their ids are kept here. Touched by the request threads and the worker, hence
 * synchronized.
 */
final class UploadJob {

    static final String QUEUED = "queued";
    static final String RUNNING = "running";

    final String id;
    final Path file;
    final UploadForm form;
    final Instant received;
    private String status = QUEUED;
    private int progress;
    private boolean dryRun;
    private JobResult result;
    private String crash;
    private final List<Long> recorded = new ArrayList<>();
    private Requester requester;

    /**
     * Who asked for the latest run, as the worker thread needs to know: their sign-in (for the territorial
     * check and the job record) and their address (for the audit trail).
     */
    record Requester(org.springframework.security.core.context.SecurityContext context, String name, String address) {
    }

    UploadJob(String id, Path file, UploadForm form, Instant received, boolean dryRun) {
        this.id = id;
        this.file = file;
        this.form = form;
        this.received = received;
        this.dryRun = dryRun;
    }

    synchronized void requestedBy(Requester who) {
        requester = who;
    }

    synchronized Requester requester() {
        return requester;
    }

    synchronized void queue(boolean asDryRun) {
        status = QUEUED;
        progress = 0;
        dryRun = asDryRun;
    }

    /** Queues the commit of a successful dry run; false otherwise, so two clicks cannot commit twice. */
    synchronized boolean queueCommit() {
        if (!status.equals(JobStatus.DRY_RUN.code())) return false;
        queue(false);
        return true;
    }

    synchronized void entered(JobPhase phase) {
        status = RUNNING;
        progress = phase.percentAtStart();
    }

    synchronized void finished(JobResult r) {
        result = r;
        recorded.add(r.job().id());
        status = r.job().status().code();
        progress = 100;
        notifyAll();
    }

    synchronized void crashed(String message) {
        crash = message == null ? "internal error" : message;
        status = "failed";
        progress = 100;
        notifyAll();
    }

    /**
     * Waits at most {@code timeout} for the queued or running run to end; answers whether it has.
     * For scripts that would rather hold one request open than poll.
     */
    synchronized boolean awaitEnd(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (status.equals(QUEUED) || status.equals(RUNNING)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) return false;
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    synchronized Snapshot snapshot() {
        return new Snapshot(status, progress, dryRun, result, crash, List.copyOf(recorded));
    }

    /** A consistent view for one answer. */
    record Snapshot(String status, int progress, boolean dryRun, JobResult result, String crash, List<Long> recorded) {
    }
}
