package kz.aumaq.ingest.job;

import java.util.List;
import java.util.function.Function;
import kz.aumaq.ingest.report.Finding;

/** A dataset checked against its target: the findings, and the write it would do. */
public interface CheckedLoad {

    List<Finding> findings();

    /**
     * Writes the load inside the caller's transaction (all or nothing), marking what it writes with
     * {@code source}. Throws when the store refuses it.
     */
    LoadCounts write(String source);

    /** The findings, and the write as a function of the source mark. */
    static CheckedLoad of(List<Finding> findings, Function<String, LoadCounts> write) {
        List<Finding> found = List.copyOf(findings);
        return new CheckedLoad() {
            @Override
            public List<Finding> findings() {
                return found;
            }

            @Override
            public LoadCounts write(String source) {
                return write.apply(source);
            }
        };
    }
}
