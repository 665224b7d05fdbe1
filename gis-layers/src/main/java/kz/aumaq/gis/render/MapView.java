package kz.aumaq.gis.render;

import kz.aumaq.gis.crs.MapCrs;
import org.locationtech.jts.geom.Envelope;

/**
 * The piece of the world an image shows.
 *
 * @param bbox in the CRS's x/y (easting/northing, or lon/lat) order, whatever the request's axis order
 * @param dpi  output resolution; OGC's standard pixel is 0.28 mm (≈ 90.7 DPI)
 */
public record MapView(MapCrs crs, Envelope bbox, int width, int height, double dpi) {

    public static final double STANDARD_DPI = 0.0254 / 0.00028;

    public MapView {
        if (width <= 0 || height <= 0) throw new IllegalArgumentException("image size must be positive");
        if (bbox.getWidth() <= 0 || bbox.getHeight() <= 0) throw new IllegalArgumentException("bbox must have an area");
    }

    public static MapView standard(MapCrs crs, Envelope bbox, int width, int height) {
        return new MapView(crs, bbox, width, height, STANDARD_DPI);
    }

    /** CRS units per pixel, horizontally. */
    public double resolution() {
        return bbox.getWidth() / width;
    }

    /** The scale denominator as WMS defines it, taking DPI into account (as GeoServer does). */
    public double scaleDenominator() {
        return resolution() * crs.metresPerUnit() * dpi / 0.0254;
    }

    /** How much bigger than at the standard pixel symbols and text are drawn. */
    public double symbolScale() {
        return dpi / STANDARD_DPI;
    }

    public double toPixelX(double x) {
        return (x - bbox.getMinX()) * width / bbox.getWidth();
    }

    public double toPixelY(double y) {
        return (bbox.getMaxY() - y) * height / bbox.getHeight();
    }

    public double toWorldX(double px) {
        return bbox.getMinX() + px * bbox.getWidth() / width;
    }

    public double toWorldY(double py) {
        return bbox.getMaxY() - py * bbox.getHeight() / height;
    }
}
