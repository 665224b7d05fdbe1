package kz.aumaq.gis.style.sld;

import java.util.List;
import kz.aumaq.gis.style.Style;

/**
 * A style read from SLD, with what the document said that the style does not keep: metadata
 * (abstracts) and drawing hints this renderer does not follow (line joins, labels along lines or
 * rotated, vendor options). Each entry is {@code path: what was ignored}; nothing is dropped unreported.
 */
public record SldImport(Style style, List<String> ignored) {

    public SldImport {
        ignored = List.copyOf(ignored);
    }
}
