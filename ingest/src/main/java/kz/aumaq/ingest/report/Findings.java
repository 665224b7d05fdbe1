package kz.aumaq.ingest.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects findings while a file is read and checked: the same code seen many times becomes one
 * {@link Finding} with a count and the first examples.
 */
public final class Findings {

    private final Map<String, Builder> byCode = new LinkedHashMap<>();

    /** Records one occurrence; the first message given for a code is kept. */
    public Findings add(Severity severity, String code, String message, String example) {
        Builder b = byCode.computeIfAbsent(code, c -> new Builder(severity, c, message));
        b.count++;
        if (example != null && b.examples.size() < Finding.MAX_EXAMPLES) b.examples.add(example);
        return this;
    }

    public Findings add(Finding f) {
        Builder b = byCode.computeIfAbsent(f.code(), c -> new Builder(f.severity(), c, f.message()));
        b.count += f.count();
        for (String e : f.examples()) if (b.examples.size() < Finding.MAX_EXAMPLES) b.examples.add(e);
        return this;
    }

    public boolean hasErrors() {
        return byCode.values().stream().anyMatch(b -> b.severity == Severity.ERROR);
    }

    public List<Finding> list() {
        List<Finding> out = new ArrayList<>();
        for (Builder b : byCode.values()) out.add(new Finding(b.severity, b.code, b.message, b.count, b.examples));
        out.sort((a, c) -> a.severity().compareTo(c.severity()));
        return out;
    }

    private static final class Builder {
        final Severity severity;
        final String code;
        final String message;
        int count;
        final List<String> examples = new ArrayList<>();

        Builder(Severity severity, String code, String message) {
            this.severity = severity;
            this.code = code;
            this.message = message;
        }
    }
}
