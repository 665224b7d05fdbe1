package kz.aumaq.ingest.job;

import kz.aumaq.ingest.source.SourceDataset;

/** Where a job's data goes (admin units now; feature layers and indicator values later). */
public interface IngestTarget {

    /** Checks the dataset against the target and the stored data; writes nothing. */
    CheckedLoad check(SourceDataset dataset);

    /**
     * True when everything {@code job} committed is still stored as it left it, so re-running
     * its file with the same options would change nothing.
     */
    boolean stillCurrent(IngestJob job);
}
