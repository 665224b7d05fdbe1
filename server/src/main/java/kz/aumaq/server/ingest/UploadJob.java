package kz.aumaq.server.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One upload as the web API follows it, as stored (V11): queued, running (with progress), then the
 * outcome of its latest run — a dry run, then perhaps a commit. Each run is also recorded by the
 * runner as an ingest job; their ids are kept here, the newest last.
 *
 * @param committable  a dry run succeeded and no commit has succeeded since: it can be committed (again, after a failed commit)
 * @param fields       the upload's form fields as sent, read again by whichever node runs it
 * @param requestedBy  who asked for the latest run (their role and territory count)
 * @param node         the node that ran (or runs) it
 */
record UploadJob(String id, String status, int progress, boolean dryRun, boolean committable, String fileName, long fileSize,
                 Map<String, String> fields, String uploadedBy, String requestedBy, String address, Instant received, String node,
                 Instant heartbeat, Instant finished, List<Long> recorded, String error) {

    static final String QUEUED = "queued";
    static final String RUNNING = "running";

    UploadJob {
        fields = Map.copyOf(fields);
        recorded = List.copyOf(recorded);
    }

    /** The form as the job was uploaded with: what every run reads. */
    UploadForm form() {
        return UploadForm.parse(fileName, fields);
    }

    boolean ended() {
        return !status.equals(QUEUED) && !status.equals(RUNNING);
    }

    /** The ingest job of the latest run, if it got that far. */
    Long lastRecorded() {
        return recorded.isEmpty() ? null : recorded.get(recorded.size() - 1);
    }
}
