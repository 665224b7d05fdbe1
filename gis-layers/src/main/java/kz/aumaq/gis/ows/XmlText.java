package kz.aumaq.gis.ows;

/**
 * Text made fit for XML 1.0. OGC documents echo what clients send (exception messages quote
 * parameters, capabilities carry user-edited titles), and a control character such as a NUL from
 * {@code %00} would otherwise make the XML writer fail: such characters become U+FFFD.
 */
public final class XmlText {

    private XmlText() {
    }

    public static String safe(String text) {
        if (text == null) return "";
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> b.appendCodePoint(c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF) ? c : 0xFFFD));
        return b.toString();
    }
}
