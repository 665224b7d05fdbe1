package kz.aumaq.ingest.job;

import java.util.Locale;
import kz.aumaq.ingest.report.Finding;
import kz.aumaq.ingest.report.Severity;

/** A job's report as a plain-text table for the terminal: one block per finding, then the totals. */
public final class ReportTable {

    private static final String ROW = "%-8s %-24s %6s  %s%n";
    private static final String MORE = "%-8s %-24s %6s  %s%n";
    private static final int INFO_EXAMPLES = 3;

    private ReportTable() {
    }

    public static String render(JobResult result) {
        IngestJob j = result.job();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Ingest job %d: %s%s from %s (sha256 %s) by %s%n", j.id(), j.target(),
                j.level() == null ? "" : " (" + j.level() + ")", j.fileName(), j.sha256() == null ? "-" : j.sha256().substring(0, 12) + "…",
                j.user()));
        out.append(String.format(Locale.ROOT, "Options: %s%n%n", j.options()));
        if (result.findings().isEmpty()) {
            out.append("No findings.\n");
        } else {
            out.append(String.format(Locale.ROOT, ROW, "SEVERITY", "CODE", "COUNT", "WHAT / EXAMPLES"));
            for (Finding f : result.findings()) {
                out.append(String.format(Locale.ROOT, ROW, f.severity().name().toLowerCase(Locale.ROOT), f.code(), f.count(), f.message()));
                // Notes only need a taste of their examples; problems show all that were kept.
                int shown = Math.min(f.examples().size(), f.severity() == Severity.INFO ? INFO_EXAMPLES : f.examples().size());
                for (String e : f.examples().subList(0, shown)) out.append(String.format(Locale.ROOT, MORE, "", "", "", "· " + e));
                if (f.count() > shown && shown > 0) {
                    out.append(String.format(Locale.ROOT, MORE, "", "", "", "· … and " + (f.count() - shown) + " more"));
                }
            }
        }
        out.append(String.format(Locale.ROOT, "%nTotals: %d error(s), %d warning(s), %d note(s)%n",
                result.count(Severity.ERROR), result.count(Severity.WARNING), result.count(Severity.INFO)));
        out.append(String.format(Locale.ROOT, "Status: %s — read %d, inserted %d, versions closed %d, skipped %d%n",
                j.status().code(), j.read(), j.inserted(), j.closed(), j.skipped()));
        out.append(switch (j.status()) {
            case COMMITTED -> "Committed in one transaction.\n";
            case DRY_RUN -> "Dry run: nothing was written.\n";
            case UNCHANGED -> "Already loaded: nothing was written.\n";
            case FAILED -> "Nothing was written.\n";
        });
        return out.toString();
    }
}
