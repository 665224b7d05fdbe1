package kz.aumaq.server.ingest;

import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.aumaq.ingest.job.IngestJob;
import kz.aumaq.ingest.job.IngestJobRepository;
import kz.aumaq.ingest.job.JobStatus;
import java.util.EnumSet;
import java.util.Set;
import kz.aumaq.server.api.ApiException;
import kz.aumaq.server.audit.AuditTrail;
import kz.aumaq.server.security.Role;
import kz.aumaq.server.security.SignedInUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/ingest/jobs}: upload a file as an asynchronous job (202 + Location), follow its status,
 * progress and report, preview its features, and commit a successful dry run from the same stored file.
 * Uploads, commits and status reads take {@code wait=SECONDS} (up to {@link #MAX_WAIT_SECONDS}): the
 * answer then comes when the run has ended (200), or when the time is up (202, still running), so a
 * script needs one request instead of a polling loop.
 */
@RestController
@RequestMapping("/api/ingest/jobs")
class IngestJobController {

    static final int MAX_WAIT_SECONDS = 60;
    /** Files are kept a day for their commit; the jobs themselves (and their reports) a month. */
    static final Duration FORGET = Duration.ofDays(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final IngestWorker worker;
    private final UploadJobStore jobs;
    private final UploadStore uploads;
    private final UploadPreview preview;
    private final IngestJobRepository recorded;
    private final UploadLimits limits;
    private final Clock clock;

    IngestJobController(IngestWorker worker, UploadJobStore jobs, UploadStore uploads, UploadPreview preview, IngestJobRepository recorded,
                        UploadLimits limits, Clock clock) {
        this.worker = worker;
        this.jobs = jobs;
        this.uploads = uploads;
        this.preview = preview;
        this.recorded = recorded;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Uploads a file as a job of the signed-in user (recorded as its user; the territorial check is theirs):
     * boundaries and layers need the GIS editor role, indicator values also data entry.
     */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> upload(@RequestPart(name = "file", required = false) MultipartFile file,
                                               @RequestParam Map<String, String> fields,
                                               @RequestParam(defaultValue = "true") boolean dryRun,
                                               @RequestParam(defaultValue = "0") int wait) {
        Duration waiting = waiting(wait);
        if (file == null || file.isEmpty()) throw new ApiException(HttpStatus.BAD_REQUEST, "file", "a non-empty file part is required");
        if (file.getSize() > limits.maxBytes()) {
            throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "file", "the file is larger than " + limits.maxUploadMb() + " MB");
        }
        UploadForm form = UploadForm.parse(file.getOriginalFilename(), fields);
        requireRoleFor(form);
        if (jobs.queued() >= IngestWorker.QUEUE) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, null, "too many ingest jobs are waiting; try again later");
        }
        jobs.sweep(clock.instant().minus(UploadStore.KEEP), clock.instant().minus(FORGET));
        String id = UUID.randomUUID().toString();
        try (var in = file.getInputStream()) {
            jobs.insert(id, form.fileName() == null ? "upload" : form.fileName(), file.getSize(), fields, currentUser(),
                    AuditTrail.currentAddress(), dryRun, in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the upload", e);
        }
        worker.wake();
        return answer(id, waiting);
    }

    @GetMapping("/{id}")
    ResponseEntity<Map<String, Object>> status(@PathVariable String id, @RequestParam(defaultValue = "0") int wait) {
        UploadJob job = job(id);
        Duration waiting = waiting(wait);
        if (waiting.isZero()) return ResponseEntity.ok(view(job));
        return answer(id, waiting);
    }

    /** Commits as the user who asks now (their role and territory count, not the uploader's). */
    @PostMapping("/{id}/commit")
    ResponseEntity<Map<String, Object>> commit(@PathVariable String id, @RequestParam(defaultValue = "0") int wait) {
        UploadJob job = job(id);
        Duration waiting = waiting(wait);
        requireRoleFor(job.form());
        if (job.committable() && !jobs.hasFile(id)) {
            throw new ApiException(HttpStatus.GONE, null, "the uploaded file has expired; upload it again");
        }
        // Conditional in the database: of two clicks, or two nodes, exactly one queues the commit.
        if (!jobs.queueCommit(id, currentUser(), AuditTrail.currentAddress())) {
            throw new ApiException(HttpStatus.CONFLICT, null, "only a successful dry run can be committed; this job is " + job.status());
        }
        worker.wake();
        return answer(id, waiting);
    }

    private static Duration waiting(int seconds) {
        if (seconds < 0 || seconds > MAX_WAIT_SECONDS) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "wait", "wait must be 0 to " + MAX_WAIT_SECONDS + " seconds");
        }
        return Duration.ofSeconds(seconds);
    }

    /** 200 once the run has ended within the wait (on whichever node ran it), else 202 with where to follow it. */
    private ResponseEntity<Map<String, Object>> answer(String id, Duration waiting) {
        long deadline = System.nanoTime() + waiting.toNanos();
        UploadJob job = job(id);
        try {
            while (!job.ended() && !waiting.isZero() && System.nanoTime() < deadline) {
                Thread.sleep(50);
                job = job(id);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        URI location = URI.create("/api/ingest/jobs/" + id);
        return (job.ended() && !waiting.isZero() ? ResponseEntity.ok() : ResponseEntity.accepted()).location(location).body(view(job));
    }

    @GetMapping(value = "/{id}/preview", produces = "application/geo+json")
    String preview(@PathVariable String id) {
        UploadJob job = job(id);
        if (!jobs.hasFile(id)) throw new ApiException(HttpStatus.GONE, null, "the uploaded file is no longer kept (committed or expired)");
        return preview.geoJson(uploads.local(job, jobs), job.form());
    }

    /** The recorded jobs (from the command line and from here), newest first. */
    @GetMapping
    Map<String, Object> list(@RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000) throw new ApiException(HttpStatus.BAD_REQUEST, "limit", "limit must be 1 to 1000");
        List<Map<String, Object>> jobs = recorded.recent(limit).stream().map(IngestJobController::record).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("jobs", jobs);
        return body;
    }

    /** Boundaries and layers are the GIS team's; indicator values also data entry's. */
    private static void requireRoleFor(UploadForm form) {
        Set<Role> allowed = form.values() ? EnumSet.of(Role.ADMIN, Role.GIS_EDITOR, Role.DATA_ENTRY) : EnumSet.of(Role.ADMIN, Role.GIS_EDITOR);
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (!(a != null && a.getPrincipal() instanceof SignedInUser u && u.roles().stream().anyMatch(allowed::contains))) {
            throw new ApiException(HttpStatus.FORBIDDEN, "target", "your role may not load target " + form.target());
        }
    }

    private UploadJob job(String id) {
        return jobs.find(id).orElseThrow(() -> ApiException.notFound("no ingest job " + id + " (jobs are kept " + FORGET.toDays() + " days)"));
    }

    private static String currentUser() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }

    private Map<String, Object> view(UploadJob job) {
        UploadForm form = job.form();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", job.id());
        v.put("status", job.status());
        v.put("progress", job.progress());
        v.put("dryRun", job.dryRun());
        v.put("fileName", form.fileName());
        v.put("target", form.target());
        v.put("level", form.levelCode());
        if (form.layer() != null) v.put("layer", form.layer());
        if (form.indicator() != null) v.put("indicator", form.indicator());
        v.put("user", job.requestedBy());
        v.put("received", job.received().toString());
        v.put("recordedJobs", job.recorded());
        if (job.node() != null) v.put("node", job.node());
        Long last = job.ended() ? job.lastRecorded() : null;
        IngestJob r = last == null ? null : recorded.find(last).orElse(null);
        if (r != null) {
            v.put("counts", counts(r));
            v.put("report", JSON.readTree(r.report()));
        }
        if (job.error() != null) v.put("error", job.error());
        return v;
    }

    private static Map<String, Object> record(IngestJob j) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", j.id());
        v.put("user", j.user());
        v.put("startedAt", String.valueOf(j.startedAt()));
        v.put("finishedAt", String.valueOf(j.finishedAt()));
        v.put("fileName", j.fileName());
        v.put("sha256", j.sha256());
        v.put("target", j.target());
        v.put("level", j.level());
        v.put("options", JSON.readTree(j.options()));
        v.put("status", j.status().code());
        v.put("counts", counts(j));
        v.put("report", JSON.readTree(j.report()));
        return v;
    }

    private static Map<String, Object> counts(IngestJob j) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("read", j.read());
        c.put("inserted", j.inserted());
        c.put("closed", j.closed());
        c.put("skipped", j.skipped());
        c.put("current", j.current());
        return c;
    }
}
