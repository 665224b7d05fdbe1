package kz.aumaq.gis.style.sld;

import java.util.List;

/**
 * An SLD document that cannot become a style as written. Lists every problem found, each as
 * {@code path: reason} (e.g. {@code Rule[2]/PolygonSymbolizer/Fill/GraphicFill: graphic fills are
 * not supported}), so the author can fix them all in one go.
 */
public class SldException extends RuntimeException {
    private final List<String> problems;

    public SldException(List<String> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    private static String message(List<String> problems) {
        return "The SLD cannot be used as a style (" + problems.size() + (problems.size() == 1 ? " problem): " : " problems): ")
                + String.join("; ", problems);
    }
}
