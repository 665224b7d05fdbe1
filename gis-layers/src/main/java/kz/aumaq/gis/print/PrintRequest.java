package kz.aumaq.gis.print;

import java.time.LocalDate;
import kz.aumaq.gis.text.Lang;
import kz.aumaq.gis.wms.GetMapRequest;

/**
 * A fully validated print: the map exactly as a WMS GetMap at the print DPI would draw it, and what
 * goes around it on the sheet.
 *
 * @param map       layers (groups expanded, bottom to top), styles, CRS, bbox, size in pixels at {@code map.view().dpi()}, date, language
 * @param title     the sheet's title, already in {@code lang}
 * @param asOf      the as-of date the client asked for, or null when it asked for none (today's boundaries)
 * @param printedOn the day of printing, shown on the sheet and in the file name
 */
public record PrintRequest(GetMapRequest map, String title, Lang lang, PrintFormat format, LocalDate asOf, LocalDate printedOn) {

    public double dpi() {
        return map.view().dpi();
    }

    /** {@code aumaq-map-20261123.png}: what the download is saved as. */
    public String fileName() {
        return "aumaq-map-" + printedOn.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + "." + format.extension;
    }
}
