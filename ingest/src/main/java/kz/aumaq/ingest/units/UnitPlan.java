package kz.aumaq.ingest.units;

import java.util.List;
import kz.aumaq.gis.unit.AdminUnit;
import kz.aumaq.gis.unit.ClosedVersion;
import kz.aumaq.ingest.report.Finding;
import kz.aumaq.ingest.report.Severity;

/**
 * The outcome of checking a file for an admin-units load: the versions to insert (validity
 * fitted into the stored history; a new country first when one is created), the stored versions
 * to retire, and the findings. Nothing is written yet.
 */
public record UnitPlan(List<AdminUnit> units, List<ClosedVersion> retire, List<Finding> findings) {

    public UnitPlan {
        units = List.copyOf(units);
        retire = List.copyOf(retire);
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}
