package kz.aumaq.ingest.job;

import java.util.List;
import kz.aumaq.ingest.report.Finding;
import kz.aumaq.ingest.report.Severity;

/** A finished job as recorded, with its findings (errors first). */
public record JobResult(IngestJob job, List<Finding> findings) {

    public JobResult {
        findings = List.copyOf(findings);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
