package kz.aumaq.ingest.report;

import java.util.List;

/**
 * One kind of problem (or notable fact) found in a file, with how often it occurs and a few
 * examples (feature ids, row numbers, values) so the user can find them.
 *
 * @param code     stable machine-readable name, e.g. {@code invalid-geometry}, {@code unknown-parent}
 * @param examples at most {@link #MAX_EXAMPLES} of them
 */
public record Finding(Severity severity, String code, String message, int count, List<String> examples) {

    public static final int MAX_EXAMPLES = 10;

    public Finding {
        examples = List.copyOf(examples.size() > MAX_EXAMPLES ? examples.subList(0, MAX_EXAMPLES) : examples);
    }

    public static Finding error(String code, String message, int count, List<String> examples) {
        return new Finding(Severity.ERROR, code, message, count, examples);
    }

    public static Finding warning(String code, String message, int count, List<String> examples) {
        return new Finding(Severity.WARNING, code, message, count, examples);
    }

    public static Finding info(String code, String message) {
        return new Finding(Severity.INFO, code, message, 1, List.of());
    }
}
