package kz.aumaq.gis.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class IconImagesTest {

    @Test
    void aDataUriDecodesToItsPicture() {
        BufferedImage img = IconImages.load(TestIcons.dataUri(TestIcons.MAGENTA, 10, 20, "png"));
        assertThat(img.getWidth()).isEqualTo(10);
        assertThat(img.getHeight()).isEqualTo(20);
        assertThat(img.getRGB(5, 10)).isEqualTo(TestIcons.MAGENTA.getRGB());
    }

    @Test
    void gifAndJpegDecodeToo() {
        assertThat(IconImages.load(TestIcons.dataUri(Color.BLUE, 8, 8, "gif")).getRGB(4, 4)).isEqualTo(Color.BLUE.getRGB());
        int jpeg = IconImages.load(TestIcons.dataUri(Color.BLUE, 8, 8, "jpeg")).getRGB(4, 4);
        assertThat(jpeg & 0xff).isGreaterThan(200);
        assertThat((jpeg >> 16) & 0xff).isLessThan(40);
    }

    @Test
    void base64BrokenByWhitespaceStillDecodes() {
        String uri = TestIcons.dataUri(TestIcons.MAGENTA, 4, 4, "png");
        String wrapped = uri.substring(0, 40) + "\n   " + uri.substring(40);
        assertThat(IconImages.load(wrapped).getRGB(1, 1)).isEqualTo(TestIcons.MAGENTA.getRGB());
    }

    @Test
    void builtInIconsAre32PixelsAndOpaqueInTheMiddle() {
        for (String name : IconImages.BUILT_IN) {
            BufferedImage img = IconImages.load("icon:" + name);
            assertThat(img.getWidth()).as(name).isEqualTo(32);
            assertThat(img.getHeight()).as(name).isEqualTo(32);
            assertThat(img.getRGB(16, 6) >>> 24).as(name).isEqualTo(255);
            assertThat(img.getRGB(0, 0) >>> 24).as(name + " corner").isZero();
        }
    }

    @Test
    void decodedPicturesAreKept() {
        assertThat(IconImages.load("icon:psc")).isSameAs(IconImages.load("icon:psc"));
        assertThat(IconImages.resized("icon:psc", 16)).isSameAs(IconImages.resized("icon:psc", 16.2));
    }

    @Test
    void resizingKeepsTheProportions() {
        String tall = TestIcons.dataUri(TestIcons.MAGENTA, 10, 20, "png");
        BufferedImage half = IconImages.resized(tall, 10);
        assertThat(half.getWidth()).isEqualTo(5);
        assertThat(half.getHeight()).isEqualTo(10);
        assertThat(half.getRGB(2, 5)).isEqualTo(TestIcons.MAGENTA.getRGB());
        BufferedImage small = IconImages.resized("icon:school", 12);
        assertThat(small.getWidth()).isEqualTo(12);
        assertThat(IconImages.resized("icon:school", 32)).isSameAs(IconImages.load("icon:school"));
    }

    @Test
    void unknownBuiltInIconsNameTheOnesThereAre() {
        assertThatThrownBy(() -> IconImages.load("icon:hospital")).isInstanceOf(IconException.class)
                .hasMessage("no built-in icon 'hospital'; built-in icons: investment-site, psc, school");
        // Names are looked up, never turned into paths.
        assertThatThrownBy(() -> IconImages.load("icon:../../kz/aumaq/gis/image/IconImages.class")).isInstanceOf(IconException.class)
                .hasMessageStartingWith("no built-in icon");
    }

    @Test
    void networkUrlsAreNeverFetched() {
        for (String url : new String[] {"http://example.com/psc.png", "HTTPS://example.com/psc.png", "ftp://example.com/psc.png"}) {
            assertThatThrownBy(() -> IconImages.load(url)).isInstanceOf(IconException.class)
                    .hasMessageContaining("never fetched over the network").hasMessageContaining("data:image/png;base64");
        }
    }

    @Test
    void filesAndOtherSchemesAreRefused() {
        assertThatThrownBy(() -> IconImages.load("file:///etc/passwd")).isInstanceOf(IconException.class)
                .hasMessage("only data: URIs and built-in icon:<name> are supported, not 'file:///etc/passwd'");
        assertThatThrownBy(() -> IconImages.load("icons/psc.png")).isInstanceOf(IconException.class)
                .hasMessageStartingWith("only data: URIs and built-in icon:<name>");
        assertThatThrownBy(() -> IconImages.load(" ")).isInstanceOf(IconException.class).hasMessageStartingWith("an icon needs an href");
    }

    @Test
    void svgIsRefusedWhetherDeclaredOrNot() {
        String svg = Base64.getEncoder().encodeToString("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> IconImages.load("data:image/svg+xml;base64," + svg)).isInstanceOf(IconException.class)
                .hasMessage("SVG icons are not supported; use a PNG, GIF or JPEG picture");
        assertThatThrownBy(() -> IconImages.load("data:image/png;base64," + svg)).isInstanceOf(IconException.class)
                .hasMessage("SVG icons are not supported; use a PNG, GIF or JPEG picture");
    }

    @Test
    void badDataUrisSayWhatIsWrong() {
        assertThatThrownBy(() -> IconImages.load("data:image/png,%89PNG")).hasMessageContaining("must be base64-encoded");
        assertThatThrownBy(() -> IconImages.load("data:image/png;base64,***")).hasMessage("the data: URI is not valid base64");
        assertThatThrownBy(() -> IconImages.load("data:image/png;base64")).hasMessageContaining("needs a comma");
        assertThatThrownBy(() -> IconImages.load("data:text/plain;base64,aGVsbG8=")).hasMessageContaining("type text/plain is not supported");
        assertThatThrownBy(() -> IconImages.load("data:image/png;base64,aGVsbG8=")).hasMessage("the icon is not a PNG, GIF or JPEG picture");
    }

    @Test
    void hugePicturesAreRefusedBeforeDecoding() {
        assertThatThrownBy(() -> IconImages.load(TestIcons.dataUri(Color.RED, 600, 4, "png")))
                .isInstanceOf(IconException.class).hasMessage("the icon is 600×4 pixels; at most 512×512");
        String big = "data:image/png;base64," + "A".repeat(IconImages.MAX_BYTES * 2);
        assertThatThrownBy(() -> IconImages.load(big)).hasMessageContaining("larger than 512 KiB");
    }
}
