package kz.aumaq.ingest.crs;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.aumaq.ingest.source.IngestException;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.Proj4jException;

/**
 * The CRS a file is in, by EPSG code: any code Proj4J knows. Immutable and shareable; the
 * transform itself ({@link #toWgs84()}) is not, so each reading gets its own.
 */
public final class SourceCrs {

    public static final int WGS84_CODE = 4326;
    public static final SourceCrs WGS84 = new SourceCrs(WGS84_CODE, null);

    /**
     * Set up on the first reprojection or EPSG lookup, not with {@link #WGS84}: finding EPSG:4326 in
     * Proj4J's file takes a fresh JVM tens of milliseconds that a file in degrees never needs.
     */
    private static final class Proj4j {
        static final CRSFactory FACTORY = new CRSFactory();
        static final String[] WGS84_PARAMETERS = FACTORY.createFromName("EPSG:4326").getParameters();
    }

    /** Proj4J looks a code up by scanning its whole EPSG file; parameters are kept once found. */
    private static final Map<Integer, String[]> PARAMETERS = new ConcurrentHashMap<>();
    private static final Pattern EPSG_NAME = Pattern.compile(
            "(?:EPSG:{1,2}|URN:OGC:DEF:CRS:EPSG:[0-9.]*:|HTTPS?://WWW\\.OPENGIS\\.NET/DEF/CRS/EPSG/[0-9.]+/)?(\\d{4,6})");

    private final int epsg;
    private final String[] parameters;

    private SourceCrs(int epsg, String[] parameters) {
        this.epsg = epsg;
        this.parameters = parameters;
    }

    /** The CRS of an EPSG code, or an IngestException when Proj4J does not know it. */
    public static SourceCrs epsg(int code) throws IngestException {
        if (code == WGS84_CODE) return WGS84;
        String[] params = PARAMETERS.get(code);
        if (params == null) {
            try {
                CoordinateReferenceSystem crs;
                synchronized (Proj4j.FACTORY) {
                    crs = Proj4j.FACTORY.createFromName("EPSG:" + code);
                }
                params = crs.getParameters();
            } catch (Proj4jException | IllegalStateException e) {
                throw new IngestException("EPSG:" + code + " is not a coordinate system we know (" + e.getMessage() + ")", e);
            }
            if (params == null) throw new IngestException("EPSG:" + code + " is not a coordinate system we know");
            PARAMETERS.put(code, params);
        }
        return new SourceCrs(code, params);
    }

    /**
     * A CRS named by a user or a file: {@code EPSG:32642}, {@code 32642},
     * {@code urn:ogc:def:crs:EPSG::32642}, an opengis.net URI, or CRS84 (which is EPSG:4326 in lon/lat).
     */
    public static SourceCrs named(String name) throws IngestException {
        String n = name.strip().toUpperCase(Locale.ROOT);
        if (n.equals("CRS84") || n.endsWith(":CRS84") || n.endsWith("/CRS84")) return WGS84;
        Matcher m = EPSG_NAME.matcher(n);
        if (!m.matches()) throw new IngestException("'" + name + "' is not a CRS name we understand: use EPSG:<code>, e.g. EPSG:32642");
        return epsg(Integer.parseInt(m.group(1)));
    }

    /** The CRS a {@code .prj} or other WKT describes; see {@link WktCrs} for what is recognised. */
    public static SourceCrs ofWkt(String wkt) throws IngestException {
        return epsg(WktCrs.identify(wkt));
    }

    public int epsg() {
        return epsg;
    }

    /** E.g. {@code EPSG:28413}. */
    public String code() {
        return "EPSG:" + epsg;
    }

    public boolean isWgs84() {
        return epsg == WGS84_CODE;
    }

    /** A new transform for one thread (Proj4J's transforms keep working state). */
    public ToWgs84 toWgs84() {
        if (isWgs84()) return ToWgs84.IDENTITY;
        synchronized (Proj4j.FACTORY) { // the factory's registry is shared; creating is rare and cheap
            return ToWgs84.from(Proj4j.FACTORY.createFromParameters(code(), parameters),
                    Proj4j.FACTORY.createFromParameters("EPSG:4326", Proj4j.WGS84_PARAMETERS));
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceCrs other && other.epsg == epsg;
    }

    @Override
    public int hashCode() {
        return epsg;
    }

    @Override
    public String toString() {
        return code();
    }
}
