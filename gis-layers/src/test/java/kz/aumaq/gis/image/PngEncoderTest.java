package kz.aumaq.gis.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngEncoderTest {

    private static BufferedImage decode(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static BufferedImage gradient(int type) {
        BufferedImage img = new BufferedImage(64, 32, type);
        for (int y = 0; y < 32; y++) for (int x = 0; x < 64; x++) img.setRGB(x, y, new Color(x * 4, y * 8, (x + y) * 2, type == BufferedImage.TYPE_INT_ARGB ? x * 4 : 255).getRGB());
        return img;
    }

    @Test
    void trueColourIsLossless() throws IOException {
        BufferedImage img = gradient(BufferedImage.TYPE_INT_RGB);
        BufferedImage back = decode(PngEncoder.encode(img, PngEncoder.Colours.LOSSLESS));
        assertThat(back.getWidth()).isEqualTo(64);
        for (int y = 0; y < 32; y++) for (int x = 0; x < 64; x++) assertThat(back.getRGB(x, y)).isEqualTo(img.getRGB(x, y));
    }

    @Test
    void alphaIsKept() throws IOException {
        BufferedImage img = gradient(BufferedImage.TYPE_INT_ARGB);
        BufferedImage back = decode(PngEncoder.encode(img, PngEncoder.Colours.LOSSLESS));
        assertThat(back.getColorModel().hasAlpha()).isTrue();
        assertThat(back.getRGB(10, 5)).isEqualTo(img.getRGB(10, 5));
        assertThat(back.getRGB(0, 0) >>> 24).isZero();
    }

    @Test
    void paletteIsExactWhenColoursFitAndCloseWhenTheyDoNot() throws IOException {
        BufferedImage few = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 16; y++) for (int x = 0; x < 16; x++) few.setRGB(x, y, (x < 8 ? 0xcc0000 : 0x0000cc));
        BufferedImage back = decode(PngEncoder.encode(few, PngEncoder.Colours.PALETTE));
        assertThat(back.getRGB(2, 2) & 0xffffff).isEqualTo(0xcc0000);
        assertThat(back.getRGB(12, 2) & 0xffffff).isEqualTo(0x0000cc);

        BufferedImage many = gradient(BufferedImage.TYPE_INT_RGB);
        byte[] png = PngEncoder.encode(many, PngEncoder.Colours.PALETTE);
        BufferedImage reduced = decode(png);
        Set<Integer> colours = new HashSet<>();
        long totalError = 0;
        for (int y = 0; y < 32; y++) for (int x = 0; x < 64; x++) {
            colours.add(reduced.getRGB(x, y));
            Color a = new Color(many.getRGB(x, y));
            Color b = new Color(reduced.getRGB(x, y));
            int error = Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen()) + Math.abs(a.getBlue() - b.getBlue());
            assertThat(error).isLessThan(48);
            totalError += error;
        }
        // 2,048 colours of a smooth gradient (the worst case; maps have few) squeezed into 256.
        assertThat(totalError / 2048.0).isLessThan(12);
        assertThat(colours.size()).isLessThanOrEqualTo(256);
        assertThat(png[25]).as("PNG colour type 3 = palette").isEqualTo((byte) 3);
    }

    @Test
    void losslessPngIsIndexedOnlyWhenNothingIsLostAndPng24NeverIs() throws IOException {
        BufferedImage few = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 16; y++) for (int x = 0; x < 16; x++) few.setRGB(x, y, x < 8 ? 0xcc0000 : 0x0000cc);
        byte[] indexed = PngEncoder.encode(few, PngEncoder.Colours.LOSSLESS);
        assertThat(indexed[25]).as("palette").isEqualTo((byte) 3);
        BufferedImage back = decode(indexed);
        for (int y = 0; y < 16; y++) for (int x = 0; x < 16; x++) assertThat(back.getRGB(x, y)).isEqualTo(few.getRGB(x, y));
        assertThat(PngEncoder.encode(few, PngEncoder.Colours.TRUE_COLOUR)[25]).as("RGB").isEqualTo((byte) 2);
        assertThat(PngEncoder.encode(gradient(BufferedImage.TYPE_INT_RGB), PngEncoder.Colours.LOSSLESS)[25]).as("too many colours").isEqualTo((byte) 2);
        assertThat(ImageFormat.fromName("image/png; mode=24bit")).contains(ImageFormat.PNG24);
    }

    @Test
    void formatsAreFoundByTheNamesClientsUse() {
        assertThat(ImageFormat.fromName("image/png; mode=8bit")).contains(ImageFormat.PNG8);
        assertThat(ImageFormat.fromName("IMAGE/PNG")).contains(ImageFormat.PNG);
        assertThat(ImageFormat.fromName("image/jpeg")).contains(ImageFormat.JPEG);
        assertThat(ImageFormat.fromName("image/gif")).isEmpty();
    }
}
