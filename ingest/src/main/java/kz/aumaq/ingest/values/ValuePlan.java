package kz.aumaq.ingest.values;

import java.util.List;
import kz.aumaq.ingest.report.Finding;

/** What a table of values would load (duplicates resolved, last one wins), and what was found. */
public record ValuePlan(List<IndicatorValue> values, List<Finding> findings) {

    public ValuePlan {
        values = List.copyOf(values);
        findings = List.copyOf(findings);
    }
}
