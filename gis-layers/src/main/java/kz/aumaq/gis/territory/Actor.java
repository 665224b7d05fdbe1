package kz.aumaq.gis.territory;

import java.util.Objects;

/**
 * Who changes data, as far as the data layer needs to know: a name for the records (ingest jobs,
 * audit) and the territory they may change.
 */
public record Actor(String name, TerritorialScope scope) {

    /** Not signed in: may change nothing. */
    public static final Actor ANONYMOUS = new Actor("anonymous", TerritorialScope.nowhere());

    public Actor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scope, "scope");
    }

    /** A trusted party without territorial limits: the command-line operator, a start-up loader. */
    public static Actor operator(String name) {
        return new Actor(name, TerritorialScope.everywhere());
    }
}
