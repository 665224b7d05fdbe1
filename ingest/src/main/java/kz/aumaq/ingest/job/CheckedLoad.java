package kz.aumaq.ingest.job;

import java.util.List;
import kz.aumaq.ingest.report.Finding;

/** A dataset checked against its target: the findings, and the write it would do. */
public interface CheckedLoad {

    List<Finding> findings();

    /**
     * Writes the load inside the caller's transaction (all or nothing), marking what it writes with
     * {@code source}. Throws when the store refuses it.
     */
    LoadCounts write(String source);
}
