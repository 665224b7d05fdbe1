package kz.aumaq.gis.crs;

/** Converts lon/lat (EPSG:4326) to a CRS's x/y and back, in place, for speed. */
interface Projection {

    /** {@code xy[0]=lon, xy[1]=lat} becomes {@code x, y}. */
    void forward(double[] xy);

    /** {@code x, y} becomes lon, lat. */
    void inverse(double[] xy);
}
