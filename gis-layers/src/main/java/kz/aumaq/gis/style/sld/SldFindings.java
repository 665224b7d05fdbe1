package kz.aumaq.gis.style.sld;

import java.util.ArrayList;
import java.util.List;

/** What reading one document found wrong (unsupported) or let pass without keeping (ignored). */
final class SldFindings {

    private final List<String> unsupported = new ArrayList<>();
    private final List<String> ignored = new ArrayList<>();

    void unsupported(String path, String reason) {
        unsupported.add(path + ": " + reason);
    }

    void ignored(String path, String reason) {
        ignored.add(path + ": " + reason);
    }

    int unsupportedCount() {
        return unsupported.size();
    }

    boolean hasUnsupported() {
        return !unsupported.isEmpty();
    }

    List<String> unsupported() {
        return unsupported;
    }

    List<String> ignored() {
        return ignored;
    }
}
