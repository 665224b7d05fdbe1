package kz.aumaq.server.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import kz.aumaq.ingest.job.IngestJob;

/** What the audit trail keeps of a committed ingest job: the file, target and counts (the data itself is in the job's rows). */
final class IngestAudit {

    private IngestAudit() {
    }

    static Map<String, Object> of(IngestJob j) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", j.fileName());
        m.put("sha256", j.sha256());
        m.put("target", j.target());
        m.put("level", j.level());
        m.put("options", j.options());
        m.put("inserted", j.inserted());
        m.put("closed", j.closed());
        m.put("current", j.current());
        return m;
    }
}
