package kz.aumaq.gis.unit;

import java.util.List;

/** A write refused because units break the hierarchy's invariants; lists every problem found. */
public class UnitInvariantViolation extends RuntimeException {
    private final List<String> problems;

    public UnitInvariantViolation(List<String> problems) {
        super(problems.size() + " unit(s) refused: " + String.join("; ", problems.subList(0, Math.min(10, problems.size())))
                + (problems.size() > 10 ? "; …" : ""));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
