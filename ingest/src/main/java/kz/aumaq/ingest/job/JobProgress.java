package kz.aumaq.ingest.job;

/** Told when a running job enters a phase; the web API shows it, the command line ignores it. */
@FunctionalInterface
public interface JobProgress {

    JobProgress NONE = phase -> { };

    void entered(JobPhase phase);
}
