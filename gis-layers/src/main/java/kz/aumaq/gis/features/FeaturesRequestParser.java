package kz.aumaq.gis.features;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kz.aumaq.gis.layer.FieldInfo;
import kz.aumaq.gis.layer.Layer;
import kz.aumaq.gis.layer.LayerCatalog;
import kz.aumaq.gis.text.Lang;
import kz.aumaq.gis.geom.LonLatBox;

/**
 * Turns an OGC API – Features call into a validated request record. Reads the in-memory catalog
 * only, never the data: a bad request is refused before any work is done. Parameter names are
 * case-sensitive, as in the standard.
 */
public class FeaturesRequestParser {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 10_000;
    private static final Set<String> COMMON = Set.of("f", "lang");
    private static final Set<String> ITEMS = Set.of("f", "lang", "bbox", "bbox-crs", "crs", "limit", "offset", "datetime");
    private static final Set<String> ITEM = Set.of("f", "lang", "crs", "datetime");

    private final LayerCatalog catalog;
    private final Clock clock;

    public FeaturesRequestParser(LayerCatalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    /**
     * Landing page, conformance and collections. Unknown parameters are ignored here: the standard
     * asks for a 400 only on items, and cache-busting parameters should not break a catalogue page.
     */
    public Presentation presentation(FeaturesCall call) {
        return presentation(call, false);
    }

    /** The API definition exists only as JSON, whatever the Accept header: {@code f} may say json, nothing else. */
    public Lang apiLanguage(FeaturesCall call) {
        String f = single(call, "f");
        if (f != null && !f.trim().equalsIgnoreCase("json")) throw FeaturesException.notAcceptable("the API definition is only available as f=json");
        return language(call);
    }

    /** The layers published as collections: queryable, and visible to the caller. */
    public List<Layer> collections(FeaturesCall call) {
        return catalog.view(call.access()).layers().stream().filter(Layer::queryable).toList();
    }

    public CollectionRequest collection(FeaturesCall call, String collectionId) {
        Layer layer = layer(call, collectionId);
        return new CollectionRequest(layer, presentation(call, false));
    }

    public ItemsRequest items(FeaturesCall call, String collectionId) {
        Layer layer = layer(call, collectionId);
        Map<String, String> equals = new LinkedHashMap<>();
        Set<String> fields = new LinkedHashSet<>();
        for (FieldInfo f : layer.source().fields()) fields.add(f.name());
        for (String key : call.params().keySet()) {
            if (ITEMS.contains(key)) continue;
            if (!fields.contains(key)) {
                throw FeaturesException.badParameter("unknown parameter '" + key + "'; items take " + new TreeSet<>(ITEMS)
                        + " and the properties " + fields);
            }
            String value = single(call, key);
            if (value.isBlank()) throw FeaturesException.badParameter("property filter " + key + " needs a value");
            equals.put(key, value);
        }
        Presentation presentation = presentation(call, true);
        FeatureCrs crs = crs(call, "crs");
        FeatureCrs bboxCrs = crs(call, "bbox-crs");
        LonLatBox bbox = bbox(single(call, "bbox"), bboxCrs);
        LocalDate date = datetime(single(call, "datetime"));
        int limit = integer(call, "limit", DEFAULT_LIMIT, 1);
        // The standard: a limit above the maximum is not an error, the maximum applies.
        limit = Math.min(limit, MAX_LIMIT);
        int offset = integer(call, "offset", 0, 0);
        return new ItemsRequest(layer, bbox, crs, date, equals, limit, offset, presentation, call.params());
    }

    public ItemRequest item(FeaturesCall call, String collectionId, String featureId) {
        Layer layer = layer(call, collectionId);
        for (String key : call.params().keySet()) {
            if (!ITEM.contains(key)) throw FeaturesException.badParameter("unknown parameter '" + key + "'; a feature takes " + new TreeSet<>(ITEM));
        }
        return new ItemRequest(layer, featureId, crs(call, "crs"), datetime(single(call, "datetime")), presentation(call, true));
    }

    /** A collection the caller may not see is answered as one that does not exist. */
    private Layer layer(FeaturesCall call, String collectionId) {
        return collections(call).stream().filter(l -> l.name().equals(collectionId)).findFirst()
                .orElseThrow(() -> FeaturesException.notFound("no collection '" + collectionId + "'"));
    }

    private static Presentation presentation(FeaturesCall call, boolean features) {
        ResponseFormat format = ResponseFormat.negotiate(single(call, "f"), call.accept(), features);
        Lang lang = language(call);
        return new Presentation(format, lang, single(call, "lang") == null ? null : lang.code());
    }

    private static Lang language(FeaturesCall call) {
        String langParam = single(call, "lang");
        if (langParam == null) return fromAcceptLanguage(call.acceptLanguage());
        return Lang.fromCode(langParam).orElseThrow(() -> FeaturesException.badParameter("lang must be kk, ru or en, got '" + langParam + "'"));
    }

    private static Lang fromAcceptLanguage(String header) {
        for (AcceptHeader.Entry e : AcceptHeader.parse(header).entries()) {
            var lang = Lang.fromCode(e.value());
            if (lang.isPresent()) return lang.get();
        }
        return Lang.DEFAULT;
    }

    private static FeatureCrs crs(FeaturesCall call, String key) {
        String value = single(call, key);
        if (value == null) return FeatureCrs.STORAGE;
        return FeatureCrs.lookup(value).orElseThrow(() -> FeaturesException.badParameter(key + " " + value + " is not offered; use one of "
                + FeatureCrs.offered().stream().map(FeatureCrs::uri).toList()));
    }

    /**
     * Four numbers (or six, heights ignored) in the axis order of {@code crs}; null when absent. A
     * first longitude larger than the second is a box across the antimeridian
     * ({@code /req/core/fc-bbox-definition}).
     */
    static LonLatBox bbox(String value, FeatureCrs crs) {
        if (value == null) return null;
        String[] parts = value.split(",", -1);
        if (parts.length != 4 && parts.length != 6) {
            throw FeaturesException.badParameter("bbox must be 4 numbers (min1,min2,max1,max2 in the axis order of bbox-crs) or 6 with heights, got '" + value + "'");
        }
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw FeaturesException.badParameter("bbox value '" + parts[i].trim() + "' is not a number");
            }
            if (!Double.isFinite(v[i])) throw FeaturesException.badParameter("bbox values must be finite numbers");
        }
        double[] box = parts.length == 4 ? v : new double[] {v[0], v[1], v[3], v[4]};
        try {
            return crs.toLonLatBox(box);
        } catch (IllegalArgumentException e) {
            throw FeaturesException.badParameter("bbox '" + value + "': " + e.getMessage()
                    + (crs == FeatureCrs.EPSG_4326 ? " (EPSG:4326 is latitude first)" : ""));
        }
    }

    /**
     * The "as of" date: a date or an instant is that day (instants in UTC); an interval {@code a/b}
     * means the state at its end, and an open end ({@code ..} or empty) means today.
     */
    LocalDate datetime(String value) {
        LocalDate today = LocalDate.now(clock);
        if (value == null) return today;
        String v = value.trim();
        if (!v.contains("/")) {
            if (v.isEmpty() || v.equals("..")) throw FeaturesException.badParameter("datetime must be a date, an instant or an interval a/b, got '" + value + "'");
            return instant(v, value);
        }
        String[] ends = v.split("/", -1);
        if (ends.length != 2) throw FeaturesException.badParameter("datetime interval must be start/end, got '" + value + "'");
        LocalDate start = open(ends[0]) ? null : instant(ends[0].trim(), value);
        LocalDate end = open(ends[1]) ? null : instant(ends[1].trim(), value);
        if (start != null && end != null && start.isAfter(end)) {
            throw FeaturesException.badParameter("datetime interval starts after it ends: '" + value + "'");
        }
        return end != null ? end : today;
    }

    private static boolean open(String end) {
        return end.isBlank() || end.trim().equals("..");
    }

    private static LocalDate instant(String v, String whole) {
        try {
            if (v.length() == 10) return LocalDate.parse(v);
            if (v.endsWith("Z") || v.matches(".*[+-]\\d{2}:?\\d{2}$")) {
                return OffsetDateTime.parse(v).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
            }
            return LocalDateTime.parse(v).toLocalDate(); // no offset: taken as UTC
        } catch (DateTimeParseException e) {
            throw FeaturesException.badParameter("datetime must be a date (2024-01-01), an instant (2024-01-01T00:00:00Z) or an interval a/b, got '"
                    + whole + "'");
        }
    }

    private static int integer(FeaturesCall call, String key, int dflt, int min) {
        String value = single(call, key);
        if (value == null) return dflt;
        long n;
        try {
            n = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw FeaturesException.badParameter(key + " must be a whole number, got '" + value + "'");
        }
        if (n < min) throw FeaturesException.badParameter(key + " must be at least " + min + ", got " + n);
        return (int) Math.min(n, Integer.MAX_VALUE);
    }

    /** The one value of a parameter, or null; sent twice is ambiguous and refused. */
    private static String single(FeaturesCall call, String key) {
        List<String> values = call.params().get(key);
        if (values == null || values.isEmpty()) return null;
        if (values.size() > 1) throw FeaturesException.badParameter(key + " is given " + values.size() + " times; give it once");
        return values.get(0);
    }
}
