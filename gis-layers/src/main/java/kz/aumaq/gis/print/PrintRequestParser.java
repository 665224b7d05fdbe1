package kz.aumaq.gis.print;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import kz.aumaq.gis.layer.LayerAccess;
import kz.aumaq.gis.layer.LayerCatalog;
import kz.aumaq.gis.text.Lang;
import kz.aumaq.gis.unit.InvalidParameterException;
import kz.aumaq.gis.wms.GetMapRequest;
import kz.aumaq.gis.wms.WmsException;
import kz.aumaq.gis.wms.WmsLimits;
import kz.aumaq.gis.wms.WmsRequestParser;

/**
 * Turns {@code /api/print} parameters into a {@link PrintRequest}, validating every one of them
 * and the size of the sheet, without touching the database. The map part is handed to the WMS
 * GetMap parser as the equivalent GetMap at the print DPI, so layers, groups, styles, CRSs, axis
 * order and as-of dates mean exactly what they mean in WMS, and layer names are looked up in the
 * catalog in that one place — as the viewer sees it: a layer they may not see cannot be printed.
 */
public final class PrintRequestParser {

    public static final int MAX_SIZE = 2000;
    public static final double MIN_DPI = 72;
    public static final double MAX_DPI = 300;
    public static final double DEFAULT_DPI = 150;
    public static final int MAX_TITLE = 200;
    /** Browsers' CSS pixel: 1/96 inch. */
    static final double CSS_DPI = 96;

    private final LayerCatalog catalog;
    private final WmsRequestParser wms;
    private final WmsLimits limits;
    private final Clock clock;

    public PrintRequestParser(LayerCatalog catalog, WmsRequestParser wms, WmsLimits limits, Clock clock) {
        this.catalog = catalog;
        this.wms = wms;
        this.limits = limits;
        this.clock = clock;
    }

    /** An anonymous print: public layers only. */
    public PrintRequest parse(Map<String, String> params) {
        return parse(params, LayerAccess.PUBLIC);
    }

    public PrintRequest parse(Map<String, String> params, LayerAccess access) {
        PrintFormat format = format(params.get("format"));
        Lang lang = lang(params.get("lang"));
        double dpi = dpi(params.get("dpi"));
        int width = size("width", params.get("width"));
        int height = size("height", params.get("height"));
        String title = title(params.get("title"));
        LocalDate asOf = date(params.get("time"));
        String layers = required("layers", params.get("layers"), "a comma list of layer or group names from /api/layers");
        String bbox = required("bbox", params.get("bbox"), "minx,miny,maxx,maxy in crs");
        int mapWidth = printPixels(width, dpi, "width", limits.maxWidth());
        int mapHeight = printPixels(height, dpi, "height", limits.maxHeight());

        Map<String, String> getMap = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        getMap.put("SERVICE", "WMS");
        getMap.put("VERSION", "1.3.0");
        getMap.put("REQUEST", "GetMap");
        getMap.put("LAYERS", layers);
        getMap.put("STYLES", params.getOrDefault("styles", ""));
        getMap.put("CRS", blank(params.get("crs")) ? "EPSG:3857" : params.get("crs"));
        getMap.put("BBOX", bbox);
        getMap.put("WIDTH", Integer.toString(mapWidth));
        getMap.put("HEIGHT", Integer.toString(mapHeight));
        getMap.put("FORMAT", "image/png");
        getMap.put("DPI", Double.toString(dpi));
        getMap.put("LANGUAGE", lang.code());
        if (asOf != null) getMap.put("TIME", asOf.toString());
        GetMapRequest map;
        try {
            map = wms.map(getMap, access);
        } catch (WmsException e) {
            throw new InvalidParameterException(parameter(e.locator()), e.getMessage());
        }

        if (title == null) title = defaultTitle(layers, map, lang, access);
        PrintRequest request = new PrintRequest(map, title, lang, format, asOf, LocalDate.now(clock));
        checkSheet(request);
        return request;
    }

    /** The first named layer's (or group's) title: what the map mainly shows. */
    private String defaultTitle(String layers, GetMapRequest map, Lang lang, LayerAccess access) {
        String first = layers.split(",")[0].trim();
        String title = catalog.view(access).group(first).map(g -> g.title().in(lang))
                .orElseGet(() -> map.layers().get(0).layer().title().in(lang));
        return title.isEmpty() ? first : title;
    }

    /** The whole sheet (with the demo notice, the largest it gets) and the map drawn into it must fit the memory allowed per request. */
    private void checkSheet(PrintRequest request) {
        PrintSheet sheet = new PrintSheet(request, true);
        if (sheet.width() > limits.maxWidth() || sheet.height() > limits.maxHeight()) {
            throw new InvalidParameterException(sheet.width() > limits.maxWidth() ? "width" : "height",
                    "the sheet would be " + sheet.width() + "×" + sheet.height() + " pixels at " + fmt(request.dpi())
                            + " dpi; the largest allowed is " + limits.maxWidth() + "×" + limits.maxHeight() + ": lower width, height or dpi");
        }
        long bytes = 4L * ((long) sheet.width() * sheet.height() + (long) request.map().view().width() * request.map().view().height());
        if (bytes > limits.maxMemoryBytes()) {
            throw new InvalidParameterException("width", "a " + sheet.width() + "×" + sheet.height() + " sheet at " + fmt(request.dpi())
                    + " dpi needs more memory than the " + limits.maxMemoryBytes() / (1024 * 1024) + " MiB allowed per request: lower width, height or dpi");
        }
    }

    /** The map's size in print pixels: CSS pixels are 1/96 inch, so the map keeps its size on paper. */
    private static int printPixels(int cssPixels, double dpi, String parameter, int max) {
        int pixels = (int) Math.round(cssPixels * dpi / CSS_DPI);
        if (pixels > max) {
            throw new InvalidParameterException(parameter, parameter + " " + cssPixels + " at " + fmt(dpi) + " dpi is " + pixels
                    + " pixels; the largest map allowed is " + max + ": lower " + parameter + " or dpi");
        }
        return Math.max(pixels, 1);
    }

    /** WMS names its parameters in capitals; ours are lower case. */
    private static String parameter(String locator) {
        return locator == null ? null : locator.toLowerCase(Locale.ROOT);
    }

    private static PrintFormat format(String value) {
        if (blank(value)) return PrintFormat.PNG;
        return PrintFormat.fromName(value).orElseThrow(() -> new InvalidParameterException("format", "format must be png or pdf, got '" + value + "'"));
    }

    private static Lang lang(String value) {
        if (blank(value)) return Lang.DEFAULT;
        return Lang.fromCode(value).orElseThrow(() -> new InvalidParameterException("lang", "lang must be kk, ru or en, got '" + value + "'"));
    }

    private static double dpi(String value) {
        if (blank(value)) return DEFAULT_DPI;
        double dpi;
        try {
            dpi = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("dpi", "dpi must be a number from 72 to 300, got '" + value + "'");
        }
        if (!(dpi >= MIN_DPI && dpi <= MAX_DPI)) throw new InvalidParameterException("dpi", "dpi must be from 72 to 300, got " + value.trim());
        return dpi;
    }

    private static int size(String parameter, String value) {
        required(parameter, value, "the map's size on screen in CSS pixels, 1 to " + MAX_SIZE);
        int n;
        try {
            n = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(parameter, parameter + " must be a whole number of CSS pixels, got '" + value + "'");
        }
        if (n < 1 || n > MAX_SIZE) throw new InvalidParameterException(parameter, parameter + " must be from 1 to " + MAX_SIZE + ", got " + n);
        return n;
    }

    /** Control characters (line breaks included) would print as boxes: they become spaces. */
    private static String title(String value) {
        if (value == null) return null;
        String t = value.replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}]", " ").replaceAll("\\s+", " ").strip();
        if (t.isEmpty()) return null;
        if (t.codePointCount(0, t.length()) > MAX_TITLE) {
            throw new InvalidParameterException("title", "title must be at most " + MAX_TITLE + " characters");
        }
        return t;
    }

    private static LocalDate date(String value) {
        if (blank(value)) return null;
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException("time", "time must be a date YYYY-MM-DD (the boundaries as of that day), got '" + value + "'");
        }
    }

    private static String required(String parameter, String value, String what) {
        if (blank(value)) throw new InvalidParameterException(parameter, parameter + " is required: " + what);
        return value;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String fmt(double dpi) {
        return dpi == Math.rint(dpi) ? Long.toString((long) dpi) : Double.toString(dpi);
    }
}
