package kz.aumaq.gis.image;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/** Pictures for icon tests, as data: URIs. */
public final class TestIcons {

    /** A loud colour no map style uses, so its pixels are easy to find. */
    public static final Color MAGENTA = new Color(0xff00ff);

    private TestIcons() {
    }

    /** A solid rectangle encoded as png, gif or jpeg. */
    public static String dataUri(Color color, int width, int height, String format) {
        BufferedImage img = new BufferedImage(width, height, format.equals("png") ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) for (int x = 0; x < width; x++) img.setRGB(x, y, color.getRGB());
        return "data:image/" + format + ";base64," + Base64.getEncoder().encodeToString(bytes(img, format));
    }

    public static byte[] bytes(BufferedImage img, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(img, format, out)) throw new IllegalStateException("no writer for " + format);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
