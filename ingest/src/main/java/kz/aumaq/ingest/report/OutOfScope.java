package kz.aumaq.ingest.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The report's word for a load that reaches outside the user's territory: one error, the units
 * concerned as examples. Checks and the refused commit report it the same way.
 */
public final class OutOfScope {

    public static final String CODE = "out-of-scope";
    static final String MESSAGE = "outside your territory: a user may only change data of the units in their scope; nothing is written";

    private OutOfScope() {
    }

    /** The findings for these problems (from the territory guard): none when there are none. */
    public static List<Finding> findings(List<String> problems) {
        if (problems.isEmpty()) return List.of();
        return List.of(Finding.error(CODE, MESSAGE, problems.size(), problems));
    }

    /** The target's findings with the territory's added. */
    public static List<Finding> with(List<Finding> findings, List<String> problems) {
        if (problems.isEmpty()) return findings;
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(findings(problems));
        return all;
    }
}
