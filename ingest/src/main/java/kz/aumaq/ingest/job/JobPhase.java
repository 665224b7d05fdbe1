package kz.aumaq.ingest.job;

/** The phases of a running job, with the share of the work done when each begins (for progress bars). */
public enum JobPhase {
    READING(5),
    CHECKING(40),
    WRITING(70);

    private final int percentAtStart;

    JobPhase(int percentAtStart) {
        this.percentAtStart = percentAtStart;
    }

    public int percentAtStart() {
        return percentAtStart;
    }
}
