package kz.aumaq.ingest.crs;

import kz.aumaq.gis.geom.VertexMapping;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.BasicCoordinateTransform;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.Proj4jException;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Reprojects geometries to EPSG:4326, x = longitude, y = latitude. Not thread-safe (neither is
 * the Proj4J transform inside): one per reading, from {@link SourceCrs#toWgs84()}.
 */
public final class ToWgs84 {

    static final ToWgs84 IDENTITY = new ToWgs84(null);

    private final BasicCoordinateTransform transform;
    private final ProjCoordinate in = new ProjCoordinate();
    private final ProjCoordinate out = new ProjCoordinate();

    private ToWgs84(BasicCoordinateTransform transform) {
        this.transform = transform;
    }

    static ToWgs84 from(CoordinateReferenceSystem source, CoordinateReferenceSystem wgs84) {
        return new ToWgs84(new BasicCoordinateTransform(source, wgs84));
    }

    /**
     * A reprojected copy (the same geometry when already in EPSG:4326), SRID 4326.
     *
     * @throws Unprojectable when a coordinate cannot be reprojected (far outside the CRS's area:
     *                       the file is probably in another CRS)
     */
    public Geometry apply(Geometry g) {
        if (g == null) return null;
        Geometry result = g;
        if (transform != null) {
            result = ((VertexMapping) this::reproject).applyTo(g.copy());
        }
        result.setSRID(SourceCrs.WGS84_CODE);
        return result;
    }

    /** A coordinate the source CRS cannot take to longitude/latitude. */
    public static final class Unprojectable extends RuntimeException {

        Unprojectable(String message, Throwable cause) {
            super(message, cause);
        }

        Unprojectable(String message) {
            super(message);
        }
    }

    private void reproject(double[] xy) {
        in.x = xy[0];
        in.y = xy[1];
        try {
            transform.transform(in, out);
        } catch (Proj4jException e) {
            throw new Unprojectable("cannot reproject (" + in.x + ", " + in.y + "): " + e.getMessage(), e);
        }
        if (!Double.isFinite(out.x) || !Double.isFinite(out.y)) {
            throw new Unprojectable("cannot reproject (" + in.x + ", " + in.y + ")");
        }
        xy[0] = out.x;
        xy[1] = out.y;
    }
}
