package kz.aumaq.ingest.units;

import org.locationtech.jts.geom.Envelope;

/**
 * Where Kazakhstan's units can be: the country spans about 46.5–87.4° E and 40.6–55.4° N; a
 * margin of about half a degree keeps border units in. Anything beyond is most likely swapped
 * axes (lat/lon), a wrong or missing CRS, or projected coordinates taken for degrees.
 */
final class KazakhstanExtent {

    static final Envelope LON_LAT = new Envelope(46.0, 88.0, 40.0, 56.0);

    private KazakhstanExtent() {
    }

    static boolean contains(Envelope e) {
        return LON_LAT.contains(e);
    }
}
