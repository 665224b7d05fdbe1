package kz.aumaq.ingest.job;

/**
 * What a committed load wrote.
 *
 * @param inserted rows (unit versions) inserted
 * @param closed   stored versions closed: superseded or retired
 * @param current  inserted rows left current (open-ended); a later job closing one of them makes
 *                 a re-run of this job's file no longer a no-op
 */
public record LoadCounts(int inserted, int closed, int current) {

    public static final LoadCounts NONE = new LoadCounts(0, 0, 0);
}
