package kz.aumaq.gis.territory;

import java.util.List;

/** A write refused because it reaches outside the writer's territory; nothing was written. */
public class OutOfScopeException extends RuntimeException {

    private final List<String> problems;

    public OutOfScopeException(List<String> problems) {
        super(problems.size() == 1 ? problems.get(0) : problems.size() + " objects are outside your territory: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
