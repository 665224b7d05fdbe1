package kz.aumaq.gis.image;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageReader;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * The pictures of icon symbolizers, from {@code data:image/…;base64,…} URIs or the built-in set
 * ({@code icon:<name>}, PNGs under {@code /icons} on the classpath). Nothing is ever fetched over
 * the network or read from files: a style must not make the server call out. PNG, GIF and JPEG are
 * decoded with the JDK; SVG is refused. Decoded and resized pictures are kept per href, a bounded
 * number of each, so a map draws each icon from memory; callers must not draw into them.
 */
public final class IconImages {

    /** The names {@code icon:<name>} accepts; each is {@code /icons/<name>.png}, 32×32. */
    public static final List<String> BUILT_IN = List.of("investment-site", "psc", "school");

    /** Icons are small; these bounds keep a hostile document from exhausting memory. */
    static final int MAX_BYTES = 512 * 1024;
    static final int MAX_SIDE = 512;
    /** Drawn sizes beyond this are capped (a huge Size times a print DPI). */
    static final int MAX_DRAWN = 1024;

    private static final Set<String> DECODED_FORMATS = Set.of("png", "gif", "jpeg");
    private static final Map<String, BufferedImage> DECODED = bounded(64);
    private static final Map<Drawn, BufferedImage> RESIZED = bounded(512);

    private IconImages() {
    }

    /** The picture an href names, at its own size. */
    public static BufferedImage load(String href) {
        BufferedImage cached = DECODED.get(href);
        if (cached != null) return cached;
        // Decoded outside the map's lock: two threads may decode the same icon once each, which is harmless.
        BufferedImage image = decode(href);
        DECODED.put(href, image);
        return image;
    }

    /** The picture resized to {@code height} pixels (rounded, at least 1), its width in proportion. */
    public static BufferedImage resized(String href, double height) {
        int h = (int) Math.max(1, Math.min(MAX_DRAWN, Math.round(height)));
        Drawn key = new Drawn(href, h);
        BufferedImage cached = RESIZED.get(key);
        if (cached != null) return cached;
        BufferedImage image = resize(load(href), h);
        RESIZED.put(key, image);
        return image;
    }

    private static BufferedImage decode(String href) {
        if (href == null || href.isBlank()) throw new IconException("an icon needs an href: a data:image/png;base64,… URI or icon:<name>");
        String h = href.strip();
        String scheme = scheme(h);
        switch (scheme) {
            case "icon" -> {
                return builtIn(h.substring("icon:".length()));
            }
            case "data" -> {
                return decodeBytes(dataUri(h));
            }
            case "http", "https", "ftp" -> throw new IconException("icons are never fetched over the network (" + shortened(h)
                    + "); embed the picture as a data:image/png;base64,… URI or use a built-in icon:<name>");
            default -> throw new IconException("only data: URIs and built-in icon:<name> are supported, not " + shortened(h));
        }
    }

    private static BufferedImage builtIn(String name) {
        if (!BUILT_IN.contains(name)) {
            throw new IconException("no built-in icon " + shortened(name) + "; built-in icons: " + String.join(", ", BUILT_IN));
        }
        try (InputStream in = IconImages.class.getResourceAsStream("/icons/" + name + ".png")) {
            if (in == null) throw new IllegalStateException("built-in icon missing from the classpath: " + name);
            return decodeBytes(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code data:[<media type>][;parameters];base64,<data>}; only base64, as binary pictures are written. */
    private static byte[] dataUri(String uri) {
        int comma = uri.indexOf(',');
        if (comma < 0) throw new IconException("a data: URI needs a comma before its data (data:image/png;base64,…)");
        String[] header = uri.substring("data:".length(), comma).split(";");
        String mediaType = header[0].strip().toLowerCase(Locale.ROOT);
        if (!header[header.length - 1].strip().equalsIgnoreCase("base64")) {
            throw new IconException("a data: URI must be base64-encoded (data:image/png;base64,…)");
        }
        if (mediaType.contains("svg")) throw svg();
        if (!mediaType.isEmpty() && !mediaType.equals("image/png") && !mediaType.equals("image/gif") && !mediaType.equals("image/jpeg")) {
            throw new IconException("a data: URI of type " + mediaType + " is not supported; use image/png, image/gif or image/jpeg");
        }
        // XML attribute values and hand-wrapped documents may break the base64 text with spaces.
        String data = uri.substring(comma + 1).replaceAll("\\s+", "");
        if (data.length() > MAX_BYTES / 3 * 4 + 4) throw tooLarge();
        try {
            return Base64.getDecoder().decode(data);
        } catch (IllegalArgumentException e) {
            throw new IconException("the data: URI is not valid base64");
        }
    }

    private static BufferedImage decodeBytes(byte[] bytes) {
        if (bytes.length > MAX_BYTES) throw tooLarge();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            while (readers.hasNext()) {
                ImageReader reader = readers.next();
                if (!DECODED_FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) continue;
                try {
                    reader.setInput(in, true, true);
                    int width = reader.getWidth(0);
                    int height = reader.getHeight(0);
                    // Checked before decoding: a small file can declare a huge picture.
                    if (width > MAX_SIDE || height > MAX_SIDE) {
                        throw new IconException("the icon is " + width + "×" + height + " pixels; at most " + MAX_SIDE + "×" + MAX_SIDE);
                    }
                    return argb(reader.read(0));
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException e) {
            throw new IconException("the icon cannot be decoded: " + e.getMessage());
        }
        if (looksLikeXml(bytes)) throw svg();
        throw new IconException("the icon is not a PNG, GIF or JPEG picture");
    }

    private static BufferedImage argb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_ARGB) return image;
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return out;
    }

    private static BufferedImage resize(BufferedImage source, int height) {
        int width = (int) Math.max(1, Math.round(source.getWidth() * (double) height / source.getHeight()));
        if (width == source.getWidth() && height == source.getHeight()) return source;
        BufferedImage current = source;
        // One bilinear step skips source pixels when shrinking more than twofold; halving first keeps
        // every pixel contributing, so a 32 px icon drawn at 12 px does not sparkle.
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        return draw(current, width, height, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, Object interpolation) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(source, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    private static String scheme(String href) {
        int colon = href.indexOf(':');
        return colon <= 0 ? "" : href.substring(0, colon).toLowerCase(Locale.ROOT);
    }

    private static boolean looksLikeXml(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b) && b != (byte) 0xef && b != (byte) 0xbb && b != (byte) 0xbf) return b == '<';
        }
        return false;
    }

    /** Hrefs go into messages; a data: URI can be megabytes long. */
    private static String shortened(String s) {
        return s.length() <= 60 ? "'" + s + "'" : "'" + s.substring(0, 57) + "…'";
    }

    private static IconException svg() {
        return new IconException("SVG icons are not supported; use a PNG, GIF or JPEG picture");
    }

    private static IconException tooLarge() {
        return new IconException("the icon is larger than " + MAX_BYTES / 1024 + " KiB");
    }

    /** Least recently used entries go first; access order makes reads modify the map, hence synchronized. */
    private static <K, V> Map<K, V> bounded(int entries) {
        return Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > entries;
            }
        });
    }

    private record Drawn(String href, int height) {
    }
}
