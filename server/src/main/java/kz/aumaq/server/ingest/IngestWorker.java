package kz.aumaq.server.ingest;

import jakarta.annotation.PreDestroy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import kz.aumaq.gis.featurelayer.FeatureLayerStore;
import kz.aumaq.gis.unit.AdminUnitRepository;
import kz.aumaq.gis.unit.AdminUnitWriter;
import kz.aumaq.ingest.job.IngestJobRunner;
import kz.aumaq.ingest.job.IngestTarget;
import kz.aumaq.ingest.job.JobRequest;
import kz.aumaq.ingest.job.JobResult;
import kz.aumaq.ingest.job.JobStatus;
import kz.aumaq.ingest.layer.LayerTarget;
import kz.aumaq.ingest.units.UnitsTarget;
import kz.aumaq.ingest.values.IndicatorValueStore;
import kz.aumaq.ingest.values.ValuesTarget;
import kz.aumaq.server.audit.AuditTrail;
import kz.aumaq.server.catalog.CatalogSync;
import kz.aumaq.server.cluster.NodeIdentity;
import kz.aumaq.server.security.SignedInUser;
import kz.aumaq.server.security.UserStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.stereotype.Component;

/**
 * Runs the stored upload jobs, one at a time across every node (two loads at once would check
 * against data the other is changing): a worker thread on each node claims the oldest queued job
 * from the database, runs it as the user who asked for it (their sign-in read afresh, for the
 * territorial check and the job record), and keeps a heartbeat while it runs. A job whose node
 * stops answering is failed by the next claim anywhere; a node's own running jobs are failed when it
 * starts again. Nothing of a failed run is written: its transaction dies with it.
 */
@Component
@DependsOnDatabaseInitialization
class IngestWorker {

    /** Queued jobs beyond this are refused (503), rather than piling up files. */
    static final int QUEUE = 16;
    static final Duration HEARTBEAT = Duration.ofSeconds(5);
    /** A running job whose node has been silent this long is taken for dead. */
    static final Duration STALE = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(IngestWorker.class);
    private final UploadJobStore jobs;
    private final UploadStore files;
    private final IngestJobRunner runner;
    private final AdminUnitRepository units;
    private final AdminUnitWriter writer;
    private final FeatureLayerStore layers;
    private final IndicatorValueStore values;
    private final CatalogSync catalog;
    private final UserStore users;
    private final AuditTrail audit;
    private final String node;
    private final Clock clock;
    private final Object wake = new Object();
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "ingest-heartbeat"));
    private final Thread worker;
    private volatile boolean stopping;
    private long lastWarning = System.nanoTime() - 61_000_000_000L;

    IngestWorker(UploadJobStore jobs, UploadStore files, IngestJobRunner runner, AdminUnitRepository units, AdminUnitWriter writer,
                 FeatureLayerStore layers, IndicatorValueStore values, CatalogSync catalog, UserStore users, AuditTrail audit,
                 NodeIdentity node, Clock clock) {
        this.jobs = jobs;
        this.files = files;
        this.runner = runner;
        this.units = units;
        this.writer = writer;
        this.layers = layers;
        this.values = values;
        this.catalog = catalog;
        this.users = users;
        this.audit = audit;
        this.node = node.id();
        this.clock = clock;
        int failed = jobs.failOwn(this.node);
        if (failed > 0) log.warn("{} upload job(s) were running here when this server last stopped: marked failed", failed);
        this.worker = daemon(this::loop, "ingest-worker");
        worker.start();
    }

    /** A job was queued here: look at once rather than at the next poll. */
    void wake() {
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    private void loop() {
        while (!stopping) {
            try {
                Optional<UploadJob> next = jobs.claim(node, clock.instant().minus(STALE));
                if (next.isPresent()) {
                    run(next.get());
                    continue;
                }
            } catch (RuntimeException e) {
                // The database away for a moment: the next look tries again (said once a minute, not every second).
                long now = System.nanoTime();
                if (now - lastWarning > 60_000_000_000L) {
                    lastWarning = now;
                    log.warn("could not look for upload jobs: {}", e.getMessage());
                }
            }
            synchronized (wake) {
                try {
                    wake.wait(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private void run(UploadJob job) {
        ScheduledFuture<?> beat = heartbeats.scheduleAtFixedRate(() -> {
            try {
                jobs.heartbeat(job.id(), node);
            } catch (RuntimeException e) {
                log.debug("heartbeat of {} failed: {}", job.id(), e.getMessage());
            }
        }, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
        try {
            UploadForm form = job.form();
            SignedInUser who = users.find(job.requestedBy()).map(a -> SignedInUser.of(a, clock)).orElse(null);
            if (who == null || !who.isEnabled()) {
                jobs.finish(job.id(), JobStatus.FAILED.code(), null, job.committable(), "the user who asked for it (" + job.requestedBy()
                        + ") no longer exists or is disabled");
                return;
            }
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(who, null, who.getAuthorities()));
            SecurityContextHolder.setContext(context);
            Path file = files.local(job, jobs);
            JobRequest request = new JobRequest(who.getUsername(), file, form.target(), form.levelCode(), form.recorded(), form.readOptions(), job.dryRun());
            JobResult result = runner.run(request, target(form), phase -> jobs.progress(job.id(), phase.percentAtStart()));
            JobStatus status = result.job().status();
            boolean committed = status == JobStatus.COMMITTED;
            boolean committable = status == JobStatus.DRY_RUN || (job.committable() && !committed && status != JobStatus.UNCHANGED);
            if (committed) {
                // A loaded layer is published at once (with its stored settings, if it had any), on this node and then on the others.
                if (form.layer() != null) catalog.reload();
                audit.record(who.getUsername(), job.address(), "ingest.commit", "ingest-job", Long.toString(result.job().id()), null,
                        IngestAudit.of(result.job()));
            }
            jobs.finish(job.id(), status.code(), result.job().id(), committable, null);
            if (committed || status == JobStatus.UNCHANGED) {
                jobs.dropFile(job.id());
                files.delete(job.id());
            }
        } catch (RuntimeException e) {
            // The runner records what it can; anything escaping it is our fault, not the file's (and its message may hold SQL).
            log.error("upload job {} crashed", job.id(), e);
            try {
                jobs.finish(job.id(), JobStatus.FAILED.code(), null, job.committable(), "internal error; it has been logged");
            } catch (RuntimeException again) {
                log.error("could not record the end of upload job {}", job.id(), again);
            }
        } finally {
            beat.cancel(false);
            SecurityContextHolder.clearContext();
        }
    }

    private IngestTarget target(UploadForm form) {
        return switch (form.target()) {
            case "layer" -> new LayerTarget(layers, form.layerOptions());
            case "values" -> new ValuesTarget(units, values, form.valueOptions());
            default -> new UnitsTarget(units, writer, form.unitOptions());
        };
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @PreDestroy
    void stop() {
        stopping = true;
        worker.interrupt();
        heartbeats.shutdownNow();
    }
}
