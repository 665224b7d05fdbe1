package kz.aumaq.gis.print;

import java.util.Locale;
import java.util.Optional;

/** What a print is delivered as: the sheet as a picture, or as a one-page PDF sized to print at its DPI. */
public enum PrintFormat {
    PNG("image/png", "png"),
    PDF("application/pdf", "pdf");

    public final String contentType;
    public final String extension;

    PrintFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    /** {@code png} or {@code pdf} (or their MIME types); empty for anything else. */
    public static Optional<PrintFormat> fromName(String name) {
        if (name == null) return Optional.empty();
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (PrintFormat f : values()) {
            if (n.equals(f.extension) || n.equals(f.contentType)) return Optional.of(f);
        }
        return Optional.empty();
    }
}
