package kz.aumaq.gis.crs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;

/**
 * The CRSs the services offer: geographic WGS84 (both axis orders), Web Mercator and the UTM
 * zones 39N–45N that cover Kazakhstan (EPSG:32639–32645).
 */
public final class CrsRegistry {

    private static final Map<String, MapCrs> BY_CODE = build();

    private CrsRegistry() {
    }

    private static Map<String, MapCrs> build() {
        Map<String, MapCrs> m = new LinkedHashMap<>();
        Envelope world = new Envelope(-180, 180, -90, 90);
        m.put("EPSG:4326", new MapCrs("EPSG:4326", true, true, world, null));
        m.put("CRS:84", new MapCrs("CRS:84", true, false, world, null));
        m.put("EPSG:3857", new MapCrs("EPSG:3857", false, false, new Envelope(-180, 180, -85.06, 85.06), new WebMercator()));
        for (int zone = 39; zone <= 45; zone++) {
            String code = "EPSG:326" + zone;
            double centralMeridian = zone * 6 - 183;
            m.put(code, new MapCrs(code, false, false, new Envelope(centralMeridian - 3, centralMeridian + 3, 0, 84),
                    new Proj4jProjection(code)));
        }
        return m;
    }

    /** The CRS for a code as clients write it ({@code EPSG:4326}, {@code epsg:3857}, {@code CRS:84}); empty if unsupported. */
    public static Optional<MapCrs> lookup(String code) {
        if (code == null) return Optional.empty();
        String c = code.trim().toUpperCase(Locale.ROOT);
        if (c.equals("EPSG:900913")) c = "EPSG:3857";
        if (c.startsWith("HTTP://WWW.OPENGIS.NET/DEF/CRS/OGC/1.3/CRS84")) c = "CRS:84";
        if (c.startsWith("HTTP://WWW.OPENGIS.NET/DEF/CRS/EPSG/0/")) c = "EPSG:" + c.substring(c.lastIndexOf('/') + 1);
        return Optional.ofNullable(BY_CODE.get(c));
    }

    public static MapCrs require(String code) {
        return lookup(code).orElseThrow(() -> new IllegalArgumentException("unsupported CRS " + code));
    }

    public static List<MapCrs> all() {
        return new ArrayList<>(BY_CODE.values());
    }
}
