package kz.aumaq.ingest.job;

import java.time.Instant;

/**
 * One recorded ingest job.
 *
 * @param user    who ran it (a plain name until security comes)
 * @param sha256  of the file (with its shapefile siblings); null when it could not be read
 * @param level   for unit loads, the level code; else null
 * @param options the options that shape the result, as JSON (with the target, level and checksum,
 *                the key for recognising a re-run)
 * @param read    features read from the file
 * @param skipped features read but not written (all of them unless committed)
 * @param report  the findings as JSON
 */
public record IngestJob(long id, String user, Instant startedAt, Instant finishedAt, String fileName, String sha256,
                        String target, String level, String options, JobStatus status,
                        int read, int inserted, int closed, int skipped, int current, String report) {

    /** What the job's rows carry as their {@code source}. */
    public static String source(long id) {
        return "ingest-job-" + id;
    }

    public String source() {
        return source(id);
    }
}
