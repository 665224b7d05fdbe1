package kz.aumaq.gis.wms;

import java.util.Locale;

/** How an error is answered: an XML report, or drawn into the requested picture. */
public enum ExceptionFormat {
    XML, INIMAGE, BLANK;

    /** Accepts the 1.3.0 names and the 1.1.1 MIME types; null if unknown. */
    public static ExceptionFormat parse(String value) {
        if (value == null || value.isBlank()) return XML;
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "xml", "application/vnd.ogc.se_xml", "text/xml" -> XML;
            case "inimage", "application/vnd.ogc.se_inimage" -> INIMAGE;
            case "blank", "application/vnd.ogc.se_blank" -> BLANK;
            default -> null;
        };
    }
}
