package kz.aumaq.gis.crs;

import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/** Any CRS Proj4J knows by EPSG code (here the UTM zones over Kazakhstan). */
final class Proj4jProjection implements Projection {

    private final ThreadLocal<Transforms> transforms;

    Proj4jProjection(String epsgCode) {
        CRSFactory crs = new CRSFactory();
        CoordinateReferenceSystem wgs84 = crs.createFromName("EPSG:4326");
        CoordinateReferenceSystem target = crs.createFromName(epsgCode);
        CoordinateTransformFactory f = new CoordinateTransformFactory();
        // Proj4J transforms keep scratch state, so each thread gets its own pair.
        this.transforms = ThreadLocal.withInitial(() -> new Transforms(f.createTransform(wgs84, target), f.createTransform(target, wgs84)));
    }

    @Override
    public void forward(double[] xy) {
        apply(transforms.get().forward, xy);
    }

    @Override
    public void inverse(double[] xy) {
        apply(transforms.get().inverse, xy);
    }

    private static void apply(CoordinateTransform t, double[] xy) {
        ProjCoordinate out = t.transform(new ProjCoordinate(xy[0], xy[1]), new ProjCoordinate());
        xy[0] = out.x;
        xy[1] = out.y;
    }

    private record Transforms(CoordinateTransform forward, CoordinateTransform inverse) {
    }
}
