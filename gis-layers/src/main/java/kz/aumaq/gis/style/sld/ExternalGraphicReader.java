package kz.aumaq.gis.style.sld;

import java.util.Locale;
import kz.aumaq.gis.image.IconException;
import kz.aumaq.gis.image.IconImages;
import kz.aumaq.gis.style.Symbolizer;

/**
 * An {@code ExternalGraphic}: an {@code OnlineResource} whose {@code xlink:href} is a
 * {@code data:} URI or a built-in {@code icon:<name>}, and its {@code Format}. The picture is
 * decoded here, so a style that would fail to draw is refused when it is uploaded, with the reason
 * (network URL, SVG, not a picture…) at the element that holds it.
 */
final class ExternalGraphicReader {

    /** What the Graphic around it needs: the icon's href and format, and its own height for a missing Size. */
    record Picture(String href, String format, double height) {
    }

    /** @return the picture, or null when something is wrong with it (already reported) */
    Picture read(SldNode e) {
        int before = e.problems();
        SldNode link = null;
        String format = null;
        boolean formatted = false;
        for (SldNode c : e.children()) {
            switch (c.name()) {
                case "OnlineResource" -> {
                    if (link != null) c.unsupported("one OnlineResource per ExternalGraphic");
                    else link = c;
                }
                case "Format" -> {
                    formatted = true;
                    format = format(c);
                }
                case "InlineContent" -> c.unsupported("inline content is not supported; put the picture in an OnlineResource as a data:image/png;base64,… URI");
                case "ColorReplacement" -> c.unsupported("colour replacement is not supported");
                default -> c.unsupported("not supported in an ExternalGraphic");
            }
        }
        if (!formatted) e.unsupported("an ExternalGraphic needs a Format: image/png, image/gif or image/jpeg");
        double height = 0;
        if (link == null) {
            e.unsupported("an ExternalGraphic needs an OnlineResource with a data: URI or icon:<name>");
        } else {
            String href = link.attribute(SldNode.XLINK, "href");
            if (href == null || href.isBlank()) {
                link.unsupported("an OnlineResource needs an xlink:href: a data:image/png;base64,… URI or icon:<name>");
            } else {
                try {
                    height = IconImages.load(href.strip()).getHeight();
                } catch (IconException x) {
                    link.unsupported(x.getMessage());
                }
            }
        }
        if (e.problems() > before) return null;
        return new Picture(link.attribute(SldNode.XLINK, "href").strip(), format, height);
    }

    private static String format(SldNode f) {
        String v = f.required("a format is required: image/png, image/gif or image/jpeg");
        if (v == null) return null;
        String format = v.strip().toLowerCase(Locale.ROOT);
        if (format.contains("svg")) {
            f.unsupported("SVG (" + v + ") is not supported; use image/png, image/gif or image/jpeg");
        } else if (!Symbolizer.Icon.FORMATS.contains(format)) {
            f.unsupported("format " + v + " is not supported; use image/png, image/gif or image/jpeg");
        }
        return format;
    }
}
