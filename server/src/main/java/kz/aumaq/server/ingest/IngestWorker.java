package kz.aumaq.server.ingest;

import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import kz.aumaq.gis.featurelayer.FeatureLayerStore;
import kz.aumaq.gis.unit.AdminUnitRepository;
import kz.aumaq.gis.unit.AdminUnitWriter;
import kz.aumaq.ingest.job.IngestJobRunner;
import kz.aumaq.ingest.job.JobRequest;
import kz.aumaq.ingest.job.JobResult;
import kz.aumaq.ingest.job.JobStatus;
import kz.aumaq.ingest.job.IngestTarget;
import kz.aumaq.ingest.layer.LayerTarget;
import kz.aumaq.ingest.values.IndicatorValueStore;
import kz.aumaq.ingest.values.ValuesTarget;
import kz.aumaq.ingest.units.UnitsTarget;
import kz.aumaq.server.api.ApiException;
import kz.aumaq.server.audit.AuditTrail;
import kz.aumaq.server.catalog.CatalogSync;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Runs uploaded jobs one at a time on a single background thread: two loads at once would check
 * against data the other is changing. The queue is bounded so a burst of uploads is refused (503)
 * rather than piling up files and memory. Each run runs as the user who asked for it (their
 * security context on the worker thread), so the territorial check and the job record know them.
 */
@Component
class IngestWorker {

    static final int QUEUE = 16;
    private static final Logger log = LoggerFactory.getLogger(IngestWorker.class);
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE),
            r -> {
                Thread t = new Thread(r, "ingest-worker");
                t.setDaemon(true);
                return t;
            });
    private final Map<String, UploadJob> jobs = new ConcurrentHashMap<>();
    private final IngestJobRunner runner;
    private final AdminUnitRepository units;
    private final AdminUnitWriter writer;
    private final UploadStore uploads;
    private final FeatureLayerStore layers;
    private final IndicatorValueStore values;
    private final CatalogSync catalog;
    private final AuditTrail audit;

    IngestWorker(IngestJobRunner runner, AdminUnitRepository units, AdminUnitWriter writer, UploadStore uploads,
                 FeatureLayerStore layers, IndicatorValueStore values, CatalogSync catalog, AuditTrail audit) {
        this.runner = runner;
        this.units = units;
        this.writer = writer;
        this.uploads = uploads;
        this.layers = layers;
        this.values = values;
        this.catalog = catalog;
        this.audit = audit;
    }

    Optional<UploadJob> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** Queues a run for the current request's user. */
    void submit(UploadJob job, boolean dryRun) {
        // A copy: signing out clears the session's own context object, and the job must still run as its user.
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        job.requestedBy(new UploadJob.Requester(context, context.getAuthentication().getName(), AuditTrail.currentAddress()));
        job.queue(dryRun);
        jobs.put(job.id, job);
        try {
            executor.execute(() -> run(job, dryRun));
        } catch (RejectedExecutionException e) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, null, "too many ingest jobs are waiting; try again later");
        }
    }

    private void run(UploadJob job, boolean dryRun) {
        UploadForm form = job.form;
        UploadJob.Requester who = job.requester();
        JobRequest request = new JobRequest(who.name(), job.file, form.target(), form.levelCode(), form.recorded(),
                form.readOptions(), dryRun);
        SecurityContextHolder.setContext(who.context());
        try {
            JobResult result = runner.run(request, target(form), job::entered);
            if (result.job().status() == JobStatus.COMMITTED) {
                // A loaded layer is published at once (with its stored settings, if it had any).
                if (form.layer() != null) catalog.reload();
                uploads.delete(job.id);
                audit.record(who.name(), who.address(), "ingest.commit", "ingest-job", Long.toString(result.job().id()), null,
                        IngestAudit.of(result.job()));
            }
            job.finished(result);
        } catch (RuntimeException e) {
            // The runner records what it can; anything escaping it is our fault, not the file's (and its message may hold SQL).
            log.error("ingest job {} crashed", job.id, e);
            job.crashed("internal error; it has been logged");
        } finally {
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

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
