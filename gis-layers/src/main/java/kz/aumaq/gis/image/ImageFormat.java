package kz.aumaq.gis.image;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The picture formats the map services write. */
public enum ImageFormat {
    /** PNG, lossless: indexed when the picture has at most 256 colours, else 24/32-bit. */
    PNG("image/png", "png"),
    /** PNG always 24-bit RGB (32-bit RGBA when transparent), for clients that insist on it. */
    PNG24("image/png; mode=24bit", "png"),
    /** PNG reduced to at most 256 colours. */
    PNG8("image/png8", "png"),
    JPEG("image/jpeg", "jpg");

    public final String mimeType;
    public final String extension;

    ImageFormat(String mimeType, String extension) {
        this.mimeType = mimeType;
        this.extension = extension;
    }

    /** What {@code Content-Type} to answer with (PNG8 is still a PNG). */
    public String contentType() {
        return this == PNG8 || this == PNG24 ? "image/png" : mimeType;
    }

    public boolean supportsTransparency() {
        return this != JPEG;
    }

    /** The names clients use: {@code image/png}, {@code image/png8}, {@code image/png; mode=8bit}, {@code png}, {@code image/jpeg}… */
    public static Optional<ImageFormat> fromName(String name) {
        if (name == null) return Optional.empty();
        String n = name.trim().toLowerCase(Locale.ROOT).replace(" ", "");
        return switch (n) {
            case "image/png", "png" -> Optional.of(PNG);
            case "image/png24", "png24", "image/png;mode=24bit" -> Optional.of(PNG24);
            case "image/png8", "png8", "image/png;mode=8bit" -> Optional.of(PNG8);
            case "image/jpeg", "image/jpg", "jpeg", "jpg" -> Optional.of(JPEG);
            default -> Optional.empty();
        };
    }

    /** The names advertised in capabilities. */
    public static List<String> advertised() {
        return List.of("image/png", "image/png8", "image/png; mode=24bit", "image/jpeg");
    }
}
